import type { GoldenCase } from "./golden-dates.js";

/**
 * Golden cases for a headline above the body: its verb does not govern the tense of a day in
 * the next line. Written for this project (session 7); none is taken from the evaluation splits
 * or from web pages.
 */
export const GOLDEN_DATES_HEADLINES: GoldenCase[] = [
  {
    why: "the headline's present verb does not make the body's Tuesday the coming one",
    ref: "2024-10-09",
    text: "الفيضانات تغمر القرى الجنوبية\nغمرت السيول عشرات المنازل مساء الثلاثاء في المنطقة.",
    expect: [["مساء الثلاثاء", "2024-10-08"]],
  },
  {
    why: "a headline's present verb, then a body whose own verb is past and comes after the day",
    ref: "2024-10-09",
    text: "الرئيس يستقبل نظيره الأرميني\nوفي القصر الجمهوري يوم الاثنين، استقبل الرئيس نظيره وبحثا العلاقات.",
    expect: [["الاثنين", "2024-10-07"]],
  },
  {
    why: "a day in the headline keeps the headline's own verb",
    ref: "2024-10-09",
    text: "البرلمان يناقش الموازنة الخميس\nأعلن رئيس البرلمان جدول الجلسة.",
    expect: [["الخميس", "2024-10-10"]],
  },
  {
    why: "control: in one line the present verb with حتى still governs the day",
    ref: "2024-10-09",
    text: "الفيضانات تغمر القرى الجنوبية حتى مساء الخميس.",
    expect: [["مساء الخميس", "2024-10-10"]],
  },
];
