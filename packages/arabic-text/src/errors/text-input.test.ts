import { describe, expect, it } from "vitest";
import { findDates } from "../dates/find-dates.js";
import { parseDate } from "../dates/parse-date.js";
import { normalize, normalizeWithMap } from "../normalize/normalize.js";
import { toArabicDigits, toWesternDigits } from "../numbers/digits.js";
import { parseArabicNumber } from "../numbers/parse-arabic-number.js";
import { prepareText } from "../prepare/prepare-text.js";
import { procliticReadings } from "../tokenize/proclitic-readings.js";
import { tokenize } from "../tokenize/tokenize.js";
import { CstoError } from "./csto-error.js";
import { MAX_INPUT_LENGTH } from "./text-input.js";

const ref = { ref: "2025-11-25" };
const textFunctions: Record<string, (text: unknown) => unknown> = {
  normalize: (text) => normalize(text as string),
  normalizeWithMap: (text) => normalizeWithMap(text as string, "display"),
  tokenize: (text) => tokenize(text as string),
  findDates: (text) => findDates(text as string, ref),
  parseDate: (text) => parseDate(text as string, ref),
  parseArabicNumber: (text) => parseArabicNumber(text as string),
  prepareText: (text) => prepareText(text as string),
  toWesternDigits: (text) => toWesternDigits(text as string),
  toArabicDigits: (text) => toArabicDigits(text as string),
  procliticReadings: (text) => procliticReadings(text as string),
};

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (CstoError.is(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe("one bad-input policy", () => {
  const nonStrings: unknown[] = [undefined, null, 42, 0n, true, Symbol("x"), {}, [], () => "text", new Date(0)];

  for (const [name, run] of Object.entries(textFunctions)) {
    it(`${name}: a non-string throws INVALID_INPUT and names the function`, () => {
      for (const value of nonStrings) expect(codeOf(() => run(value))).toBe("INVALID_INPUT");
      expect(() => run(42)).toThrow(new RegExp(name));
    });

    it(`${name}: a string over MAX_INPUT_LENGTH throws INPUT_TOO_LARGE, before any work`, () => {
      expect(codeOf(() => run(" ".repeat(MAX_INPUT_LENGTH + 1)))).toBe("INPUT_TOO_LARGE");
    });
  }

  it("accepts a string of exactly MAX_INPUT_LENGTH units", () => {
    // Spaces and tatweel vanish in the search profile, so this stays fast at the maximum.
    const spaces = " ".repeat(MAX_INPUT_LENGTH);
    expect(normalize(spaces)).toBe("");
    expect(tokenize(spaces)).toEqual([]);
    const tatweel = "\u0640".repeat(MAX_INPUT_LENGTH);
    expect(findDates(tatweel, ref)).toEqual([]);
    expect(prepareText(tatweel).tokens).toEqual([]);
    // parseDate is left out here: its filler regex overflows the regex stack on millions of
    // tatweel (a RangeError), which the date restructuring replaces.
  });

  it("sets the maximum at 10 M units", () => {
    expect(MAX_INPUT_LENGTH).toBe(10_000_000);
  });
});

describe("options are read as own properties only", () => {
  const polluted = Object.prototype as Record<string, unknown>;

  function withPollution<T>(values: Record<string, unknown>, run: () => T): T {
    for (const [key, value] of Object.entries(values)) polluted[key] = value;
    try {
      return run();
    } finally {
      for (const key of Object.keys(values)) delete polluted[key];
    }
  }

  it("normalize ignores a polluted Object.prototype", () => {
    const input = "أحمد ـ الرئيسُ";
    const clean = [normalize(input, {}), normalize(input, { trim: true }), normalize(input)];
    const dirty = withPollution({ foldAlef: true, profile: "display", removeTatweel: false }, () => [
      normalize(input, {}),
      normalize(input, { trim: true }),
      normalize(input),
    ]);
    expect(dirty).toEqual(clean);
    expect(clean[0]).toBe("احمد الرئيس");
  });

  it("findDates ignores a polluted ref and zone", () => {
    const late = new Date("2025-11-25T20:00:00Z");
    const clean = findDates("اليوم", { ref: late }).map((m) => m.value);
    const dirty = withPollution({ zone: "Pacific/Kiritimati" }, () =>
      findDates("اليوم", { ref: late }).map((m) => m.value),
    );
    expect(dirty).toEqual(clean);
    expect(clean).toEqual(["2025-11-25"]);
    // A ref that only the prototype provides is no ref at all.
    expect(withPollution({ ref: "2025-11-25" }, () => codeOf(() => findDates("اليوم", {} as never)))).toBe(
      "INVALID_DATE",
    );
  });
});
