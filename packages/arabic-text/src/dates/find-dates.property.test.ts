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

  it("recovers formatted years anywhere in 0000–9999, and quarters, halves, decades, centuries, times, durations, ranges", () => {
    const year = fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, "0"));
    const month = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, "0"));
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));
    const value = fc.oneof(
      year,
      fc.tuple(year, month).map(([y, m]) => `${y}-${m}`),
      fc
        .tuple(year, month, fc.integer({ min: 1, max: 28 }))
        .map(([y, m, d]) => `${y}-${m}-${String(d).padStart(2, "0")}`),
      fc.tuple(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
      fc.tuple(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}-H${h}`),
      fc.integer({ min: 100, max: 299 }).map(String),
      fc.integer({ min: 10, max: 29 }).map(String),
      fc.tuple(two(23), two(59)).map(([h, m]) => `T${h}:${m}`),
      fc.tuple(two(23), two(59), two(59)).map(([h, m, s]) => `T${h}:${m}:${s}`),
      fc.constantFrom("P5Y", "P11Y2M", "PT24H", "P3D", "P2W", "P1Y6M", "PT1H30M", "P1D", "P20Y"),
      fc.tuple(fc.integer({ min: 1900, max: 2050 }), fc.integer({ min: 1, max: 5 })).map(([a, n]) => `${a}/${a + n}`),
    );
    fc.assert(
      fc.property(value, fc.constantFrom("latin", "arabic" as const), (v, digits) => {
        const text = formatArabicDate(v, { digits });
        const found = findDates(text, { ref: "2025-11-27" });
        expect(found.map((m) => m.value)).toEqual([v]);
      }),
      { numRuns: 2_000 },
    );
  });

  it("never returns a value whose year falls outside 0000–9999", () => {
    const text = fc
      .array(fc.constantFrom(...PIECES, "قبل 3000 عام ", "بعد 9000 سنة ", "العام المقبل ", "القرن المقبل "), {
        maxLength: 20,
      })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(text, fc.constantFrom("0001-01-05", "9999-12-30", "2025-11-27"), (t, ref) => {
        for (const m of findDates(t, { ref })) {
          for (const part of m.value.split("/")) expect(part).toMatch(/^(?:P|T|\d{2,4}(?:$|[-T]))/);
          expect(m.value).not.toMatch(/^-|\/-|\d{5}/);
        }
      }),
      { numRuns: 1_000 },
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
