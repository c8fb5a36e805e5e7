import type { GoldenCase } from "./golden-dates.js";

/**
 * Golden cases for a headline above the body (its verb does not govern the tense of a day in
 * the next line) and for a dateline with the agency after a dash (its day is the filing day,
 * whatever the rest of the text says of the same month). Written for this project (session 7); none is taken from the evaluation splits
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
  {
    why: "a dash-and-agency dateline is the filing day, not the month the next year's summit takes",
    ref: "2025-11-27",
    text: "بيشكيك، 27 نوفمبر - سبوتنيك. بدأت اليوم أعمال القمة. وتعقد القمة المقبلة في موسكو في 11 نوفمبر من العام المقبل.",
    expect: [
      ["27 نوفمبر", "2025-11-27"],
      ["اليوم", "2025-11-27"],
      ["11 نوفمبر من العام المقبل", "2026-11-11"],
    ],
  },
  {
    why: "the agency after a dash at the end of the dateline's line",
    ref: "2023-12-30",
    text: "القاهرة، 30 ديسمبر - أ ش أ\nقالت الوزارة إنها ستفتتح المتحف الجديد في 30 ديسمبر من العام المقبل.",
    expect: [
      ["30 ديسمبر", "2023-12-30"],
      ["30 ديسمبر من العام المقبل", "2024-12-30"],
    ],
  },
  {
    why: "control: a dash after a date inside a sentence is no dateline",
    ref: "2023-12-30",
    text: "وتعقد الجولة الأولى من المفاوضات في 3 يناير - وهو موعد نهائي - في جنيف.",
    expect: [["3 يناير", "2024-01-03"]],
  },
  {
    why: "a highway and a club named after a date are names, not dates",
    ref: "2023-05-15",
    text: "وقع الحادث على محور 26 يوليو قرب مدخل المدينة، فيما تعادل نادي 6 أكتوبر مع ضيفه أمس.",
    expect: [["أمس", "2023-05-14"]],
  },
  {
    why: "a headline with no verb of its own takes the tense of the body's first verb",
    ref: "2021-03-02",
    text: "العثور على قارب صيد مفقود بعد 40 عاما\nأعلن خفر السواحل أنهم انتشلوا القارب من عمق عشرين مترا.",
    expect: [["40 عاما", "P40Y"]],
  },
];
