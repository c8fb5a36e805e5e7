import type { GoldenCase } from "./golden-dates.js";

/**
 * Golden cases for date phenomena testers found on real Arabic news pages (dates8): a name
 * read as the future particle سـ, the masculine perfect of the تفعّل/تفاعل forms read as a
 * present, a day of the month named before ("في الـ 6 منه"), ISO timestamps, a page header
 * whose weekday contradicts its date, and the verbs of dying before an age. Each phenomenon
 * has controls where the reading was already right. Written for this project (annotated by
 * docs/dates.md before any code ran on them); none is taken from the evaluation splits or
 * from web pages. ref 2026-03-07 is a Saturday.
 */
export const GOLDEN_DATES_PAGES: GoldenCase[] = [
  // A name that begins like سـ + a present verb is no future cue.
  {
    why: "a foreign given name (ستانيسلاف: س + ت + bare alef) is no future verb; قال dates the day",
    ref: "2026-03-07",
    text: "وقال الأمين العام للمنظمة ستانيسلاف زاس الخميس إن الاجتماع كان مثمرا.",
    expect: [["الخميس", "2026-03-05", "day"]],
  },
  {
    why: "a foreign name with many long vowels after سي (سيباستيان) is no future verb",
    ref: "2026-03-07",
    text: "وصرح المدرب سيباستيان هوينيس الأربعاء بأن الفريق جاهز.",
    expect: [["الأربعاء", "2026-03-04", "day"]],
  },
  {
    why: "a name beginning سـ + ت + bare alef (ستافان) after a title is no future verb",
    ref: "2026-03-07",
    text: "التقى الرئيس المبعوث ستافان دي ميستورا الاثنين في جنيف.",
    expect: [["الاثنين", "2026-03-02", "day"]],
  },
  {
    why: "control: سـ + ت + a hamza root (ستأخذ) stays a future verb",
    ref: "2026-03-07",
    text: "ستأخذ اللجنة قرارها الخميس بعد دراسة الملف.",
    expect: [["الخميس", "2026-03-12", "day"]],
  },
  {
    why: "control: a future form III verb with a glued و (وسيعاود) stays future",
    ref: "2026-03-07",
    text: "وسيعاود الفريق تدريباته الاثنين.",
    expect: [["الاثنين", "2026-03-09", "day"]],
  },
  {
    why: "control: a future form VI verb of a weak root (ستتوالى) stays future",
    ref: "2026-03-07",
    text: "ستتوالى الاجتماعات الثلاثاء في العاصمة.",
    expect: [["الثلاثاء", "2026-03-10", "day"]],
  },
  // The masculine perfect of تفعّل / تفاعل before a masculine subject is past.
  {
    why: "a تفعّل perfect opening the sentence before a human plural subject (توصّل الزعماء) is past",
    ref: "2026-03-07",
    text: "توصّل الزعماء الخميس إلى اتفاق بشأن الحدود.",
    expect: [["الخميس", "2026-03-05", "day"]],
  },
  {
    why: "a تفعّل perfect with a glued و before a sound masculine plural subject is past",
    ref: "2026-03-07",
    text: "وتحدث المسؤولون الثلاثاء عن تقدم في المفاوضات.",
    expect: [["الثلاثاء", "2026-03-03", "day"]],
  },
  {
    why: "a تفعّل perfect before a dual subject (الطرفان) is past",
    ref: "2026-03-07",
    text: "وتعهد الطرفان الأربعاء باحترام الهدنة.",
    expect: [["الأربعاء", "2026-03-04", "day"]],
  },
  {
    why: "a تفعّل perfect before a masculine human subject (الوزير) is past",
    ref: "2026-03-07",
    text: "وتقدم الوزير الأحد باستقالته إلى رئيس الحكومة.",
    expect: [["الأحد", "2026-03-01", "day"]],
  },
  {
    why: "a تفاعل perfect before a dual subject (وتبادل الزعيمان) is past",
    ref: "2026-03-07",
    text: "وتبادل الزعيمان الأربعاء رسائل التهنئة.",
    expect: [["الأربعاء", "2026-03-04", "day"]],
  },
  {
    why: "control: the تت- imperfect (تتوصل) stays present: the coming Thursday",
    ref: "2026-03-07",
    text: "تتوصل الأطراف الخميس إلى اتفاق نهائي، بحسب الوسطاء.",
    expect: [["الخميس", "2026-03-12", "day"]],
  },
  {
    why: "control: the ي- imperfect (يتوصل) stays present before the same subject",
    ref: "2026-03-07",
    text: "يتوصل الزعماء الخميس إلى اتفاق نهائي.",
    expect: [["الخميس", "2026-03-12", "day"]],
  },
  {
    why: "control: the future ستتوصل stays future",
    ref: "2026-03-07",
    text: "ستتوصل اللجنة الخميس إلى قرار.",
    expect: [["الخميس", "2026-03-12", "day"]],
  },
  {
    why: "control: a four-letter ت- imperfect before a feminine subject (وتعقد الحكومة) stays present",
    ref: "2026-03-07",
    text: "وتعقد الحكومة اجتماعها الأسبوعي الثلاثاء.",
    expect: [["الثلاثاء", "2026-03-10", "day"]],
  },
  {
    why: "control: a feminine dual subject in تان (الفرقتان) keeps the ت- imperfect present",
    ref: "2026-03-07",
    text: "وتلعب الفرقتان الخميس مباراة الإياب.",
    expect: [["الخميس", "2026-03-12", "day"]],
  },
  // A day of the month named before: "في الـ 6 منه".
  {
    why: "الـ + day + منه after a day of a month: that month's day",
    ref: "2026-03-20",
    text: "وصل الوفد إلى القاهرة في 2 مارس، وغادرها في الـ 6 منه.",
    expect: [
      ["2 مارس", "2026-03-02", "day"],
      ["الـ 6 منه", "2026-03-06", "day"],
    ],
  },
  {
    why: "an ordinal day in words + منه after a month with its year",
    ref: "2025-12-15",
    text: "أعلنت الهيئة في نوفمبر 2024 فتح باب الترشح، على أن تغلق القائمة في السادس والعشرين منه.",
    expect: [
      ["نوفمبر 2024", "2024-11", "month"],
      ["السادس والعشرين منه", "2024-11-26", "day"],
    ],
  },
  {
    why: "an ordinal day + منه after a relative month (فبراير الماضي)",
    ref: "2026-03-20",
    text: "وفي فبراير الماضي، وتحديدا في العاشر منه، وقع الطرفان الاتفاقية.",
    expect: [
      ["فبراير الماضي", "2026-02", "month"],
      ["العاشر منه", "2026-02-10", "day"],
    ],
  },
  {
    why: "يوم + day + منه: يوم stays outside, as before any date",
    ref: "2026-01-20",
    text: "اندلعت الاحتجاجات في 1 يناير، وبلغت ذروتها يوم 6 منه.",
    expect: [
      ["1 يناير", "2026-01-01", "day"],
      ["6 منه", "2026-01-06", "day"],
    ],
  },
  {
    why: "an ordinal day + منه after a Hijri month with its year is that Hijri month's day (17 Ramadan 1446)",
    ref: "2025-04-10",
    text: "خلال شهر رمضان 1446، وتحديدا في السابع عشر منه، أقيم الحفل.",
    expect: [
      ["شهر رمضان 1446", "2025-03-01/2025-03-29", "day"],
      ["السابع عشر منه", "2025-03-17", "day"],
    ],
  },
  {
    why: "a day + منه after a two-word Hijri month (8 Dhu al-Hijjah 1446)",
    ref: "2025-06-20",
    text: "وصل الحجاج في ذي الحجة 1446، وتحديدا في الثامن منه، إلى منى.",
    expect: [
      ["ذي الحجة 1446", "2025-05-28/2025-06-25", "day"],
      ["الثامن منه", "2025-06-04", "day"],
    ],
  },
  {
    why: "control: a count + منه with no date before is no day",
    ref: "2026-03-20",
    text: "اشترى الرجل صندوقا ووضع في السادس منه كتبا قديمة.",
    expect: [],
  },
  {
    why: "control: after a year alone, an ordinal + منه is a part of something, not a day",
    ref: "2026-03-20",
    text: "في عام 2020 صدر الكتاب، وجاء في الثالث منه ذكر المدينة.",
    expect: [["عام 2020", "2020", "year"]],
  },
  // ISO timestamps: one minute-grain mention.
  {
    why: "an ISO timestamp with T and seconds is one minute mention, the seconds inside the surface",
    ref: "2024-11-28",
    text: "نشر في 2024-11-28T10:30:00 على الموقع الرسمي.",
    expect: [["2024-11-28T10:30:00", "2024-11-28T10:30", "minute"]],
  },
  {
    why: "an ISO date and a clock time after a space are one minute mention",
    ref: "2024-11-28",
    text: "آخر تحديث: 2024-11-28 10:30",
    expect: [["2024-11-28 10:30", "2024-11-28T10:30", "minute"]],
  },
  {
    why: "an ISO timestamp with T and no seconds",
    ref: "2024-11-30",
    text: "تاريخ النشر 2024-11-28T08:05 بتوقيت مكة.",
    expect: [["2024-11-28T08:05", "2024-11-28T08:05", "minute"]],
  },
  {
    why: "an ISO timestamp's Z is inside the surface and not converted",
    ref: "2025-01-16",
    text: "آخر تعديل 2025-01-15T23:59:59Z",
    expect: [["2025-01-15T23:59:59Z", "2025-01-15T23:59", "minute"]],
  },
  {
    why: "an ISO timestamp's offset is inside the surface, the local time kept, and no second clock time",
    ref: "2025-01-16",
    text: "صدر البيان 2025-01-15T18:00:00+02:00 في القاهرة.",
    expect: [["2025-01-15T18:00:00+02:00", "2025-01-15T18:00", "minute"]],
  },
  {
    why: "control: an ISO date alone is a day",
    ref: "2024-12-01",
    text: "اجتمعت اللجنة في 2024-11-28 لمراجعة الطلبات.",
    expect: [["2024-11-28", "2024-11-28", "day"]],
  },
  // A page header whose weekday contradicts its date: the written date wins (conflict).
  {
    why: "a written year and a wrong weekday: the written date is kept (conflict: weekday)",
    ref: "2025-11-28",
    text: "الخميس 28 نوفمبر 2025 - أعلنت الوزارة نتائج المسابقة.",
    expect: [["الخميس 28 نوفمبر 2025", "2025-11-28", "day"]],
  },
  {
    why: "a header without a year whose weekday is wrong near ref keeps ref's year, not the year the weekday fits",
    ref: "2025-11-28",
    text: "الخميس 28 نوفمبر - أعلنت الوزارة نتائج المسابقة.",
    expect: [["الخميس 28 نوفمبر", "2025-11-28", "day"]],
  },
  {
    why: "a header with a wrong weekday and a time is one minute mention with the written date",
    ref: "2025-11-28",
    text: "الخميس 28 نوفمبر 2025 - 10:45",
    expect: [["الخميس 28 نوفمبر 2025 - 10:45", "2025-11-28T10:45", "minute"]],
  },
  {
    why: "control: a weekday far from ref still picks the year in which the date falls on it",
    ref: "2026-07-15",
    text: "ويبدأ العمل بالقانون الأحد 3 يناير.",
    expect: [["الأحد 3 يناير", "2027-01-03", "day"]],
  },
  {
    why: "control: a right weekday in a header with a time",
    ref: "2025-11-29",
    text: "السبت 29 نوفمبر 2025 - 10:45",
    expect: [["السبت 29 نوفمبر 2025 - 10:45", "2025-11-29T10:45", "minute"]],
  },
  // Verbs of dying before "عن N عاما" in their ى spellings: an age, no duration.
  {
    why: "قضى (folded قضي) before عن + a count of years: the age at death, no date",
    ref: "2026-03-07",
    text: "قضى الشاعر في منفاه بباريس عن 86 عاما بعد صراع مع المرض.",
    expect: [],
  },
  {
    why: "the imperfect يتوفى before عن + a count of years: an age, no date",
    ref: "2026-03-07",
    text: "ويتوفى كثير من المرضى عن 70 عاما أو أكثر.",
    expect: [],
  },
  {
    why: "control: توفى (ى for ي) already folded to توفي: an age",
    ref: "2026-03-07",
    text: "توفى المخرج عن 81 عاما في منزله.",
    expect: [],
  },
  {
    why: "control: قضى + a count without عن is a span of time",
    ref: "2026-03-07",
    text: "قضى الأسير في السجن 20 عاما قبل الإفراج عنه.",
    expect: [["20 عاما", "P20Y", "duration"]],
  },
  {
    why: "control: a span, then the age after قضى عن in the next clause",
    ref: "2026-03-07",
    text: "عمل في التدريس 40 عاما، ثم قضى عن 85 عاما في قريته.",
    expect: [["40 عاما", "P40Y", "duration"]],
  },
];
