import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toArabicDigits, toWesternDigits } from "../numbers/digits.js";
import { parseArabicNumber } from "../numbers/parse-arabic-number.js";
import { tokenize } from "../tokenize/tokenize.js";
import { normalize, normalizeWithMap } from "./normalize.js";

// Units that exercise every branch: Arabic letters and the folded ones, harakat and the
// composing marks, tatweel, format controls, whitespace of every kind, presentation forms
// (incl. lam-alef and multi-letter ligatures), digits, cased Latin/Greek/Cyrillic, surrogates.
const interesting = [
  ..."ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةٱیکەۀہھےۓېۍپچگژ",
  "\u064b",
  "\u064e",
  "\u0650",
  "\u0651",
  "\u0652",
  "\u0653",
  "\u0654",
  "\u0655",
  "\u0670",
  "\u06d6",
  "\u0610",
  "\u0640",
  "\u061c",
  "\u200b",
  "\u200c",
  "\u200d",
  "\u200e",
  "\u200f",
  "\u202b",
  "\u202c",
  "\u2067",
  "\u2069",
  "\u2060",
  "\ufeff",
  " ",
  "\u00a0",
  "\u2009",
  "\u202f",
  "\u3000",
  "\n",
  "\r",
  "\t",
  "\u2028",
  "\u0085",
  "\ufefb",
  "\ufef5",
  "\ufef7",
  "\ufdf2",
  "\ufdfa",
  "\ufdfb",
  "\ufdfd",
  "\ufdf4",
  "\ufdfc",
  "\ufe8d",
  "\ufe8e",
  "\ufe91",
  "\ufb8e",
  "\ufbfc",
  "\ufe70",
  "\ufe7c",
  "\ufc5e",
  ..."٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789",
  ..."AZaz",
  "İ",
  "Σ",
  "Ж",
  "ẞ",
  "\u0301",
  ".",
  "،",
  "؛",
  "-",
  "«",
  "»",
  "\ud800",
  "\udc00",
  "\ud83d\ude00",
];

const unit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...interesting) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
);
const text = fc.array(unit, { maxLength: 60 }).map((units) => units.join(""));
const anyString = fc.oneof(text, fc.string({ unit: "binary" }), fc.string());
const profile = fc.constantFrom("search" as const, "display" as const);
const runs = { numRuns: 2000 };

describe("normalize properties", () => {
  it("never throws, on any string", () => {
    fc.assert(
      fc.property(anyString, profile, (input, p) => {
        normalize(input, p);
        normalizeWithMap(input, p);
      }),
      runs,
    );
  });

  it("keeps the map invariants", () => {
    fc.assert(
      fc.property(anyString, profile, (input, p) => {
        const { text: output, map } = normalizeWithMap(input, p);
        expect(output).toBe(normalize(input, p));
        expect(map.length).toBe(output.length + 1);
        expect(map[output.length]).toBe(input.length);
        for (let i = 0; i < output.length; i++) {
          expect(map[i]).toBeGreaterThanOrEqual(0);
          expect(map[i]).toBeLessThan(input.length);
          expect(map[i]).toBeLessThanOrEqual(map[i + 1]!);
        }
      }),
      runs,
    );
  });

  it("takes each output unit from its mapped input unit", () => {
    // The source of output unit i is the input from map[i] up to the next output's source:
    // normalizing that piece alone (without trim) must produce the unit.
    const pieceOptions = { search: { trim: false }, display: {} } as const;
    fc.assert(
      fc.property(anyString, profile, (input, p) => {
        const { text: output, map } = normalizeWithMap(input, p);
        for (let i = 0; i < output.length; i++) {
          const from = map[i]!;
          const to = Math.max(map[i + 1]!, from + 1);
          const piece = normalize(input.slice(from, to), { profile: p, ...pieceOptions[p] });
          expect(piece).toContain(output[i]);
        }
      }),
      runs,
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(anyString, profile, (input, p) => {
        const once = normalize(input, p);
        expect(normalize(once, p)).toBe(once);
      }),
      runs,
    );
  });

  it("search after display equals search", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        expect(normalize(normalize(input, "display"), "search")).toBe(normalize(input, "search"));
      }),
      runs,
    );
  });
});

describe("tokenize properties", () => {
  it("never throws and locates every token in the original", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        let previousEnd = 0;
        for (const token of tokenize(input)) {
          // Tokens never overlap (a ligature expanded into several words used to give
          // several tokens at one offset).
          expect(token.text).toBe(input.slice(token.start, token.end));
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.normalized.length).toBeGreaterThan(0);
          expect((token.prefix ?? "") + token.base).toBe(token.normalized);
          expect(token.baseStart).toBeGreaterThanOrEqual(token.start);
          expect(token.baseStart).toBeLessThan(token.end);
          previousEnd = token.end;
        }
      }),
      runs,
    );
  });
});

describe("number properties", () => {
  it("parseArabicNumber never throws and returns a finite number or undefined", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const value = parseArabicNumber(input);
        expect(value === undefined || Number.isFinite(value)).toBe(true);
      }),
      runs,
    );
  });

  it("reads back any integer written in any digit script", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (value) => {
        const ascii = String(value);
        expect(parseArabicNumber(ascii)).toBe(value);
        expect(parseArabicNumber(toArabicDigits(ascii))).toBe(value);
        expect(toWesternDigits(toArabicDigits(ascii))).toBe(ascii);
      }),
      runs,
    );
  });

  it("digit conversion changes only digits", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        expect(toArabicDigits(input).length).toBe(input.length);
        expect(toWesternDigits(toArabicDigits(input))).toBe(toWesternDigits(input));
      }),
      runs,
    );
  });
});
