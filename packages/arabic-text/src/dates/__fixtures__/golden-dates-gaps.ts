import type { GoldenCase } from "./golden-dates.js";

/**
 * Golden cases for the classes added to close the gaps of issue 12: clock times with seconds,
 * "now", a weekday before an ordinal day, the n-th weekday after a holiday, open and mixed
 * ranges, and "منذ N" after a past verb. Written for this project; none is taken from the
 * evaluation splits or from web pages.
 */
export const GOLDEN_DATES_GAPS: GoldenCase[] = [
  // clock times with seconds
  {
    why: "a clock with seconds after الساعة keeps them in a bare time's value",
    ref: "2026-02-10",
    text: "وسُجّلت الهزة الأولى عند الساعة 04:17:52 فجرا بحسب المرصد.",
    expect: [["الساعة 04:17:52 فجرا", "T04:17:52", "time"]],
  },
  {
    why: "hh:mm:ss alone is a clock time; the seconds are not a count of days",
    ref: "2026-02-10",
    text: "أطلق الحكم صافرة النهاية عند 21:05:09 تماما.",
    expect: [["21:05:09", "T21:05:09", "time"]],
  },
  {
    why: "a day and a time with seconds is minute grain: the seconds stay in the surface only",
    ref: "2026-02-10",
    text: "نُشر في الأربعاء 4 فبراير 2026 - 13:44:07 على الموقع الرسمي.",
    expect: [["الأربعاء 4 فبراير 2026 - 13:44:07", "2026-02-04T13:44", "minute"]],
  },
  {
    why: "seconds past 59 make no clock",
    ref: "2026-02-10",
    text: "وسجل الرقم 12:40:75 في السجل.",
    expect: [],
  },
  // "now"
  {
    why: "الآن is the publication day",
    ref: "2026-02-10",
    text: "وقال المتحدث إن الفرق تعمل الآن على فتح الطريق.",
    expect: [["الآن", "2026-02-10", "day"]],
  },
  {
    why: "حتى الآن is 'so far', an open span: no date",
    ref: "2026-02-10",
    text: "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.",
    expect: [],
  },
  {
    why: "الساعة الآن: the clock that follows is the date, not 'now'",
    ref: "2026-02-10",
    text: "الساعة الآن التاسعة مساء في العاصمة.",
    expect: [["التاسعة مساء", "T21:00", "time"]],
  },
  {
    why: "في هذه اللحظة is now; the plural moments are vague",
    ref: "2026-02-10",
    text: "وفي هذه اللحظة تهبط الطائرة، وفي هذه اللحظات الصعبة نقف معا.",
    expect: [["هذه اللحظة", "2026-02-10", "day"]],
  },
  {
    why: "حالا is now, but 'better off' and 'a state of' are the noun",
    ref: "2026-02-10",
    text: "طلب منهم المغادرة حالاً، فالقرية ليست أفضل حالا وتعيش حالا من القلق.",
    expect: [["حالاً", "2026-02-10", "day"]],
  },
  {
    why: "spoken words for now; في ذلك الحين is 'then'",
    ref: "2026-02-10",
    text: "أنا دلوقتي في الشغل، وفي ذلك الحين ما كنت هون.",
    expect: [["دلوقتي", "2026-02-10", "day"]],
  },
  {
    why: "Alain (آلان) folds like الآن but is a name; من الآن فصاعدا is 'henceforth'",
    ref: "2026-02-10",
    text: "وقال آلان إن الحزب لن يشارك من الآن فصاعدا في الحكومة.",
    expect: [],
  },
  // a weekday before an ordinal day in words (1st–5th) of a month
  {
    why: "the weekday and the day disagree (3 Sept 2014 is a Wednesday): the third Tuesday",
    ref: "2026-02-10",
    text: "وانطلقت البطولة يوم الثلاثاء الثالث من شهر أيلول 2014 في الدوحة.",
    expect: [["الثلاثاء الثالث من شهر أيلول 2014", "2014-09-16", "day"]],
  },
  {
    why: "the weekday and the day agree (2 Sept 2014 is a Tuesday): the date",
    ref: "2026-02-10",
    text: "وانطلقت البطولة الثلاثاء الثاني من سبتمبر 2014.",
    expect: [["الثلاثاء الثاني من سبتمبر 2014", "2014-09-02", "day"]],
  },
  {
    why: "no year: the month's year by the tense, then the same test (4 May 2026 is a Monday)",
    ref: "2026-02-10",
    text: "وستعقد الجمعية العمومية اجتماعها الخميس الرابع من مايو.",
    expect: [["الخميس الرابع من مايو", "2026-05-28", "day"]],
  },
  {
    why: "after a comma or الموافق the ordinal is the date, and a wrong weekday is reported",
    ref: "2026-02-10",
    text: "وعقدت الجلسة الثلاثاء، الثالث من سبتمبر 2014، وسط إجراءات مشددة.",
    expect: [["الثلاثاء، الثالث من سبتمبر 2014", "2014-09-03", "day"]],
  },
  // the n-th weekday after or before a named day
  {
    why: "counted from Christmas 2014 (a Thursday), which itself does not count: 30 Dec, 6 Jan, 13 Jan",
    ref: "2026-02-10",
    text: "وجرت الانتخابات في ثالث ثلاثاء بعد عيد الميلاد 2014.",
    expect: [["ثالث ثلاثاء بعد عيد الميلاد 2014", "2015-01-13", "day"]],
  },
  {
    why: "the ordinal after the weekday, a feast without a year resolved by the tense",
    ref: "2026-02-10",
    text: "وسيستأنف البرلمان جلساته الجمعة الأولى بعد عيد الفطر.",
    expect: [["الجمعة الأولى بعد عيد الفطر", "2026-03-27", "day"]],
  },
  {
    why: "آخر … قبل is the nearest such weekday before the day",
    ref: "2026-02-10",
    text: "ويقام السوق الخيري آخر سبت قبل 25 ديسمبر 2026.",
    expect: [["آخر سبت قبل 25 ديسمبر 2026", "2026-12-19", "day"]],
  },
  // open and mixed ranges
  {
    why: "منذ opens a range like من; an open end (اليوم) takes the start's grain: years up to ref's",
    ref: "2026-02-10",
    text: "وتراجع عدد السكان منذ 2014 وحتى اليوم بنحو الربع.",
    expect: [["منذ 2014 وحتى اليوم", "2014/2026", "year"]],
  },
  {
    why: "حتى الآن closes a range at ref; after a month the end is ref's month",
    ref: "2026-02-10",
    text: "وارتفعت الأسعار من يونيو 2023 حتى الآن دون توقف.",
    expect: [["من يونيو 2023 حتى الآن", "2023-06/2026-02", "month"]],
  },
  {
    why: "a day and the end of the month: the edge becomes the month's last day",
    ref: "2026-02-10",
    text: "ويستمر التخفيض من اليوم وحتى نهاية الشهر في كل الفروع.",
    expect: [["من اليوم وحتى نهاية الشهر", "2026-02-10/2026-02-28", "day"]],
  },
  {
    why: "أول + month is its 1st, آخر + month as a range end its last day; the start borrows the end's year",
    ref: "2026-02-10",
    text: "ويمتد الموسم الزراعي من أول نوفمبر حتى آخر مارس.",
    expect: [["من أول نوفمبر حتى آخر مارس", "2025-11-01/2026-03-31", "day"]],
  },
  {
    why: "a year-less part at the start borrows the end's year (April before June)",
    ref: "2025-11-25",
    text: "وتُغلق الحديقة من منتصف أبريل إلى نهاية يونيو.",
    expect: [["من منتصف أبريل إلى نهاية يونيو", "2025-04/2025-06", "part-of-month"]],
  },
  {
    why: "منذ with no closer stays a point; منذ … حتى + a verb is no range",
    ref: "2026-02-10",
    text: "يعمل في المصنع منذ عام 2011 حتى أصبح مديرا له.",
    expect: [["عام 2011", "2011", "year"]],
  },
  // منذ + count after a feminine perfect of a ت- form
  {
    why: "a feminine perfect تفعّلت before منذ makes 'N years ago' a point",
    ref: "2026-02-10",
    text: "ووالدته توفيت منذ ثلاثة أعوام في المستشفى نفسه.",
    expect: [["منذ ثلاثة أعوام", "2023", "year"]],
  },
  {
    why: "a present ت- verb stays a duration, also after إنها",
    ref: "2026-02-10",
    text: "وقالت إنها تعيش في المخيم منذ ثلاثة أعوام مع أطفالها.",
    expect: [["ثلاثة أعوام", "P3Y", "duration"]],
  },
  {
    why: "a present ت- verb with no past cue stays a duration",
    ref: "2026-02-10",
    text: "العائلة تعيش في هذا الحي منذ ثلاثة أعوام.",
    expect: [["ثلاثة أعوام", "P3Y", "duration"]],
  },
  {
    why: "a noun of the same shape (التصويت, توقيت) is no past verb",
    ref: "2026-02-10",
    text: "وهذا أول تصويت منذ خمسة أعوام.",
    expect: [["خمسة أعوام", "P5Y", "duration"]],
  },
  {
    why: "a weekday up to today: the latest such weekday before ref (2026-02-10 is a Tuesday)",
    ref: "2026-02-10",
    text: "وتتواصل الإضرابات منذ السبت وحتى اليوم في الموانئ.",
    expect: [["منذ السبت وحتى اليوم", "2026-02-07/2026-02-10", "day"]],
  },
];
