import type { GoldenCase } from "./golden-dates.js";

/**
 * Golden cases for three general failures of the seventh tester round (dates11): a past
 * weekday after "في + noun + a name shaped like an imperfect" (قمة يريفان) when the clause's
 * past verb is a bare فعل no list names; على (or another hour joiner) + a number before a
 * counted noun read as a clock time; غدا opening a clause before a future or imperfect verb
 * read as the verb "became". Each has controls. Written for this project; none is taken from
 * the evaluation splits or from web pages.
 */
export const GOLDEN_DATES_TESTER7: GoldenCase[] = [
  // A bare فعل opening its sentence is the clause's perfect; a name after "في + noun" is no verb.
  {
    why: "a bare فعل opening the sentence is its past verb: the weekday after 'في قمة يريفان' is the past one",
    ref: "2024-03-04",
    text: "رفض الوفد الأذربيجاني المشاركة في قمة يريفان الخميس.",
    expect: [["الخميس", "2024-02-29", "day"]],
  },
  {
    why: "the same with a glued و (وكرم) and a name subject",
    ref: "2024-03-04",
    text: "وكرم باشينيان المتطوعين في حفل يريفان الخميس.",
    expect: [["الخميس", "2024-02-29", "day"]],
  },
  {
    why: "a bare فعل before a definite subject, and a ي- name after 'في + noun' (ريف يبرود)",
    ref: "2024-03-04",
    text: "قصف الجيش مواقع المسلحين في ريف يبرود الخميس.",
    expect: [["الخميس", "2024-02-29", "day"]],
  },
  {
    why: "control: 'غير أن' opening the sentence is no verb; the future verb decides",
    ref: "2024-03-04",
    text: "غير أن الوفد سيصل إلى قمة يريفان الخميس.",
    expect: [["الخميس", "2024-03-07", "day"]],
  },
  {
    why: "control: a listed past verb already dated the weekday",
    ref: "2024-03-08",
    text: "حضر الرئيس حفل الافتتاح في معرض يريفان الأربعاء.",
    expect: [["الأربعاء", "2024-03-06", "day"]],
  },
  {
    why: "control: an imperfect opening the clause keeps the coming weekday",
    ref: "2024-03-04",
    text: "ويشارك الوفد في قمة يريفان الخميس.",
    expect: [["الخميس", "2024-03-07", "day"]],
  },
  {
    why: "control: a future verb opening the clause keeps the coming weekday",
    ref: "2024-03-04",
    text: "سيحضر الوفد حفلا في معرض يريفان الخميس.",
    expect: [["الخميس", "2024-03-07", "day"]],
  },
  // على / نحو + a number before a counted noun is a count, not an hour.
  {
    why: "على + a number before a counted noun is no clock time joined to أمس",
    ref: "2024-11-29",
    text: "وافق البرلمان أمس على سبعة مشاريع قوانين.",
    expect: [["أمس", "2024-11-28", "day"]],
  },
  {
    why: "a counted noun after على + a number, after اليوم",
    ref: "2024-11-29",
    text: "صوت المجلس اليوم على تسعة بنود من جدول الأعمال.",
    expect: [["اليوم", "2024-11-29", "day"]],
  },
  {
    why: "نحو + a number before a counted noun is an approximate count",
    ref: "2024-11-29",
    text: "وقتل نحو عشرة جنود في الهجوم.",
    expect: [],
  },
  {
    why: "control: the spoken على + an hour with no counted noun after it stays a time",
    ref: "2024-11-29",
    text: "نتقابل بكرة على تمانية قدام الجامعة.",
    expect: [["بكرة على تمانية", "2024-11-30T08:00", "minute"]],
  },
  {
    why: "control: على الساعة + an hour is a time whatever follows",
    ref: "2024-11-29",
    text: "وصل الوفد أمس على الساعة عشرة ليلا.",
    expect: [["أمس على الساعة عشرة ليلا", "2024-11-28T22:00", "minute"]],
  },
  // غدا before a future or an imperfect verb is tomorrow, also opening its clause.
  {
    why: "غدا opening the sentence before an imperfect verb is tomorrow",
    ref: "2024-11-29",
    text: "غدا نلتقي بالوفد الأرمني في موسكو.",
    expect: [["غدا", "2024-11-30", "day"]],
  },
  {
    why: "an imperfect whose hamza the search form folds to ا (يبدأ) is still a verb after غدا",
    ref: "2024-11-29",
    text: "غدا يبدأ العام الدراسي الجديد.",
    expect: [["غدا", "2024-11-30", "day"]],
  },
  {
    why: "غدا opening the sentence before سوف is tomorrow",
    ref: "2024-11-29",
    text: "غدا سوف تعلن اللجنة النتائج.",
    expect: [["غدا", "2024-11-30", "day"]],
  },
  {
    why: "غدا opening a quotation before سـ + a verb is the day after the speech",
    ref: "2024-11-29",
    text: "وقال الوزير أمس: «غدا سنوقع الاتفاق».",
    expect: [
      ["أمس", "2024-11-28", "day"],
      ["غدا", "2024-11-29", "day"],
    ],
  },
  {
    why: "control: غدا opening the sentence before an accusative predicate is the verb 'became'",
    ref: "2024-11-29",
    text: "غدا تحديا كبيرا أمام الحكومة.",
    expect: [],
  },
  {
    why: "control: غدا after بعدما stays the verb even before an imperfect",
    ref: "2024-11-29",
    text: "بعدما غدا يشكل عبئا على الميزانية.",
    expect: [],
  },
];
