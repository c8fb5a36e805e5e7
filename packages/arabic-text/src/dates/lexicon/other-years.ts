import { lazyWordSet } from "../lazy.js";

/**
 * Adjectives that make العام/السنة a school, university, fiscal, sports, judicial or
 * legislative year, which is not the calendar year: "نهاية العام الدراسي", "هذا العام المالي",
 * "السنة القضائية الجديدة" (search-folded: ة → ه, no hamza).
 */
export const otherYearAdjectives = lazyWordSet(
  (
    "الدراسي الدراسيه المالي الماليه الجامعي الجامعيه الاكاديمي الاكاديميه الزراعي الزراعيه " +
    "الرياضي الرياضيه القضائي القضائيه التشريعي التشريعيه الضريبي الضريبيه"
  ).split(" "),
);

/**
 * Exam nouns before a part of a bare year: "امتحانات نهاية العام", "اختبارات منتصف السنة" name
 * the school year's exams, not a part of the calendar year.
 */
export const examNouns = lazyWordSet(
  "امتحانات الامتحانات امتحان الامتحان اختبارات الاختبارات اختبار الاختبار".split(" "),
);
