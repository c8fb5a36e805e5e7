import { describe, expect, it } from "vitest";
import { numberCases } from "../__fixtures__/numbers-cases.js";
import { parseArabicNumber } from "./parse-arabic-number.js";

describe("parseArabicNumber golden cases", () => {
  it("has enough cases", () => {
    expect(numberCases.length).toBeGreaterThanOrEqual(60);
  });

  for (const testCase of numberCases) {
    it(testCase.why, () => {
      expect(parseArabicNumber(testCase.input)).toBe(testCase.value ?? undefined);
    });
  }
});
