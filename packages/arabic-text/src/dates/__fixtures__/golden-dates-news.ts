import type { GoldenCase } from "./golden-dates.js";

/**
 * Golden cases for the rules added from the news-page ("fresh") error review, written for this
 * project (none copied from articles or from the evaluation corpus). Same shape as GOLDEN_DATES.
 */
export const GOLDEN_DATES_NEWS: GoldenCase[] = [
  // الغد as a noun: tomorrow after an event noun, a part of the day or يوم
  {
    why: "event + الغد is tomorrow's event",
    ref: "2025-10-08",
    text: "وتتواصل التحضيرات في دوشنبه لاجتماع الغد بين وزراء الدفاع.",
    expect: [["الغد", "2025-10-09", "day"]],
  },
  {
    why: "يوم الغد is one expression, like يوم أمس",
    ref: "2025-10-08",
    text: "ومن المنتظر أن يصل الوفد الكازاخي يوم الغد إلى العاصمة.",
    expect: [["يوم الغد", "2025-10-09", "day"]],
  },
  {
    why: "a newspaper or party called الغد is not a date",
    ref: "2025-10-08",
    text: "ونقلت صحيفة الغد عن رئيس حزب الغد قوله إن قادة الغد يتعلمون اليوم.",
    expect: [["اليوم", "2025-10-08", "day"]],
  },
  // أمس الأول = أول أمس
  {
    why: "أمس الأول is the day before yesterday",
    ref: "2024-03-14",
    text: "وأعلنت وزارة الدفاع أمس الأول انتهاء المناورات المشتركة.",
    expect: [["أمس الأول", "2024-03-12", "day"]],
  },
  {
    why: "أمس الاول without hamza",
    ref: "2024-03-14",
    text: "ووصل الوزير إلى يريفان أمس الاول في زيارة رسمية.",
    expect: [["أمس الاول", "2024-03-12", "day"]],
  },
  // Moroccan darija: لخميس = الخميس after a relative day
  {
    why: "Moroccan غدا لخميس",
    ref: "2023-06-14",
    text: "غدا لخميس غادي يجتمع الوزراء فالرباط.",
    expect: [["غدا لخميس", "2023-06-15", "day"]],
  },
];
