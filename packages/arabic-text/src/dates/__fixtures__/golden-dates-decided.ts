import type { GoldenCase } from "./golden-dates.js";

/**
 * Golden cases for the known gaps closed in session 5: a decided plan announced with a past
 * verb, quoted relative days dated by the speech day, year-less slash ranges across the new
 * year, and school, fiscal and sports years that are not the calendar year. Written for this
 * project; none is taken from the evaluation splits or from web pages.
 */
export const GOLDEN_DATES_DECIDED: GoldenCase[] = [
  // A past verb of deciding + the verbal noun of a planned action: the period is not past.
  {
    why: "a suspension announced with a past verb is the coming one, not last year's",
    ref: "2024-02-06",
    text: "وأعلنت وزارة التربية تعطيل الدراسة في جميع المدارس من 8 إلى 10 شباط بسبب الثلوج.",
    expect: [["من 8 إلى 10 شباط", "2024-02-08/2024-02-10", "day"]],
  },
  {
    why: "قرر + إغلاق: the closure days are the nearest ones, not the previous year's",
    ref: "2023-01-11",
    text: "وقررت البلدية إغلاق السوق القديم يومي 14 و15 يناير لأعمال الصيانة.",
    expect: [["يومي 14 و15 يناير", "2023-01-14/2023-01-15"]],
  },
  {
    why: "دعا إلى + a strike: the called strike is ahead",
    ref: "2025-03-01",
    text: "ودعت النقابات العمالية إلى إضراب شامل في 12 مارس احتجاجا على الأسعار.",
    expect: [["12 مارس", "2025-03-12"]],
  },
  {
    why: "a decision reported afterwards: the nearest occurrence, still not a year back",
    ref: "2025-01-20",
    text: "وكانت السلطات قد أعلنت تعطيل الدوام يومي 3 و4 يناير بسبب العاصفة.",
    expect: [["يومي 3 و4 يناير", "2025-01-03/2025-01-04"]],
  },
  {
    why: "a date between the verb and the verbal noun dates the announcement: past",
    ref: "2024-11-20",
    text: "وأعلنت الحكومة في 2 نوفمبر تعطيل الدوام لمدة أسبوع.",
    expect: [
      ["2 نوفمبر", "2024-11-02"],
      ["أسبوع", "P1W", "duration"],
    ],
  },
  {
    why: "a past verb with no planned action keeps the past reading",
    ref: "2025-02-10",
    text: "وأعلنت الشركة أرباحها السنوية في 20 ديسمبر.",
    expect: [["20 ديسمبر", "2024-12-20"]],
  },
  // School, fiscal, sports and judicial years are not the calendar year.
  {
    why: "امتحانات نهاية العام names the school year's exams, not the calendar year's end",
    ref: "2024-04-10",
    text: "وأعلنت المديرية مواعيد امتحانات نهاية العام لطلاب المرحلة الإعدادية.",
    expect: [],
  },
  {
    why: "اختبارات منتصف السنة: mid-year exams of the school year",
    ref: "2024-04-10",
    text: "وتجرى اختبارات منتصف السنة بعد عطلة الشتاء مباشرة.",
    expect: [],
  },
  {
    why: "هذا العام الدراسي is the school year, not this calendar year",
    ref: "2024-04-10",
    text: "وقالت الوزارة إن الكتب ستوزع قبل بداية هذا العام الدراسي.",
    expect: [],
  },
  {
    why: "العام المالي الحالي is the fiscal year",
    ref: "2024-04-10",
    text: "وتراجعت الإيرادات خلال العام المالي الحالي بنسبة 4 في المئة.",
    expect: [],
  },
  {
    why: "the sports season is no calendar period",
    ref: "2024-04-10",
    text: "ويستأنف النادي تدريباته استعدادا للموسم الرياضي المقبل.",
    expect: [],
  },
  {
    why: "the judicial year is not dated; the month after it is",
    ref: "2024-09-01",
    text: "وتبدأ السنة القضائية الجديدة مطلع أكتوبر.",
    expect: [["مطلع أكتوبر", "2024-10", "part-of-month", "start"]],
  },
  {
    why: "a bare نهاية العام with no exam noun stays the calendar year's end",
    ref: "2024-04-10",
    text: "وتنتهي المهلة الممنوحة للشركات في نهاية العام.",
    expect: [["نهاية العام", "2024", "part-of-year", "end"]],
  },
  {
    why: "the glued Levantine هالسنة before الدراسية is the school year too",
    ref: "2024-04-10",
    text: "وارتفعت الأسعار هالسنة الدراسية بشكل كبير.",
    expect: [],
  },
  // Year-less slashed days after من/بين: a day range, across the new year too.
  {
    why: "من D/M حتى D/M across the new year: the start is in the year before the end's",
    ref: "2024-12-15",
    text: "وتستضيف المدينة مهرجان الشتاء من 27/12 حتى 5/1 بمشاركة فرق محلية.",
    expect: [["من 27/12 حتى 5/1", "2024-12-27/2025-01-05", "day"]],
  },
  {
    why: "بين D/M وD/M, the conjunction glued to the second day",
    ref: "2023-12-01",
    text: "ويغلق المتحف أبوابه للصيانة بين 30/12 و4/1.",
    expect: [["بين 30/12 و4/1", "2023-12-30/2024-01-04", "day"]],
  },
  {
    why: "a forward slashed range inside one year",
    ref: "2025-05-02",
    text: "وتستمر حملة التطعيم من 10/5 إلى 25/5 في المراكز الصحية.",
    expect: [["من 10/5 إلى 25/5", "2025-05-10/2025-05-25", "day"]],
  },
  {
    why: "two proper fractions are shares, not days",
    ref: "2025-05-02",
    text: "وارتفعت نسبة المشاركة من 1/4 إلى 3/4 من الناخبين.",
    expect: [],
  },
  {
    why: "a past slashed range with no tense cue is the nearest one as a whole",
    ref: "2026-01-15",
    text: "واستمرت العطلة الرسمية من 20/12 حتى 6/1 وفق التقويم المعتمد.",
    expect: [["من 20/12 حتى 6/1", "2025-12-20/2026-01-06", "day"]],
  },
  {
    why: "the end's year, written on the end alone, goes back a year for a later start month",
    ref: "2026-12-01",
    text: "ويفتح باب الترشح من 28/12 حتى 10/1/2027 عبر المنصة الإلكترونية.",
    expect: [["من 28/12 حتى 10/1/2027", "2026-12-28/2027-01-10", "day"]],
  },
  // A quotation whose speech day the sentence gives: its relative days count from that day.
  {
    why: "«اليوم» in the quote of a speaker who spoke yesterday is yesterday",
    ref: "2025-03-12",
    text: "وقال رئيس الوزراء أمس في مؤتمر صحفي: «سنعلن التشكيلة الحكومية اليوم».",
    expect: [
      ["أمس", "2025-03-11"],
      ["اليوم", "2025-03-11"],
    ],
  },
  {
    why: "a quote in straight quotes after أول أمس: its tomorrow is yesterday",
    ref: "2025-03-12",
    text: 'وأكدت المتحدثة باسم الخارجية أول أمس: "الوفد يصل غداً إلى موسكو".',
    expect: [
      ["أول أمس", "2025-03-10"],
      ["غداً", "2025-03-11"],
    ],
  },
  {
    why: "a quote after a colon, dated by a weekday of the reporting verb",
    ref: "2025-03-13",
    text: "وصرح المحافظ الثلاثاء: تبدأ أعمال الصيانة اليوم في الطريق الدولي.",
    expect: [
      ["الثلاثاء", "2025-03-11"],
      ["اليوم", "2025-03-11"],
    ],
  },
  {
    why: "every relative day of the quote counts from the speech day",
    ref: "2025-03-12",
    text: "وقال المدرب أمس: «نتدرب اليوم ونسافر بعد غد».",
    expect: [
      ["أمس", "2025-03-11"],
      ["اليوم", "2025-03-11"],
      ["بعد غد", "2025-03-13"],
    ],
  },
  {
    why: "a quote with no speech day in its sentence keeps the publication day",
    ref: "2025-03-12",
    text: "وصل الوفد أمس. وقال رئيسه: «نبدأ المحادثات اليوم».",
    expect: [
      ["أمس", "2025-03-11"],
      ["اليوم", "2025-03-12"],
    ],
  },
  {
    why: "after the quote closes, اليوم is the publication day again",
    ref: "2025-03-12",
    text: "وقال الوزير أمس: «الاجتماع مهم»، فيما تبدأ الجلسة اليوم.",
    expect: [
      ["أمس", "2025-03-11"],
      ["اليوم", "2025-03-12"],
    ],
  },
  {
    why: "reported speech after إن is not a quotation: the writer's today",
    ref: "2025-03-12",
    text: "وقال الوزير أمس إن اللجنة تنهي عملها اليوم.",
    expect: [
      ["أمس", "2025-03-11"],
      ["اليوم", "2025-03-12"],
    ],
  },
  // A sentence about another time: a year-less month or day takes the year of its story.
  {
    why: "a year-less month after a full date of another year in the same sentence is that year's",
    ref: "2024-05-10",
    text: "وتأسست المنظمة في 7 أكتوبر 2002، وفي نوفمبر عقد مجلسها أول اجتماع.",
    expect: [
      ["7 أكتوبر 2002", "2002-10-07"],
      ["نوفمبر", "2002-11"],
    ],
  },
  {
    why: "the story's nearest occurrence may fall in the next year",
    ref: "2024-05-10",
    text: "وبدأ الحصار في 20 نوفمبر 1995 ورُفع في 2 فبراير بعد مفاوضات طويلة.",
    expect: [
      ["20 نوفمبر 1995", "1995-11-20"],
      ["2 فبراير", "1996-02-02"],
    ],
  },
  {
    why: "a year written alone sets the year of a month in its sentence",
    ref: "2024-05-10",
    text: "واندلعت الحرب عام 1980، وفي سبتمبر أغلقت الحدود البرية.",
    expect: [
      ["عام 1980", "1980"],
      ["سبتمبر", "1980-09"],
    ],
  },
  {
    why: "the story's year does not cross a sentence end",
    ref: "2024-05-10",
    text: "وسقطت الحكومة في 12 مارس 2011. وفي أبريل تشكلت حكومة جديدة.",
    expect: [
      ["12 مارس 2011", "2011-03-12"],
      ["أبريل", "2024-04"],
    ],
  },
  {
    why: "a written year close to ref leaves the usual rules in charge",
    ref: "2024-05-10",
    text: "وذكرت الشركة في 3 مارس 2024 أن المصنع سيبدأ الإنتاج في 5 يونيو.",
    expect: [
      ["3 مارس 2024", "2024-03-03"],
      ["5 يونيو", "2024-06-05"],
    ],
  },
  // A day word with its date, a quoted title, the same month of another year.
  {
    why: "أمس followed by its date is one mention: the date",
    ref: "2021-09-14",
    text: "وأكد الوزير للصحفيين أمس 13 سبتمبر أن الحدود ستفتح قريبا.",
    expect: [["أمس 13 سبتمبر", "2021-09-13", "day"]],
  },
  {
    why: "اليوم، then its date after a comma, is one mention",
    ref: "2020-02-03",
    text: "وتنطلق البطولة اليوم، 3 فبراير، في الملعب الأولمبي.",
    expect: [["اليوم، 3 فبراير", "2020-02-03", "day"]],
  },
  {
    why: "«اليوم» quoted alone after a city is the newspaper's credit, not today",
    ref: "2022-06-01",
    text: "الرياض - «اليوم» أعلنت أمانة المنطقة إغلاق الطريق الدائري.",
    expect: [],
  },
  {
    why: "a quotation that begins with اليوم is still today",
    ref: "2022-06-01",
    text: "وقال المدير: «اليوم نفتتح الفرع الجديد».",
    expect: [["اليوم", "2022-06-01"]],
  },
  {
    why: "الشهر نفسه من العام الماضي: the previous date's month, a year earlier",
    ref: "2022-11-10",
    text: "وبلغت الصادرات في أكتوبر 3 مليارات دولار مقابل مليارين في الشهر نفسه من العام الماضي.",
    expect: [
      ["أكتوبر", "2022-10"],
      ["الشهر نفسه من العام الماضي", "2021-10", "month"],
    ],
  },
  {
    why: "نفس الشهر من عام N: the previous date's month in that year",
    ref: "2021-04-15",
    text: "وارتفعت المبيعات في مارس الماضي مقارنة بنفس الشهر من عام 2019.",
    expect: [
      ["مارس الماضي", "2021-03"],
      ["نفس الشهر من عام 2019", "2019-03", "month"],
    ],
  },
  // An age limit is not a duration.
  {
    why: "a team's age group (لأقل من N سنة after منتخب) is an age, not a duration",
    ref: "2024-05-10",
    text: "وفاز منتخب الشباب لأقل من 19 سنة على نظيره الأردني.",
    expect: [],
  },
  {
    why: "دون + a count of years in words is an age",
    ref: "2024-05-10",
    text: "وتشمل حملة التطعيم الأطفال دون خمس سنوات في المناطق الريفية.",
    expect: [],
  },
  {
    why: "أقل من + years with no one whose age it is stays a duration",
    ref: "2024-05-10",
    text: "وأمضى الأسير أقل من عشر سنوات في المعتقل.",
    expect: [["عشر سنوات", "P10Y", "duration"]],
  },
  // Future verbs that begin like a noun (سيف، سيد، سنو، سنت): still future.
  {
    why: "سيفتتح is a future verb, not the noun سيف",
    ref: "2024-05-10",
    text: "وأوضح المدير أن المعرض سيفتتح أبوابه في 12 مارس.",
    expect: [["12 مارس", "2025-03-12"]],
  },
  {
    why: "سنواصل (we will continue) is future, not the noun سنوات",
    ref: "2024-05-10",
    text: "وقال رئيس الوفد: سنواصل المحادثات في 8 مارس.",
    expect: [["8 مارس", "2025-03-08"]],
  },
  {
    why: "the city سيدني is no future verb: the past verb before it decides",
    ref: "2024-05-10",
    text: "ووصل الوفد إلى سيدني في 8 مارس.",
    expect: [["8 مارس", "2024-03-08"]],
  },
  // A reported clause after a dated verb of saying keeps its own tense.
  {
    why: "أعلن … في بيان أمس أن …: the verb six words back still opens a reported clause",
    ref: "2024-05-10",
    text: "وأعلنت الجامعة في بيان صحفي أمس أن حفل التخرج في 3 يونيو.",
    expect: [
      ["أمس", "2024-05-09"],
      ["3 يونيو", "2024-06-03"],
    ],
  },
  {
    why: "a full date between the verb of saying and أن does not hide the verb",
    ref: "2024-05-10",
    text: "وذكرت الوزارة في 3 مايو 2024 أن موعد الانتخابات في 20 يونيو.",
    expect: [
      ["3 مايو 2024", "2024-05-03"],
      ["20 يونيو", "2024-06-20"],
    ],
  },
  // Open ranges that start on a weekday with a direction or a relative week or month.
  {
    why: "a past weekday up to now is one range (ref is a Thursday)",
    ref: "2026-02-12",
    text: "وتتواصل عمليات البحث منذ الاثنين الماضي وحتى الآن.",
    expect: [["منذ الاثنين الماضي وحتى الآن", "2026-02-09/2026-02-12", "day"]],
  },
  {
    why: "last month up to today: a month range, the open end at the start's grain",
    ref: "2026-02-12",
    text: "وتراجعت أسعار الذهب من الشهر الماضي حتى اليوم.",
    expect: [["من الشهر الماضي حتى اليوم", "2026-01/2026-02", "month"]],
  },
  {
    why: "last week up to today: a week range",
    ref: "2026-02-12",
    text: "وتتواصل حملة التلقيح منذ الأسبوع الماضي وحتى اليوم.",
    expect: [["منذ الأسبوع الماضي وحتى اليوم", "2026-W06/2026-W07", "week"]],
  },
  {
    why: "today up to next Saturday: المقبل stays inside the surface",
    ref: "2026-02-12",
    text: "ويستمر إغلاق الطريق من اليوم حتى السبت المقبل.",
    expect: [["من اليوم حتى السبت المقبل", "2026-02-12/2026-02-14", "day"]],
  },
  {
    why: "a past weekday before حتى and no date end stays a day alone",
    ref: "2026-02-12",
    text: "وتغيب اللاعب عن التدريبات من الخميس الماضي حتى عودته من السفر.",
    expect: [["الخميس الماضي", "2026-02-05", "day"]],
  },
  // A quotation attributed after it: the attribution's day is the speech day.
  {
    why: "the attribution after the quote dates it: its tomorrow is today",
    ref: "2025-06-18",
    text: "«سنعلن النتائج النهائية غدا»، قال رئيس اللجنة أمس.",
    expect: [
      ["غدا", "2025-06-18"],
      ["أمس", "2025-06-17"],
    ],
  },
  {
    why: "a weekday in the attribution after the quote is the speech day (ref is a Thursday)",
    ref: "2025-06-19",
    text: "«الطريق يفتح اليوم أمام السيارات»، أوضح المتحدث يوم الثلاثاء.",
    expect: [
      ["اليوم", "2025-06-17"],
      ["الثلاثاء", "2025-06-17"],
    ],
  },
  {
    why: "an attribution with no day keeps the publication day",
    ref: "2025-06-18",
    text: "«نبدأ التدريب اليوم»، قال المدرب.",
    expect: [["اليوم", "2025-06-18"]],
  },
  // The night from one weekday into the next.
  {
    why: "ليل السبت-الأحد is the night into Sunday: the two days (ref is a Tuesday)",
    ref: "2024-08-13",
    text: "وشنت الطائرات غارات ليل السبت-الأحد على مواقع في الريف الشمالي.",
    expect: [["ليل السبت-الأحد", "2024-08-10/2024-08-11"]],
  },
  {
    why: "ليلة الجمعة إلى السبت, joined by إلى",
    ref: "2024-08-13",
    text: "ونفذت القوات عملية أمنية ليلة الجمعة إلى السبت في الحي القديم.",
    expect: [["ليلة الجمعة إلى السبت", "2024-08-09/2024-08-10"]],
  },
  {
    why: "a direction after the pair holds for it",
    ref: "2024-08-13",
    text: "ويبدأ حظر التجول ليل الخميس/الجمعة المقبل.",
    expect: [["ليل الخميس/الجمعة المقبل", "2024-08-15/2024-08-16"]],
  },
  {
    why: "two weekdays that are not consecutive are no night: the night and the day apart",
    ref: "2024-08-13",
    text: "ووقعت انفجارات ليلة الخميس ثم السبت في الضاحية.",
    expect: [
      ["ليلة الخميس", "2024-08-08"],
      ["السبت", "2024-08-10"],
    ],
  },
  // A past-verb shape after a preposition is a verbal noun.
  {
    why: "من تسلم: تسلم after a preposition is the noun 'taking over', no past cue",
    ref: "2025-12-20",
    text: "ويأتي ذلك قبل يومين من تسلم كازاخستان رئاسة المجموعة في 1 يناير.",
    expect: [
      ["يومين", "P2D", "duration"],
      ["1 يناير", "2026-01-01"],
    ],
  },
  // A quotation carried on by وأضاف/وتابع takes the day of the speech it continues.
  {
    why: "وأضاف: «…غدا» continues yesterday's statement: its tomorrow is today",
    ref: "2024-10-17",
    text: "وقال وزير الخارجية أمس الأربعاء إن المحادثات كانت صريحة. وأضاف: «سنلتقي مجددا غدا في جنيف».",
    expect: [
      ["أمس الأربعاء", "2024-10-16"],
      ["غدا", "2024-10-17"],
    ],
  },
  {
    why: "another day mentioned since ends the continued speech: the publication day again",
    ref: "2024-10-17",
    text: "وقال الوزير أمس إن الوفد وصل. وكان الوفد قد غادر موسكو الأحد. وأضاف: «نبدأ العمل اليوم».",
    expect: [
      ["أمس", "2024-10-16"],
      ["الأحد", "2024-10-13"],
      ["اليوم", "2024-10-17"],
    ],
  },
];
