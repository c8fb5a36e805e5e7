import { prepareText } from "@csto/arabic-text";
import { describe, expect, it } from "vitest";
import { normalizedIndex } from "./read-article.js";

/** The first normalized index whose unit comes from `offset` or later, read off the whole map. */
function byWholeMap(map: Int32Array, offset: number): number {
  let i = 0;
  while (i < map.length - 1 && map[i]! < offset) i++;
  return i;
}

// Units that normalization drops, expands or keeps: harakat, tatweel, a lam-alef ligature,
// ZWNJ, bidi marks, Latin, digits, spaces, an astral symbol.
const pieces = ["م", "وْ", "سَّ", "ـ", "ﻻ", "\u200c", "\u200f", "ك", "و", " ", "A", "٢", "-", "😀", "ًٌٍ", "ة", "أ", "\n"];

function randomText(seed: number): string {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  let text = "";
  const length = next() % 60;
  for (let k = 0; k < length; k++) text += pieces[next() % pieces.length];
  return text;
}

describe("normalizedIndex", () => {
  it("finds, for every input offset, the first normalized unit at or after it", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const document = prepareText(randomText(seed));
      const map = document.offsetMap();
      for (let offset = 0; offset <= document.text.length; offset++) {
        const expected = byWholeMap(map, offset);
        expect(normalizedIndex(document, offset)).toBe(expected);
        // Any starting guess, in range or not, gives the same answer.
        for (const guess of [-3, 0, expected - 5, expected - 1, expected, expected + 1, expected + 7, 1000]) {
          expect(normalizedIndex(document, offset, guess)).toBe(expected);
        }
      }
    }
  });
});
