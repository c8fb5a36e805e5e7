import { describe, expect, it } from "vitest";
import { formatArabicDate } from "./format-arabic-date.js";

describe("formatArabicDate", () => {
  it("writes every kind of value findDates returns", () => {
    expect(formatArabicDate("2025-11-27")).toBe("27 نوفمبر 2025");
    expect(formatArabicDate("2025-11", { style: "levantine" })).toBe("تشرين الثاني 2025");
    expect(formatArabicDate("2025-09", { style: "maghrebi" })).toBe("سبتمبر 2025");
    expect(formatArabicDate("2025-06", { style: "maghrebi" })).toBe("جوان 2025");
    expect(formatArabicDate("2026-Q1")).toBe("الربع الأول من عام 2026");
    expect(formatArabicDate("2025-H2")).toBe("النصف الثاني من عام 2025");
    expect(formatArabicDate("2025-W49")).toBe("الأسبوع 49 من عام 2025");
    expect(formatArabicDate("199")).toBe("التسعينيات من القرن 20");
    expect(formatArabicDate("200")).toBe("العقد الأول من القرن 21");
    expect(formatArabicDate("20")).toBe("القرن 21");
    expect(formatArabicDate("2025-11-27T10:05")).toBe("27 نوفمبر 2025 الساعة 10:05");
    expect(formatArabicDate("T22:30", { digits: "arabic" })).toBe("الساعة ٢٢:٣٠");
    expect(formatArabicDate("P11Y2M")).toBe("11 عاما وشهرين");
    expect(formatArabicDate("PT1H30M")).toBe("ساعة واحدة و30 دقيقة");
    expect(formatArabicDate("2022-05-16/2022-05-30")).toBe("من 16 مايو 2022 إلى 30 مايو 2022");
    expect(formatArabicDate("2025", { mod: "end" })).toBe("أواخر عام 2025");
  });
  it("writes a day in the Umm al-Qura calendar on request", () => {
    expect(formatArabicDate("2025-03-01", { calendar: "hijri" })).toBe("1 رمضان 1446 هـ");
    expect(formatArabicDate("2025-06-26", { calendar: "hijri" })).toBe("1 محرم 1447 هـ");
  });
  it("adds عام to years a month name alone would not carry", () => {
    expect(formatArabicDate("0025-03-01")).toBe("1 مارس عام 0025");
    expect(formatArabicDate("0025")).toBe("عام 0025");
  });
  it("throws coded errors for values and options it cannot write", () => {
    for (const bad of ["2025-13", "2025-02-30", "10000", "-0001", "2025-Q5", "T25:00", "P", "PT", "soon", "2025/"]) {
      expect(() => formatArabicDate(bad), bad).toThrowError(expect.objectContaining({ code: "INVALID_DATE" }));
    }
    expect(() => formatArabicDate("2025", { style: "x" as "both" })).toThrowError(
      expect.objectContaining({ code: "INVALID_OPTION" }),
    );
    expect(() => formatArabicDate("2025", { mod: "late" as "end" })).toThrowError(
      expect.objectContaining({ code: "INVALID_OPTION" }),
    );
  });
});
