import { describe, expect, it } from "vitest";
import { calendarDayOf, epochDayOf, epochDayOfHijri, hijriMonthSpan, hijriOfEpochDay } from "./umm-al-qura.js";

const gregorian = (y: number, m: number, d: number) => {
  const e = epochDayOfHijri({ year: y, month: m, day: d });
  return e === undefined ? undefined : calendarDayOf(e);
};

describe("Umm al-Qura conversion", () => {
  it("matches published dates", () => {
    // Umm al-Qura calendar as published by the Saudi authorities.
    expect(gregorian(1446, 9, 1)).toEqual({ year: 2025, month: 3, day: 1 });
    expect(gregorian(1447, 1, 1)).toEqual({ year: 2025, month: 6, day: 26 });
    expect(gregorian(1446, 10, 1)).toEqual({ year: 2025, month: 3, day: 30 });
    expect(gregorian(1445, 9, 1)).toEqual({ year: 2024, month: 3, day: 11 });
    expect(gregorian(1400, 1, 1)).toEqual({ year: 1979, month: 11, day: 21 });
  });
  it("round-trips and rejects days that do not exist", () => {
    for (
      let day = epochDayOf({ year: 2020, month: 1, day: 1 });
      day < epochDayOf({ year: 2030, month: 1, day: 1 });
      day += 37
    ) {
      expect(epochDayOfHijri(hijriOfEpochDay(day))).toBe(day);
    }
    expect(gregorian(1446, 9, 30)).toBeUndefined(); // Ramadan 1446 had 29 days
    expect(hijriMonthSpan(1446, 9)?.map(calendarDayOf)).toEqual([
      { year: 2025, month: 3, day: 1 },
      { year: 2025, month: 3, day: 29 },
    ]);
  });
});
