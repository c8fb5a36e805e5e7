import type { GoldenCase } from "./golden-dates.js";

/**
 * Golden cases for the classes added to close the gaps of issue 12: clock times with seconds,
 * "now", a weekday before an ordinal day, the n-th weekday after a holiday, open and mixed
 * ranges, and "منذ N" after a past verb. Written for this project; none is taken from the
 * evaluation splits or from web pages.
 */
export const GOLDEN_DATES_GAPS: GoldenCase[] = [
  // clock times with seconds
  {
    why: "a clock with seconds after الساعة keeps them in a bare time's value",
    ref: "2026-02-10",
    text: "وسُجّلت الهزة الأولى عند الساعة 04:17:52 فجرا بحسب المرصد.",
    expect: [["الساعة 04:17:52 فجرا", "T04:17:52", "time"]],
  },
  {
    why: "hh:mm:ss alone is a clock time; the seconds are not a count of days",
    ref: "2026-02-10",
    text: "أطلق الحكم صافرة النهاية عند 21:05:09 تماما.",
    expect: [["21:05:09", "T21:05:09", "time"]],
  },
  {
    why: "a day and a time with seconds is minute grain: the seconds stay in the surface only",
    ref: "2026-02-10",
    text: "نُشر في الأربعاء 4 فبراير 2026 - 13:44:07 على الموقع الرسمي.",
    expect: [["الأربعاء 4 فبراير 2026 - 13:44:07", "2026-02-04T13:44", "minute"]],
  },
  {
    why: "seconds past 59 make no clock",
    ref: "2026-02-10",
    text: "وسجل الرقم 12:40:75 في السجل.",
    expect: [],
  },
];
