import { describe, expect, it } from "vitest";
import { normalizeCases } from "../__fixtures__/normalize-cases.js";
import { normalize, normalizeWithMap } from "./normalize.js";

describe("normalize golden cases", () => {
  it("has enough cases", () => {
    expect(normalizeCases.length).toBeGreaterThanOrEqual(80);
  });

  for (const testCase of normalizeCases) {
    it(testCase.why, () => {
      expect(normalize(testCase.input)).toBe(testCase.search);
      expect(normalize(testCase.input, "display")).toBe(testCase.display ?? testCase.input);
      const { text, map } = normalizeWithMap(testCase.input);
      expect(text).toBe(testCase.search);
      expect(map[text.length]).toBe(testCase.input.length);
      for (const { options, output } of testCase.options ?? []) {
        expect(normalize(testCase.input, options)).toBe(output);
      }
    });
  }
});
