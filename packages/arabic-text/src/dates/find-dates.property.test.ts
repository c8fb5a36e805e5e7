import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates } from "./find-dates.js";
import { formatArabicDate } from "./format-arabic-date.js";

// Pieces that exercise every parser, glued in random orders with random noise.
const PIECES = [
  "في ",
  "1 ",
  "27 ",
  "نوفمبر",
  "تشرين الثاني",
  "/",
  "(",
  ")",
  "2025",
  "عام ",
  "العام ",
  "الماضي",
  "المقبل",
  "أمس",
  "اليوم",
  "غداً",
  "الجمعة",
  "من ",
  "إلى ",
  "بين ",
  "و",
  "-",
  ".",
  ":",
  "الساعة ",
  "العاشرة",
  "صباحا",
  "رمضان",
  "هـ",
  "م",
  "منتصف ",
  "التسعينيات",
  "القرن ",
  "الحادي والعشرين",
  "لمدة ",
  "ثلاث ",
  "سنوات",
  "\u200f",
  "\u0640",
  "\u064b",
  "\u0651",
  "٢٠٢٤",
  "۱۵",
  "ألفين وخمسة",
  "بعد ذلك ب",
  "يومين",
  " ",
  "، ",
  "\n",
  "\ud800",
];

describe("findDates properties", () => {
  it("never throws and surfaces equal input.slice(start, end)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 80 }),
          fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join("")),
        ),
        (text) => {
          const found = findDates(text, { ref: "2025-11-27" });
          let previousEnd = 0;
          for (const m of found) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.start).toBeGreaterThanOrEqual(previousEnd);
            expect(m.end).toBeGreaterThan(m.start);
            previousEnd = m.end;
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it("recovers every formatted date, for every style and digit setting", () => {
    const day = fc
      .date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const value = fc.oneof(
      day,
      day.map((d) => d.slice(0, 7)),
      day.map((d) => d.slice(0, 4)),
    );
    fc.assert(
      fc.property(
        value,
        fc.constantFrom("egyptian", "levantine", "maghrebi", "both" as const),
        fc.constantFrom("latin", "arabic" as const),
        (v, style, digits) => {
          const text = formatArabicDate(v, { style, digits });
          const found = findDates(text, { ref: "2025-11-27" });
          expect(found.map((m) => m.value)).toEqual([v]);
          expect(found[0]?.text).toBe(text);
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
