import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates } from "../dates/find-dates.js";
import { MAX_INPUT_LENGTH } from "../errors/text-input.js";
import { normalizeWithMap } from "../normalize/normalize.js";
import { tokenize } from "../tokenize/tokenize.js";
import { prepareText } from "./prepare-text.js";

// Date words, names, the marks that end words differently in the three scanners before
// (tatweel, harakat, Quranic marks), the phrase ligatures, bidi marks and punctuation.
// (Not a generic combining mark between two Arabic letters: the date scanner still reads
// "رمضان́في" as two words where a token is one.)
const PIECES = [
  "في ",
  "27 ",
  "نوفمبر",
  " 2025",
  "العام ",
  "المقبل",
  "أمس",
  "غداً",
  "الخميس",
  "يوم ",
  "موسكو",
  "وبيشكيك",
  "هـ",
  "رمضان",
  "1446",
  "\u0640",
  "\u064b",
  "\u0650",
  "\u0651",
  "\u06d6",
  "\u06da",
  "\u0610",
  "\u0670",
  "\u200c",
  "\u200f",
  "\ufdfa",
  "\ufdfb",
  "\ufdfd",
  "\ufdf2",
  "\ufefb",
  " ",
  "، ",
  ".",
  "-",
  "\n",
  "\ud800",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(""));
const anyText = fc.oneof(text, fc.string({ unit: "binary", maxLength: 40 }));
const ref = { ref: "2025-11-25" };
const runs = { numRuns: 1500 };

describe("prepareText properties", () => {
  it("gives the same normalization, tokens and dates as the string", () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const doc = prepareText(input);
        const { text: normalized, map } = normalizeWithMap(input);
        expect(doc.normalized).toBe(normalized);
        expect(doc.offsetMap()).toEqual(map);
        expect(tokenize(doc)).toEqual(tokenize(input));
        expect(findDates(doc, ref)).toEqual(findDates(input, ref));
      }),
      runs,
    );
  });

  it("ends every date mention where the token of its last word ends", () => {
    fc.assert(
      fc.property(text, (input) => {
        const ends = new Set(tokenize(input).map((token) => token.end));
        for (const mention of findDates(input, ref)) expect(ends).toContain(mention.end);
      }),
      runs,
    );
  });
});

describe("long runs near the maximum", () => {
  // These runs normalize to (almost) nothing, so the maximum itself stays cheap to test.
  const near = MAX_INPUT_LENGTH - 1;
  const runsOf: [string, string][] = [
    ["tatweel", "\u0640"],
    ["spaces", " "],
    ["NBSP and RLM", "\u00a0\u200f"],
  ];
  const slow = 30_000;
  for (const [name, unit] of runsOf) {
    it(
      `prepares ${name} up to the maximum without throwing`,
      () => {
        const input = unit.repeat(Math.floor(near / unit.length));
        const doc = prepareText(input);
        expect(doc.normalized.length).toBeLessThanOrEqual(1);
        expect(doc.tokens).toEqual([]);
        expect(findDates(doc, ref)).toEqual([]);
      },
      slow,
    );
  }

  it(
    "keeps the phrase ligatures one unit each on the maximum",
    () => {
      const doc = prepareText("\ufdfa".repeat(near));
      expect(doc.normalized.length).toBe(near);
      expect(doc.tokenBounds().length).toBe(0);
    },
    slow,
  );

  it(
    "prepares a million units of punctuation and ligatures and finds no date",
    () => {
      const input = ".،-\ufdfa".repeat(250_000);
      expect(findDates(prepareText(input), ref)).toEqual([]);
      expect(tokenize(input)).toEqual([]);
    },
    slow,
  );
});

describe("a polluted Object.prototype", () => {
  // Every option name the text functions read, set on Object.prototype with a random value.
  const names = [
    ...["profile", "composeHamza", "removeTatweel", "removeFormatChars", "normalizeSpaces", "stripDiacritics"],
    ...["foldAlef", "foldAlefMaksura", "foldTehMarbuta", "foldHamzaCarriers", "foldPersian", "foldPresentationForms"],
    ...["westernDigits", "lowerCase", "zwnjToSpace", "collapseWhitespace", "trim", "ref", "zone", "prefer"],
  ];
  const value = fc.constantFrom<unknown>(true, false, "display", "2030-01-01", "Asia/Tokyo", "past", 7, null);
  const pollution = fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 6 });

  it("changes no result of normalize, findDates or prepareText", () => {
    fc.assert(
      fc.property(text, pollution, (input, values) => {
        const run = () => {
          const doc = prepareText(input);
          return JSON.stringify([
            normalizeWithMap(input, {}).text,
            doc.normalized,
            doc.tokens,
            findDates(doc, { ref: "2025-11-25" }),
          ]);
        };
        const clean = run();
        const proto = Object.prototype as Record<string, unknown>;
        for (const [key, v] of Object.entries(values)) proto[key] = v;
        try {
          expect(run()).toBe(clean);
        } finally {
          for (const key of Object.keys(values)) delete proto[key];
        }
      }),
      { numRuns: 300 },
    );
  });
});
