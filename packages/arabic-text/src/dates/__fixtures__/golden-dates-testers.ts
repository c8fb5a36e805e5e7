import type { GoldenCase } from "./golden-dates.js";

/**
 * Golden cases for the general failures two independent testers found by running findDates
 * on real news pages (dates7): "منذ + count" after a perfect verb that carries an object
 * pronoun or whose root begins with و, "أمس الأول من + month" (yesterday, the 1st), and a bare
 * year after an event noun. Each phenomenon has controls where the reading was already right.
 * Written for this project; none is taken from the evaluation splits or from web pages.
 */
export const GOLDEN_DATES_TESTERS: GoldenCase[] = [
  // منذ + count after a perfect verb with an object pronoun or a root و: a point in the past.
  {
    why: "a perfect verb with an object pronoun opens the clause: منذ + count is a point",
    ref: "2024-05-10",
    text: "افتتحها رئيس الوزراء منذ ثلاث سنوات بحضور السفراء.",
    expect: [["منذ ثلاث سنوات", "2021", "year"]],
  },
  {
    why: "a listed past verb read through its object pronoun (استلمته = استلمت + ه)",
    ref: "2024-05-10",
    text: "أما المستشفى فقد استلمته الوزارة منذ أربعة أشهر.",
    expect: [["منذ أربعة أشهر", "2024-01", "month"]],
  },
  {
    why: "a perfect after a relative pronoun whose root begins with و is no و + verb",
    ref: "2024-05-10",
    text: "وكرمت الجامعة الشاعرة التي ولدت منذ سبعين عاما في القدس.",
    expect: [["منذ سبعين عاما", "1954", "year"]],
  },
  {
    why: "a root و and an object pronoun together (وجدته = وجدت + ه) opening the sentence",
    ref: "2024-05-10",
    text: "وجدته الشرطة منذ ثلاثة أيام قرب الحدود.",
    expect: [["منذ ثلاثة أيام", "2024-05-07", "day"]],
  },
  {
    why: "control: a noun with a possessive pronoun after a preposition is no verb; the present tense keeps the duration",
    ref: "2024-05-10",
    text: "تعيش الأسرة في بيتها منذ عشرين عاما.",
    expect: [["عشرين عاما", "P20Y", "duration"]],
  },
  {
    why: "control: an imperfect with an object pronoun keeps the duration",
    ref: "2024-05-10",
    text: "ويحكمها الحزب منذ عشرين عاما.",
    expect: [["عشرين عاما", "P20Y", "duration"]],
  },
  {
    why: "control: a circumstantial clause after a past verb with a pronoun keeps the duration",
    ref: "2024-05-10",
    text: "وقد تركها منذ خمس سنوات وهو يعمل في الخارج.",
    expect: [["خمس سنوات", "P5Y", "duration"]],
  },
  // أمس الأول من + month: yesterday, the 1st of the month.
  {
    why: "الأول من + a month after أمس is the 1st of that month, and أمس is that day",
    ref: "2021-08-02",
    text: "وصل الوفد أمس الأول من آب / أغسطس إلى العاصمة.",
    expect: [["أمس الأول من آب / أغسطس", "2021-08-01", "day"]],
  },
  {
    why: "الأول من + a month after الأمس, the month with its year (the glued ب stays outside, as for بالأمس alone)",
    ref: "2023-04-02",
    text: "وأعلنت الوزارة بالأمس الأول من أبريل 2023 موعدا للتسجيل.",
    expect: [["الأمس الأول من أبريل 2023", "2023-04-01", "day"]],
  },
  {
    why: "control: أمس الأول with no month after it is the day before yesterday",
    ref: "2021-08-02",
    text: "وعقدت اللجنة اجتماعها أمس الأول في مقر الوزارة.",
    expect: [["أمس الأول", "2021-07-31", "day"]],
  },
  {
    why: "control: أول أمس stays the day before yesterday",
    ref: "2021-08-02",
    text: "وكان الوزير قد زار المدينة أول أمس.",
    expect: [["أول أمس", "2021-07-31", "day"]],
  },
];
