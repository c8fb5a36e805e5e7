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
  // "بين الساعة X و Y"
  {
    why: "بين + two clock times joined by a glued و is one range; the part of the day on the end holds for both",
    ref: "2025-06-02",
    text: "وتنقطع الكهرباء بين الساعة الرابعة والسابعة مساء في الأحياء الشرقية.",
    expect: [["بين الساعة الرابعة والسابعة مساء", "T16:00/T19:00", "time"]],
  },
  {
    why: "the end may repeat الساعة after و",
    ref: "2025-06-02",
    text: "يستقبل المكتب الطلبات بين الساعة الثامنة والساعة العاشرة صباحا.",
    expect: [["بين الساعة الثامنة والساعة العاشرة صباحا", "T08:00/T10:00", "time"]],
  },
  {
    why: "a bare hour after و closes a بين range opened by الساعة, like after حتى",
    ref: "2025-06-02",
    text: "ويسمح بالزيارة بين الساعة 3 و5 عصرا فقط.",
    expect: [["بين الساعة 3 و5 عصرا", "T15:00/T17:00", "time"]],
  },
  {
    why: "minutes joined by و after the hour belong to it and open no range",
    ref: "2025-06-02",
    text: "وسقطت القذيفة بين الساعة العاشرة والعشرين دقيقة تقريبا.",
    expect: [["الساعة العاشرة والعشرين دقيقة", "T10:20", "time"]],
  },
];
