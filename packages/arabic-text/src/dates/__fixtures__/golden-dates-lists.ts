import type { GoldenCase } from "./golden-dates.js";

/**
 * Golden cases for ranges, coordinated lists, edition years and "N years ago", written for
 * this project (none copied from articles, from other parsers' corpora or from the evaluation
 * splits). Same shape as GOLDEN_DATES.
 */
export const GOLDEN_DATES_LISTS: GoldenCase[] = [
  // Coordination is not a range
  {
    why: "two days after يومي share the month written once",
    ref: "2025-04-10",
    text: "وتُجرى الجولة الثانية يومي 4 و12 مايو في العاصمة.",
    expect: [
      ["يومي 4", "2025-05-04", "day"],
      ["12 مايو", "2025-05-12", "day"],
    ],
  },
  {
    why: "two consecutive days after the dual يومي stay one two-day span",
    ref: "2025-04-10",
    text: "وتستضيف الدوحة المنتدى يومي 20 و21 أكتوبر المقبل.",
    expect: [["يومي 20 و21 أكتوبر المقبل", "2025-10-20/2025-10-21", "day"]],
  },
  {
    why: "two years after عامي are two years, not a range",
    ref: "2025-04-10",
    text: "وتوّج الفريق باللقب عامي 2016 و2018.",
    expect: [
      ["عامي 2016", "2016", "year"],
      ["2018", "2018", "year"],
    ],
  },
  {
    why: "years listed with a comma",
    ref: "2025-04-10",
    text: "وأجريت الانتخابات في عامي 2008، 2013 وسط مقاطعة.",
    expect: [
      ["عامي 2008", "2008", "year"],
      ["2013", "2013", "year"],
    ],
  },
  {
    why: "three days after أيام share month and year",
    ref: "2025-04-10",
    text: "وتتواصل الورش أيام 8 و9 و10 يونيو 2026 في عمان.",
    expect: [
      ["أيام 8", "2026-06-08", "day"],
      ["9", "2026-06-09", "day"],
      ["10 يونيو 2026", "2026-06-10", "day"],
    ],
  },
  {
    why: "a list of days without a head noun",
    ref: "2025-04-10",
    text: "وزار الوزير الرياض في 2 و17 فبراير 2024.",
    expect: [
      ["2", "2024-02-02", "day"],
      ["17 فبراير 2024", "2024-02-17", "day"],
    ],
  },
  {
    why: "weekdays after يومي share the direction",
    ref: "2025-04-10",
    text: "وتُعقد الجلسات يومي السبت والاثنين المقبلين.",
    expect: [
      ["يومي السبت", "2025-04-12", "day"],
      ["الاثنين المقبلين", "2025-04-14", "day"],
    ],
  },
  {
    why: "months share the year; December before January takes the year before",
    ref: "2025-04-10",
    text: "وسجلت الأسعار ارتفاعا في شهري ديسمبر ويناير 2025.",
    expect: [
      ["شهري ديسمبر", "2024-12", "month"],
      ["يناير 2025", "2025-01", "month"],
    ],
  },
  {
    why: "بين … و is still a range",
    ref: "2025-04-10",
    text: "وارتفع الإنتاج بين عامي 2017 و2022 بنسبة كبيرة.",
    expect: [["بين عامي 2017 و2022", "2017/2022", "year"]],
  },
  {
    why: "two numbers with no month are no dates",
    ref: "2025-04-10",
    text: "وتراوح عدد المشاركين بين 3 و5 آلاف شخص.",
    expect: [],
  },
  // Ranges that start on a month, or join months
  {
    why: "the month written before a day range",
    ref: "2025-04-10",
    text: "ويُعقد المعرض مايو 12-16 في مركز المؤتمرات.",
    expect: [["مايو 12-16", "2025-05-12/2025-05-16", "day"]],
  },
  {
    why: "a day range closed by إلى without من",
    ref: "2025-04-10",
    text: "وتتواصل الامتحانات 22 إلى 26 حزيران المقبل.",
    expect: [["22 إلى 26 حزيران المقبل", "2025-06-22/2025-06-26", "day"]],
  },
  {
    why: "a dash between two paired month names shares the year",
    ref: "2025-04-10",
    text: "وشهدت الفترة أيلول/سبتمبر – تشرين الأول/أكتوبر 2024 موجة نزوح.",
    expect: [["أيلول/سبتمبر – تشرين الأول/أكتوبر 2024", "2024-09/2024-10", "month"]],
  },
  {
    why: "بين two months, the second glued to و",
    ref: "2025-04-10",
    text: "وتراجعت الصادرات بين فبراير وأبريل 2023.",
    expect: [["بين فبراير وأبريل 2023", "2023-02/2023-04", "month"]],
  },
  {
    why: "a forward weekday range said after its first day moves to next week",
    ref: "2025-04-11",
    text: "وتُغلق الحدود من الخميس إلى السبت المقبلين.",
    expect: [["من الخميس إلى السبت المقبلين", "2025-04-17/2025-04-19", "day"]],
  },
  {
    why: "يوم before both day numbers and a spoken ل closer",
    ref: "2025-04-10",
    text: "والتسجيل مفتوح من يوم 3 لغاية يوم 8 مايو، والزيارات من 10 لـ 12 مايو.",
    expect: [
      ["من يوم 3 لغاية يوم 8 مايو", "2025-05-03/2025-05-08", "day"],
      ["من 10 لـ 12 مايو", "2025-05-10/2025-05-12", "day"],
    ],
  },
  // Weeks of a month
  {
    why: "the last full week of the current month",
    ref: "2025-04-10",
    text: "وتُصرف المنح في آخر أسبوع من الشهر.",
    expect: [["آخر أسبوع من الشهر", "2025-W17", "week"]],
  },
  {
    why: "the first full week of a named month and year",
    ref: "2025-04-10",
    text: "وتنطلق الحملة في الأسبوع الأول من يونيو 2025.",
    expect: [["الأسبوع الأول من يونيو 2025", "2025-W23", "week"]],
  },
  {
    why: "days of one Hijri month are counted back from the resolved end",
    ref: "2025-11-20",
    text: "وتُنظم المسابقة من 11 إلى 14 شعبان 1447 هـ.",
    expect: [["من 11 إلى 14 شعبان 1447 هـ", "2026-01-30/2026-02-02", "day"]],
  },
  {
    why: "a school year written with a slash",
    ref: "2025-11-20",
    text: "وأعلنت الوزارة تقويم العام الدراسي 2025/2026 أمس.",
    expect: [
      ["2025/2026", "2025/2026", "year"],
      ["أمس", "2025-11-19", "day"],
    ],
  },
  {
    why: "a sports season with a two-digit second year",
    ref: "2025-11-20",
    text: "وأنهى النادي موسم 2022-23 في المركز الثالث.",
    expect: [["2022-23", "2022/2023", "year"]],
  },
  {
    why: "a dash between two days of different months",
    ref: "2025-11-20",
    text: "وتُعقد الورشة 29 يناير – 2 فبراير 2026 في الرباط.",
    expect: [["29 يناير – 2 فبراير 2026", "2026-01-29/2026-02-02", "day"]],
  },
  {
    why: "weekdays before both ends of a day range",
    ref: "2025-11-20",
    text: "ويُفتح المعرض من الجمعة 5 إلى الأحد 7 ديسمبر.",
    expect: [["من الجمعة 5 إلى الأحد 7 ديسمبر", "2025-12-05/2025-12-07", "day"]],
  },
  {
    why: "منه repeats the month of the first end",
    ref: "2025-11-20",
    text: "وتستمر الحملة من 2 فبراير حتى 9 منه.",
    expect: [["من 2 فبراير حتى 9 منه", "2026-02-02/2026-02-09", "day"]],
  },
  {
    why: "a relative year closes a range of years",
    ref: "2025-11-20",
    text: "وتراجعت الصادرات من عام 2019 حتى العام الماضي.",
    expect: [["من عام 2019 حتى العام الماضي", "2019/2024", "year"]],
  },
  {
    why: "تاريخ before numeric ends",
    ref: "2025-11-20",
    text: "ويسري العقد من تاريخ 1/3/2026 إلى تاريخ 28/2/2027.",
    expect: [["من تاريخ 1/3/2026 إلى تاريخ 28/2/2027", "2026-03-01/2027-02-28", "day"]],
  },
  {
    why: "two relative days",
    ref: "2025-11-20",
    text: "واستمرت الاشتباكات من أمس إلى اليوم.",
    expect: [["من أمس إلى اليوم", "2025-11-19/2025-11-20", "day"]],
  },
  {
    why: "a day and a time at both ends",
    ref: "2025-11-20",
    text: "ويتوقف البث من 3 ديسمبر الساعة 22:00 إلى 4 ديسمبر الساعة 06:00.",
    expect: [["من 3 ديسمبر الساعة 22:00 إلى 4 ديسمبر الساعة 06:00", "2025-12-03T22:00/2025-12-04T06:00", "minute"]],
  },
  {
    why: "an ISO week by its number",
    ref: "2025-11-20",
    text: "وتبدأ الحملة في الأسبوع 41 من عام 2026.",
    expect: [["الأسبوع 41 من عام 2026", "2026-W41", "week"]],
  },
  // Ranges of clock times
  {
    why: "a bare hour closes a range opened by a clock time",
    ref: "2025-04-10",
    text: "ويستقبل المكتب المراجعين من الساعة 8 حتى 12 يوميا.",
    expect: [["من الساعة 8 حتى 12", "T08:00/T12:00", "time"]],
  },
  {
    why: "the half of the day written on the end holds for the start",
    ref: "2025-04-10",
    text: "وتستمر الفعالية من الساعة 5 إلى الساعة 7 مساء.",
    expect: [["من الساعة 5 إلى الساعة 7 مساء", "T17:00/T19:00", "time"]],
  },
  {
    why: "a day followed by a range of hours is a range of minutes on that day",
    ref: "2025-04-10",
    text: "ويُفتح باب التسجيل السبت من الساعة العاشرة حتى الساعة الثانية ظهرا.",
    expect: [["السبت من الساعة العاشرة حتى الساعة الثانية ظهرا", "2025-04-12T10:00/2025-04-12T14:00", "minute"]],
  },
  // "N years ago" with منذ
  {
    why: "منذ + count after a past verb is a point",
    ref: "2025-04-10",
    text: "وكان الطرفان قد وقعا الاتفاق منذ أربع سنوات في جنيف.",
    expect: [["منذ أربع سنوات", "2021", "year"]],
  },
  {
    why: "منذ + count followed by وهو is a span still running",
    ref: "2025-04-10",
    text: "منذ خمس سنوات وهو يطالب بالإفراج عن أخيه.",
    expect: [["خمس سنوات", "P5Y", "duration"]],
  },
  {
    why: "منذ + count with a present verb stays a duration",
    ref: "2025-04-10",
    text: "ويقيم اللاجئون في المخيم منذ ستة أشهر.",
    expect: [["ستة أشهر", "P6M", "duration"]],
  },
  {
    why: "an imperfect verb before منذ keeps the duration even after a reporting verb",
    ref: "2025-04-10",
    text: "وقال إنه يدرّس في الجامعة منذ اثني عشر عاما.",
    expect: [["اثني عشر عاما", "P12Y", "duration"]],
  },
  {
    why: "a number before مليون after an edition noun is an amount",
    ref: "2025-04-10",
    text: "وبلغت موازنة الصحة 2026 مليون دينار.",
    expect: [],
  },
  {
    why: "weekdays after يومي, then their days",
    ref: "2025-11-20",
    text: "وتُجرى الجولة الأولى يومي الجمعة والسبت 5 و6 ديسمبر.",
    expect: [
      ["يومي الجمعة والسبت 5", "2025-12-05", "day"],
      ["6 ديسمبر", "2025-12-06", "day"],
    ],
  },
  {
    why: "two years after في",
    ref: "2025-11-20",
    text: "وتراجع الإنتاج في 2015 و2016 بسبب الجفاف.",
    expect: [
      ["2015", "2015", "year"],
      ["2016", "2016", "year"],
    ],
  },
  // Edition and period nouns
  {
    why: "a bare year after an edition noun",
    ref: "2025-04-10",
    text: "وشارك الوفد في مؤتمر 2023 للمناخ.",
    expect: [["2023", "2023", "year"]],
  },
  {
    why: "a budget names a year",
    ref: "2025-04-10",
    text: "وأقر المجلس موازنة 2026 بعد نقاش طويل.",
    expect: [["2026", "2026", "year"]],
  },
  {
    why: "a year in brackets after a named edition",
    ref: "2025-04-10",
    text: "وحصلت العداءة على فضية أولمبياد باريس (2024).",
    expect: [["2024", "2024", "year"]],
  },
  {
    why: "one word between the edition noun and the year",
    ref: "2025-04-10",
    text: "ويستعد المنتخب لكأس العالم 2026 بمعسكر مغلق.",
    expect: [["2026", "2026", "year"]],
  },
  {
    why: "a number followed by an accusative counted noun is a count",
    ref: "2025-04-10",
    text: "وحضر المؤتمر 2025 مشاركا من عشرين دولة.",
    expect: [],
  },
  {
    why: "a count of votes after بـ is no year",
    ref: "2025-04-10",
    text: "وفاز المرشح بـ 2031 صوتا فقط.",
    expect: [],
  },
];
