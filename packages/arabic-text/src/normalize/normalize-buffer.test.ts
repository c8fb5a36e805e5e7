import { describe, expect, it } from "vitest";
import { foldTableFor } from "./fold-table.js";
import { decodePortable, decodeUnits, normalizeIntoBuffer } from "./normalize-buffer.js";
import { displayMask, searchMask } from "./normalize-options.js";

describe("decoders", () => {
  const inputs = [
    "قمة بيشكيك",
    "a\uD800b",
    "\uDC00",
    "emoji 😀 here",
    "\uFEFFBOM at the start",
    "x".repeat(20000) + "\uD83D",
  ];

  it("the portable decoder (TextDecoder / fromCharCode) agrees with the Node fast path", () => {
    for (const input of inputs) {
      for (const mask of [searchMask, displayMask & ~4]) {
        const result = normalizeIntoBuffer(input, foldTableFor(mask));
        expect(decodePortable(result)).toBe(decodeUnits(result));
      }
    }
  });

  it("keeps lone surrogates and a kept BOM", () => {
    const keepFormat = foldTableFor(displayMask & ~4);
    expect(decodePortable(normalizeIntoBuffer("\uFEFFa\uD800", keepFormat))).toBe("\uFEFFa\uD800");
  });
});
