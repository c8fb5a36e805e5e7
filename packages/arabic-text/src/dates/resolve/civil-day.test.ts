import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { addMonths, calendarDayOf, daysInMonth, epochDayOf, isoWeekday, isoWeekOf, isValidDay } from "./civil-day.js";

const DAY_MS = 86_400_000;
// Years ≥ 100 only: Date.UTC reads 0–99 as 1900–1999.
const epochDay = fc.integer({
  min: Math.floor(Date.UTC(100, 0, 1) / DAY_MS),
  max: Math.floor(Date.UTC(9999, 11, 31) / DAY_MS),
});

describe("civil-day arithmetic", () => {
  it("agrees with Date on every day from year 100 to 9999", () => {
    fc.assert(
      fc.property(epochDay, (e) => {
        const date = new Date(e * DAY_MS);
        const d = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        expect(calendarDayOf(e)).toEqual(d);
        expect(epochDayOf(d)).toBe(e);
        expect(isoWeekday(d)).toBe(date.getUTCDay() === 0 ? 7 : date.getUTCDay());
        expect(daysInMonth(d.year, d.month)).toBe(new Date(Date.UTC(d.year, d.month, 0)).getUTCDate());
      }),
      { numRuns: 20_000 },
    );
  });
  it("agrees with luxon on ISO weeks and month steps", () => {
    fc.assert(
      fc.property(epochDay, fc.integer({ min: -40, max: 40 }), (e, months) => {
        const d = calendarDayOf(e);
        const dt = DateTime.fromObject(d, { zone: "UTC" });
        expect(isoWeekOf(d)).toEqual({ weekYear: dt.weekYear, week: dt.weekNumber });
        const moved = dt.plus({ months });
        expect(addMonths(d, months)).toEqual({ year: moved.year, month: moved.month, day: moved.day });
      }),
      { numRuns: 5_000 },
    );
  });
  it("knows leap days and rolls days over", () => {
    expect(isValidDay(2024, 2, 29)).toBe(true);
    expect(isValidDay(2025, 2, 29)).toBe(false);
    expect(isValidDay(1900, 2, 29)).toBe(false);
    expect(isValidDay(2000, 2, 29)).toBe(true);
    expect(isValidDay(2025, 13, 1)).toBe(false);
    expect(epochDayOf({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(epochDayOf({ year: 2025, month: 1, day: 32 })).toBe(epochDayOf({ year: 2025, month: 2, day: 1 }));
    expect(calendarDayOf(-1)).toEqual({ year: 1969, month: 12, day: 31 });
  });
});
