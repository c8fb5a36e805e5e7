import { describe, expect, it } from "vitest";
import { findDates } from "./find-dates.js";

// A weekday written beside a date that is not that date's weekday (docs/dates.md, "Weekday and
// date together"): the written date wins and the mention carries conflict: "weekday". Page
// headers often carry such a slip; a year-less date within a week of ref keeps ref's year.
const cases: { why: string; ref: string; text: string; value: string; conflict: "weekday" | undefined }[] = [
  {
    why: "a written year with a wrong weekday",
    ref: "2025-11-28",
    text: "الخميس 28 نوفمبر 2025 - أعلنت الوزارة النتائج.",
    value: "2025-11-28",
    conflict: "weekday",
  },
  {
    why: "a year-less header day near ref with a wrong weekday keeps ref's year",
    ref: "2025-11-28",
    text: "الخميس 28 نوفمبر - أعلنت الوزارة النتائج.",
    value: "2025-11-28",
    conflict: "weekday",
  },
  {
    why: "a year-less day two days before ref with a wrong weekday",
    ref: "2025-12-01",
    text: "وقعت الحادثة السبت 30 نوفمبر في المدينة.",
    value: "2025-11-30",
    conflict: "weekday",
  },
  {
    why: "control: the right weekday near ref",
    ref: "2025-12-01",
    text: "وقعت الحادثة الأحد 30 نوفمبر في المدينة.",
    value: "2025-11-30",
    conflict: undefined,
  },
  {
    why: "control: far from ref the weekday picks the year",
    ref: "2026-07-15",
    text: "ويبدأ العمل بالقانون الأحد 3 يناير.",
    value: "2027-01-03",
    conflict: undefined,
  },
];

describe("a weekday that contradicts its date", () => {
  for (const c of cases) {
    it(`${c.why}: ${c.text}`, () => {
      const [m] = findDates(c.text, { ref: c.ref });
      expect(m?.value).toBe(c.value);
      expect(m?.conflict).toBe(c.conflict);
    });
  }
});
