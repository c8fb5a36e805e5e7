import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates, scanText } from "./find-dates.js";
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

describe("findDates windows", () => {
  const ref = { year: 2025, month: 11, day: 27 };
  it("finds with tiny scan windows exactly what one whole-text window finds", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, "قال ", "ستعقد ", ". "), { maxLength: 120 }), (pieces) => {
        const text = pieces.join("");
        const whole = scanText(text, ref, Number.MAX_SAFE_INTEGER);
        for (const step of [1, 2, 7]) expect(scanText(text, ref, step)).toEqual(whole);
      }),
      { numRuns: 2_000 },
    );
  });

  it("keeps a long date and its tense cue whole across a window edge", () => {
    // The weekday needs the future cue ستعقد (bare, it would be the nearest Friday).
    const tail = "ستعقد القمة الجمعة ومن 28 نوفمبر إلى 2 ديسمبر 2025 في الساعة العاشرة صباحا";
    const alone = findDates(tail, { ref: "2025-11-20" });
    expect(alone.map((m) => m.value)).toEqual(["2025-11-21", "2025-11-28/2025-12-02", "T10:00"]);
    for (let filler = 1000; filler < 1040; filler++) {
      const head = "كلمة ".repeat(filler);
      const found = findDates(head + tail, { ref: "2025-11-20" });
      expect(found).toEqual(alone.map((m) => ({ ...m, start: m.start + head.length, end: m.end + head.length })));
    }
  });
});
