import type { GoldenCase } from "./golden-dates.js";

/**
 * Golden cases for the classes of errors a held-out split revealed (issue 12, fresh3): 24-hour
 * clock ranges, "بين الساعة X و Y", year-less ranges across the new year, ranges of parts of
 * days, "آخر جمعة في أبريل", forward-looking year choice after تأجيل/تمديد, page timestamps
 * joined by "|", outlet names made of a place + اليوم, "طيلة أيام الأسبوع", and datelines
 * without a dash. Written for this project; none is taken from the evaluation splits or from
 * web pages.
 */
export const GOLDEN_DATES_FIXES: GoldenCase[] = [
  // 24-hour clock ranges
  {
    why: "two hh:mm ends with no part of the day are a 24-hour clock: the start keeps its hour",
    ref: "2025-06-02",
    text: "وتعمل المسابح العامة من الساعة 06:00 إلى الساعة 18:00 خلال الصيف.",
    expect: [["من الساعة 06:00 إلى الساعة 18:00", "T06:00/T18:00", "time"]],
  },
  {
    why: "a 24-hour range whose end is exactly twelve hours later is no empty range",
    ref: "2025-06-02",
    text: "يفتح السوق من 08:30 حتى 20:30 كل يوم.",
    expect: [["من 08:30 حتى 20:30", "T08:30/T20:30", "time"]],
  },
  {
    why: "a part of the day written on the end still holds for a bare start",
    ref: "2025-06-02",
    text: "وتستمر العروض من 9:00 إلى 11:00 مساء في الساحة.",
    expect: [["من 9:00 إلى 11:00 مساء", "T21:00/T23:00", "time"]],
  },
];
