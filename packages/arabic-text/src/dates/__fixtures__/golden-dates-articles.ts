import type { GoldenCase } from "./golden-dates.js";

/**
 * Golden cases for what real news articles showed the integrator in issue 11's spot checks
 * (read on public pages, then written anew for this project; no page sentence is copied):
 * "لليوم" is ل + اليوم and follows the rules of اليوم (a counted day, a named day, the day
 * after).
 */
export const GOLDEN_DATES_ARTICLES: GoldenCase[] = [
  {
    why: "لليوم + an ordinal counts days of an event: no date",
    ref: "2024-05-14",
    text: "تواصلت الإضرابات في المدينة لليوم الثالث على التوالي",
    expect: [],
  },
  {
    why: "لليوم + the name of an observance is that day, not today",
    ref: "2024-05-14",
    text: "دعت الجمعية إلى المشاركة في فعاليات لليوم الوطني للشجرة",
    expect: [],
  },
  {
    why: "لليوم التالي is the day after the previous date, like اليوم التالي",
    ref: "2025-03-05",
    text: "عقدت الجولة الأولى في 3 مارس، وأرجئت الجولة الثانية لليوم التالي.",
    expect: [
      ["3 مارس", "2025-03-03"],
      ["ليوم التالي", "2025-03-04"],
    ],
  },
  {
    why: "a bare لليوم is still today",
    ref: "2025-03-05",
    text: "نشرت الوزارة جدول المباريات المقررة لليوم على موقعها",
    expect: [["ليوم", "2025-03-05"]],
  },
];
