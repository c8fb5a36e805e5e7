import { describe, expect, it } from "vitest";
import { toArabicDigits, toWesternDigits } from "./digits.js";

describe("digits", () => {
  it("converts Arabic-Indic and Persian digits to ASCII and leaves the rest", () => {
    expect(toWesternDigits("قمة ٢٧ نوفمبر ۲۰۲۵، ٢٫٥٪")).toBe("قمة 27 نوفمبر 2025، 2٫5٪");
  });

  it("converts ASCII and Persian digits to Arabic-Indic", () => {
    expect(toArabicDigits("27/11/2025 ۱۴۰۴")).toBe("٢٧/١١/٢٠٢٥ ١٤٠٤");
  });

  it("returns the same string when there is nothing to change", () => {
    const text = "بيشكيك ٢٧";
    expect(toArabicDigits(text)).toBe(text);
    expect(toWesternDigits("")).toBe("");
  });
});
