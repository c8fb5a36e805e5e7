import type { GoldenCase } from "./golden-dates.js";

/**
 * Golden cases for the errors a held-out split of real news articles showed (counts read as
 * hours, ages read as durations, wire datelines, the verb that governs a year-less date,
 * recurring weekends, displaced punctuation before a year). Every sentence is written anew
 * for this project; none is copied from an article.
 */
export const GOLDEN_DATES_ARTICLES2: GoldenCase[] = [
  // A number word before a word of magnitude is a count, never a clock hour.
  {
    why: "نحو + a number word + آلاف counts people: no clock time",
    ref: "2024-09-10",
    text: "وتشارك في المناورات نحو تسعة آلاف جندي من خمس دول",
    expect: [],
  },
  {
    why: "حوالي + a spoken number + مليون is a count, also with a fraction between",
    ref: "2024-09-10",
    text: "وبلغ عدد المسافرين حوالي أربعة ونص مليون خلال الصيف",
    expect: [],
  },
  {
    why: "a count of thousands and a real clock time in one sentence: only the time",
    ref: "2024-09-10",
    text: "احتشد قرابة ستة آلاف متظاهر قبل أن تبدأ المسيرة عند الخامسة مساء",
    expect: [["الخامسة مساء", "T17:00", "time"]],
  },
  {
    why: "a range of counts before ملايين is no clock range",
    ref: "2024-09-10",
    text: "وأجلت السلطات من ثلاثة إلى أربعة ملايين شخص من المناطق الساحلية",
    expect: [],
  },
  {
    why: "a spoken hour after على is still a time when no magnitude follows",
    ref: "2024-09-10",
    text: "اتفقنا نتقابل على تسعة قدام المحطة",
    expect: [["تسعة", "T09:00", "time"]],
  },
];
