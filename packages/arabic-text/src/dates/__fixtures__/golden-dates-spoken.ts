import type { GoldenCase } from "./golden-dates.js";

/**
 * Golden cases for spoken and broadcast Arabic (clock times in words, dialect day words,
 * month numbers, "اللي جاي / اللي فات"), written for this project; none is taken from the
 * evaluation splits or from web pages.
 */
export const GOLDEN_DATES_SPOKEN: GoldenCase[] = [
  // clock times
  {
    why: "a spoken hour after الساعة with a half and a part of the day",
    ref: "2026-04-06",
    text: "الجلسة بتبدأ الساعة أربعة ونص العصر في القاعة الكبيرة.",
    expect: [["الساعة أربعة ونص العصر", "T16:30", "time"]],
  },
  {
    why: "إلا ربع counts back from a night hour",
    ref: "2026-04-06",
    text: "آخر قطار بيطلع الساعة عشرة إلا ربع بالليل.",
    expect: [["الساعة عشرة إلا ربع بالليل", "T21:45", "time"]],
  },
  {
    why: "minutes in words with دقيقة after an ordinal hour, then the morning",
    ref: "2026-04-06",
    text: "وأقلعت الطائرة في الساعة التاسعة وسبع دقائق صباحا.",
    expect: [["الساعة التاسعة وسبع دقائق صباحا", "T09:07", "time"]],
  },
  {
    why: "بعد الظهر moves an early hour to the afternoon",
    ref: "2026-04-06",
    text: "نلتقي الساعة 2 بعد الظهر قرب المحطة.",
    expect: [["الساعة 2 بعد الظهر", "T14:00", "time"]],
  },
  {
    why: "قبل المغرب is late afternoon",
    ref: "2026-04-06",
    text: "بنرجع البيت الساعة ستة قبل المغرب.",
    expect: [["الساعة ستة قبل المغرب", "T18:00", "time"]],
  },
  {
    why: "a spoken count with a fraction and no hour noun is no time",
    ref: "2026-04-06",
    text: "ارتفع عدد الزوار إلى ثلاثة ونص مليون هذا الموسم.",
    expect: [],
  },
  {
    why: "a spoken tomorrow joined to its hour and part of the day",
    ref: "2026-04-06",
    text: "بكره الساعة سبعة الصبح لازم نكون بالمطار.",
    expect: [["بكره الساعة سبعة الصبح", "2026-04-07T07:00", "minute"]],
  },
  {
    why: "an evening day part before the day fixes the half of a bare hour",
    ref: "2026-04-06",
    text: "ويلقي الوزير كلمته مساء الخميس عند الساعة التاسعة.",
    expect: [["مساء الخميس عند الساعة التاسعة", "2026-04-09T21:00", "minute"]],
  },
  {
    why: "الليلة after an hour dates it today",
    ref: "2026-04-06",
    text: "الحلقة الجديدة الساعة تسعة الليلة.",
    expect: [["الساعة تسعة الليلة", "2026-04-06T21:00", "minute"]],
  },
  {
    why: "a part of the day between the day and its hour",
    ref: "2026-04-06",
    text: "امبارح بالليل الساعة حداشر سمعنا صوت انفجار.",
    expect: [["امبارح بالليل الساعة حداشر", "2026-04-05T23:00", "minute"]],
  },
  // spoken day words
  {
    why: "Gulf باچر is tomorrow and عقب باچر the day after",
    ref: "2026-04-06",
    text: "باچر نجهز الأغراض وعقب باچر نسافر.",
    expect: [
      ["باچر", "2026-04-07", "day"],
      ["عقب باچر", "2026-04-08", "day"],
    ],
  },
  {
    why: "Levantine مبارح and أول مبارح",
    ref: "2026-04-06",
    text: "مبارح اتصل فيي، وأول مبارح كان عندنا.",
    expect: [
      ["مبارح", "2026-04-05", "day"],
      ["أول مبارح", "2026-04-04", "day"],
    ],
  },
  {
    why: "Egyptian النهارده is today",
    ref: "2026-04-06",
    text: "النهارده الجو حلو.",
    expect: [["النهارده", "2026-04-06", "day"]],
  },
  {
    why: "the spoken relative clause after a weekday and a period",
    ref: "2026-04-06",
    text: "يوم السبت اللي فات قررنا نأجل السفر إلى الشهر اللي جاي.",
    expect: [
      ["السبت اللي فات", "2026-04-04", "day"],
      ["الشهر اللي جاي", "2026-05", "month"],
    ],
  },
  {
    why: "الحد is Sunday only after يوم/نهار or before a direction",
    ref: "2026-04-06",
    text: "نهار الحد الجاي نزوروكم، والحد من التلوث مسؤولية الجميع.",
    expect: [["الحد الجاي", "2026-04-12", "day"]],
  },
  {
    why: "هالسنة and السنة دي are this year",
    ref: "2026-04-06",
    text: "هالسنة المطر كان قليل، والسنة دي كمان.",
    expect: [
      ["هالسنة", "2026", "year"],
      ["السنة دي", "2026", "year"],
    ],
  },
  {
    why: "a month by its number after شهر, with a spoken direction",
    ref: "2026-04-06",
    text: "خلصنا البناء بشهر 2 اللي فات وبنفتح بشهر تسعة.",
    expect: [
      ["شهر 2 اللي فات", "2026-02", "month"],
      ["شهر تسعة", "2026-09", "month"],
    ],
  },
  {
    why: "شهر followed by a count of times is a duration, not a month",
    ref: "2026-04-06",
    text: "زرناهم خلال شهر 3 مرات.",
    expect: [["شهر", "P1M", "duration"]],
  },
  {
    why: "spoken من + a dual unit counts back; من + a count does not",
    ref: "2026-04-06",
    text: "من يومين وصلت الرسالة، والبرنامج يتكون من ثلاثة أيام.",
    expect: [
      ["من يومين", "2026-04-04", "day"],
      ["ثلاثة أيام", "P3D", "duration"],
    ],
  },
  {
    why: "the Egyptian هـ future picks the coming occurrence",
    ref: "2026-04-06",
    text: "هنسافر في أغسطس.",
    expect: [["أغسطس", "2026-08", "month"]],
  },

  // ranges and coordination
  {
    why: "coordination is not a range: two separate days share the month written once",
    ref: "2026-04-06",
    text: "وتجري القرعة يومي 12 و19 يونيو.",
    expect: [
      ["يومي 12", "2026-06-12", "day"],
      ["19 يونيو", "2026-06-19", "day"],
    ],
  },
  {
    why: "two consecutive days after يومي stay one two-day span",
    ref: "2026-04-06",
    text: "ويعقد المؤتمر يومي 20 و21 مايو.",
    expect: [["يومي 20 و21 مايو", "2026-05-20/2026-05-21", "day"]],
  },
  {
    why: "years listed after عامي, with و or a comma, are separate years",
    ref: "2026-04-06",
    text: "وتصدر الفريق الدوري عامي 2016، 2018 و2021.",
    expect: [
      ["عامي 2016", "2016", "year"],
      ["2018", "2018", "year"],
      ["2021", "2021", "year"],
    ],
  },
  {
    why: "بين عامي is still a range",
    ref: "2026-04-06",
    text: "وتراجع الإنتاج بين عامي 2016 و2018.",
    expect: [["بين عامي 2016 و2018", "2016/2018", "year"]],
  },
  {
    why: "ordinal day words from one to another within a month",
    ref: "2026-04-06",
    text: "وتستمر العروض من العاشر حتى الخامس عشر من مايو.",
    expect: [["من العاشر حتى الخامس عشر من مايو", "2026-05-10/2026-05-15", "day"]],
  },
  {
    why: "a weekday range takes its direction from the end",
    ref: "2026-04-06",
    text: "وتغلق المدارس من الاثنين إلى الأربعاء القادمين.",
    expect: [["من الاثنين إلى الأربعاء القادمين", "2026-04-06/2026-04-08", "day"]],
  },
  {
    why: "a range of clock times with the spoken لين",
    ref: "2026-04-06",
    text: "المكتب مفتوح من 8 الصبح لين 4 العصر.",
    expect: [["من 8 الصبح لين 4 العصر", "T08:00/T16:00", "time"]],
  },
  {
    why: "a range between two parts of months",
    ref: "2026-04-06",
    text: "ويمتد الموسم من أواخر مايو إلى مطلع أغسطس.",
    expect: [["من أواخر مايو إلى مطلع أغسطس", "2026-05/2026-08", "part-of-month"]],
  },

  // ordinal weekdays, month edges, weekday + date
  {
    why: "the N-th weekday of a named month",
    ref: "2026-04-06",
    text: "وتقام البطولة في ثالث جمعة من يوليو.",
    expect: [["ثالث جمعة من يوليو", "2026-07-17", "day"]],
  },
  {
    why: "the last weekday of the coming month, ordinal after the weekday",
    ref: "2026-04-06",
    text: "ويجتمع المجلس الخميس الأخير من الشهر المقبل.",
    expect: [["الخميس الأخير من الشهر المقبل", "2026-05-28", "day"]],
  },
  {
    why: "the first and last day of a year or month",
    ref: "2026-04-06",
    text: "يبدأ العمل بالقانون أول يوم من عام 2027 وتنتهي المهلة في اليوم الأخير من الشهر الجاري.",
    expect: [
      ["أول يوم من عام 2027", "2027-01-01", "day"],
      ["اليوم الأخير من الشهر الجاري", "2026-04-30", "day"],
    ],
  },
  {
    why: "a weekday picks the year of a year-less date",
    ref: "2026-08-20",
    text: "ويعود البرلمان إلى الانعقاد يوم الثلاثاء 5 يناير.",
    expect: [["الثلاثاء 5 يناير", "2027-01-05", "day"]],
  },
  {
    why: "باب (door) is not ب + آب",
    ref: "2026-04-06",
    text: "وأغلق الحارس باب القاعة.",
    expect: [],
  },

  // edition years, quarter and half hours, reported clauses
  {
    why: "a bare year after an edition noun, also after a name and in brackets",
    ref: "2026-04-06",
    text: "وبدأ التحضير لمعرض 2028 بعد نجاح بطولة آسيا (2027)، والقرار 2417 لم يتغير.",
    expect: [
      ["2028", "2028", "year"],
      ["2027", "2027", "year"],
    ],
  },
  {
    why: "quarter and half hours are durations",
    ref: "2026-04-06",
    text: "انتظرنا ربع ساعة ثم نصف ساعة أخرى.",
    expect: [
      ["ربع ساعة", "PT15M", "duration"],
      ["نصف ساعة", "PT30M", "duration"],
    ],
  },
  {
    why: "a reported clause keeps its own tense: the reporting verb before إن does not date it",
    ref: "2026-04-08",
    text: "وأعلن الوزير أن المعبر يفتح أبوابه السبت.",
    expect: [["السبت", "2026-04-11", "day"]],
  },

  // web noise and a day with a range of hours
  {
    why: "a displaced comma between a day and its month, when a year completes the date",
    ref: "2026-04-06",
    text: "افتتح المعرض في 9، مارس 2026 وسط حضور كبير.",
    expect: [["9، مارس 2026", "2026-03-09", "day"]],
  },
  {
    why: "dots on both sides of the month name",
    ref: "2026-04-06",
    text: "صدر المرسوم في 14 . آب . 2025 ونُشر لاحقا.",
    expect: [["14 . آب . 2025", "2025-08-14", "day"]],
  },
  {
    why: "slashes typed with spaces around them, in Arabic-Indic digits",
    ref: "2026-04-06",
    text: "آخر تحديث: ٣ / ٤ / ٢٠٢٦",
    expect: [["٣ / ٤ / ٢٠٢٦", "2026-04-03", "day"]],
  },
  {
    why: "bidi controls inside an expression are skipped and kept in the surface",
    ref: "2026-04-06",
    text: "وقع الحادث الأحد\u200f 5\u2066 أبريل\u2069 2026 في الموقع.",
    expect: [["الأحد\u200f 5\u2066 أبريل\u2069 2026", "2026-04-05", "day"]],
  },
  {
    why: "a day with a range of hours is a range of minutes on that day",
    ref: "2026-04-06",
    text: "العيادة بكرة من 9 الصبح لين 1 الضهر.",
    expect: [["بكرة من 9 الصبح لين 1 الضهر", "2026-04-07T09:00/2026-04-07T13:00", "minute"]],
  },

  // tonight, a part of the day after a day, and minutes before the hour in digits
  {
    why: "الليلة is tonight and الليلة الماضية last night; an hour after الليلة is in the evening",
    ref: "2026-04-06",
    text: "الحفل الليلة الساعة 9 بعد ما تأجل الليلة الماضية.",
    expect: [
      ["الليلة الساعة 9", "2026-04-06T21:00", "minute"],
      ["الليلة الماضية", "2026-04-05", "part-of-day"],
    ],
  },
  {
    why: "a part of the day after a day word without an hour",
    ref: "2026-04-06",
    text: "اتصلت بيه امبارح بالليل.",
    expect: [["امبارح بالليل", "2026-04-05", "part-of-day"]],
  },
  {
    why: "غدا before an hour is tomorrow, not the verb",
    ref: "2026-04-06",
    text: "غدا الساعة 5 مساء يبدأ التصويت.",
    expect: [["غدا الساعة 5 مساء", "2026-04-07T17:00", "minute"]],
  },
  {
    why: "إلا + digits counts back from the hour",
    ref: "2026-04-06",
    text: "الموعد الساعة 8 إلا 10 دقائق.",
    expect: [["الساعة 8 إلا 10 دقائق", "T07:50", "time"]],
  },
  {
    why: "spoken numerals after من count back; written ones stay a count",
    ref: "2026-04-06",
    text: "من تلات أيام رجع، والرحلة من ثلاثة أيام.",
    expect: [
      ["من تلات أيام", "2026-04-03", "day"],
      ["ثلاثة أيام", "P3D", "duration"],
    ],
  },

  {
    why: "a quotation after a verb of saying keeps its own tense",
    ref: "2026-04-08",
    text: "وقال رئيس الوفد: «نتوقع التوقيع في 20 مايو».",
    expect: [["20 مايو", "2026-05-20", "day"]],
  },

  {
    why: "بكرة before what a spool holds is the spool, not tomorrow",
    ref: "2026-04-06",
    text: "نفدت بكرة السلك فاشترينا بكرة شريط جديدة.",
    expect: [],
  },

  {
    why: "بين with ordinal days, the second glued to و, is a range",
    ref: "2026-04-06",
    text: "وتجري الامتحانات بين الثاني والعاشر من يونيو.",
    expect: [["بين الثاني والعاشر من يونيو", "2026-06-02/2026-06-10", "day"]],
  },

  {
    why: "تمام before an hour word makes it a time; على before an ordinal does not",
    ref: "2026-04-06",
    text: "بدأ الحفل في تمام السابعة، وحصل الفريق على الثانية.",
    expect: [["السابعة", "T07:00", "time"]],
  },

  {
    why: "Maghrebi week and demonstrative, the spoken half of a month and midnight",
    ref: "2026-04-06",
    text: "السيمانة الجاية نسافرو، وهاد الشهر خدمنا بزاف حتى نص الليل، والخلاص فنص الشهر.",
    expect: [
      ["السيمانة الجاية", "2026-W16", "week"],
      ["هاد الشهر", "2026-04", "month"],
      ["نص الليل", "T00:00", "time"],
      ["نص الشهر", "2026-04", "part-of-month", "mid"],
    ],
  },
  {
    why: "Gulf باكر is tomorrow only before an hour or a part of the day",
    ref: "2026-04-06",
    text: "نمشي باكر الصبح، وصلنا أمس في وقت باكر.",
    expect: [
      ["باكر الصبح", "2026-04-07", "part-of-day"],
      ["أمس", "2026-04-05", "day"],
    ],
  },

  {
    why: "Moroccan ليوم is today before a part of the day, and ل + يوم otherwise",
    ref: "2026-04-06",
    text: "ليوم فالعشية غادي نمشيو، وخدمنا ليوم واحد فقط.",
    expect: [["ليوم فالعشية", "2026-04-06", "part-of-day"]],
  },

  // a weekday of a named week (ref 2026-04-06 is a Monday; weeks run Monday–Sunday)
  {
    why: "a weekday of next week is that day of the week ref + 7 days, not the next such weekday",
    ref: "2026-04-06",
    text: "نلتقي الخميس من الأسبوع القادم في مكتب المحافظ.",
    expect: [["الخميس من الأسبوع القادم", "2026-04-16", "day"]],
  },
  {
    why: "the weekday without its article heads the week, spoken direction",
    ref: "2026-04-06",
    text: "موعدنا خميس الأسبوع الجاي إن شاء الله.",
    expect: [["خميس الأسبوع الجاي", "2026-04-16", "day"]],
  },
  {
    why: "a weekday of last week, the week after the bare weekday",
    ref: "2026-04-06",
    text: "وصل الوفد ثلاثاء الأسبوع الفائت وغادر مساء اليوم نفسه.",
    expect: [
      ["ثلاثاء الأسبوع الفائت", "2026-03-31", "day"],
      ["مساء اليوم نفسه", "2026-03-31"],
    ],
  },
  {
    why: "Sunday of last week is the day before a Monday ref; يوم stays outside the surface",
    ref: "2026-04-06",
    text: "جرى التصويت يوم الأحد من الأسبوع الماضي.",
    expect: [["الأحد من الأسبوع الماضي", "2026-04-05", "day"]],
  },
  {
    why: "احد (one) before another word is no weekday; the week stays a week",
    ref: "2026-04-06",
    text: "قال احد المسؤولين الأسبوع الماضي إن الخطة تأخرت.",
    expect: [["الأسبوع الماضي", "2026-W14", "week"]],
  },

  // the evening prayer and tonight after an hour
  {
    why: "العشاء after الساعة and an hour is a part of the day, like بعد العشاء",
    ref: "2026-04-06",
    text: "الاجتماع الساعة 9 العشاء في بيت العائلة.",
    expect: [["الساعة 9 العشاء", "T21:00", "time"]],
  },
  {
    why: "without الساعة an ordinal hour before العشاء may be a meal at that hour: no time",
    ref: "2026-04-06",
    text: "قدّمت المطاعم في الثامنة العشاء للصائمين.",
    expect: [],
  },
  {
    why: "هذه الليلة after an hour dates it today and moves it to the evening",
    ref: "2026-04-06",
    text: "تنطلق الرحلة الثامنة هذه الليلة من المطار القديم.",
    expect: [["الثامنة هذه الليلة", "2026-04-06T20:00", "minute"]],
  },
  {
    why: "the Levantine هالليلة after a digit hour is tonight too",
    ref: "2026-04-06",
    text: "منشوفك الساعة 10 هالليلة عند الجسر.",
    expect: [["الساعة 10 هالليلة", "2026-04-06T22:00", "minute"]],
  },

  // اليوم with a direction, and a day counted from yesterday or tomorrow
  {
    why: "اليوم with a past direction is yesterday, not today",
    ref: "2026-04-06",
    text: "سجلت المحطة خلال اليوم المنصرم أعلى حرارة هذا العام.",
    expect: [
      ["اليوم المنصرم", "2026-04-05", "day"],
      ["هذا العام", "2026", "year"],
    ],
  },
  {
    why: "يوم قبل أمس is one mention two days back",
    ref: "2026-04-06",
    text: "انقطع الطريق يوم قبل أمس بسبب السيول.",
    expect: [["يوم قبل أمس", "2026-04-04", "day"]],
  },
  {
    why: "the spoken relative clause joins اليوم to the day after tomorrow",
    ref: "2026-04-06",
    text: "العرس اليوم اللي بعد بكرة، لا تتأخر.",
    expect: [["اليوم اللي بعد بكرة", "2026-04-08", "day"]],
  },
  {
    why: "written relative pronoun before قبل with a spoken yesterday",
    ref: "2026-04-06",
    text: "رجعنا من السفر اليوم الذي قبل امبارح.",
    expect: [["اليوم الذي قبل امبارح", "2026-04-04", "day"]],
  },
  {
    why: "اليوم before قبل without a pronoun stays today, and قبل أمس alone keeps its day",
    ref: "2026-04-06",
    text: "نشر التقرير اليوم قبل أمس من موعده.",
    expect: [
      ["اليوم", "2026-04-06", "day"],
      ["أمس", "2026-04-05", "day"],
    ],
  },

  // Christmas with its year
  {
    why: "a 4-digit number after عيد الميلاد is the feast's year, not an age",
    ref: "2026-04-06",
    text: "أُلغيت احتفالات عيد الميلاد 2020 في معظم الكنائس.",
    expect: [["عيد الميلاد 2020", "2020-12-25", "day"]],
  },
  {
    why: "the year noun glued to ل after a feast gives its year",
    ref: "2026-04-06",
    text: "تزامنت عطلة عيد الميلاد لعام 2019 مع عاصفة ثلجية.",
    expect: [["عيد الميلاد لعام 2019", "2019-12-25", "day"]],
  },
  {
    why: "a short number after عيد الميلاد is still an age: a birthday, no date",
    ref: "2026-04-06",
    text: "احتفل الممثل بعيد الميلاد 80 مع أحفاده.",
    expect: [],
  },

  // a weekday before a day/month with no year, and its time
  {
    why: "a weekday before D/M picks the year, and the time after joins the day",
    ref: "2026-04-06",
    text: "المقابلة يوم الأربعاء 15/04 الساعة 10:30 صباحا في مقر الشركة.",
    expect: [["الأربعاء 15/04 الساعة 10:30 صباحا", "2026-04-15T10:30", "minute"]],
  },
  {
    why: "a weekday before D/M alone: the year where that day is that weekday",
    ref: "2026-04-06",
    text: "وصلت الشحنة الثلاثاء 3/3 إلى الميناء.",
    expect: [["الثلاثاء 3/3", "2026-03-03", "day"]],
  },
  {
    why: "D/M without a weekday stays unread, as it may be a score or a fraction",
    ref: "2026-04-06",
    text: "حسم الفريق المباراة بنتيجة 21/19 في الشوط الثالث.",
    expect: [],
  },

  // a clipped spoken direction
  {
    why: "الماض is the spoken clipped الماضي after a period",
    ref: "2026-04-06",
    text: "دفعنا الإيجار الشهر الماض متأخرين.",
    expect: [["الشهر الماض", "2026-03", "month"]],
  },

  // هذه الليلة before an hour or alone
  {
    why: "هذه الليلة before الساعة dates the hour today and puts it in the night",
    ref: "2026-04-06",
    text: "يبث اللقاء هذه الليلة الساعة العاشرة على القناة الأولى.",
    expect: [["هذه الليلة الساعة العاشرة", "2026-04-06T22:00", "minute"]],
  },
  {
    why: "هذه الليلة alone is a part of today; an ordinal night after it is not",
    ref: "2026-04-06",
    text: "ننتظر المطر هذه الليلة، وكانت هذه الليلة الثانية من المهرجان حافلة.",
    expect: [["هذه الليلة", "2026-04-06", "part-of-day"]],
  },

  // the n-th day of a month
  {
    why: "ordinal + يوم before a spoken month number is that day of the month",
    ref: "2026-04-06",
    text: "بدأ الإضراب ثالث يوم من شهر عشرة واستمر أسبوعا.",
    expect: [["ثالث يوم من شهر عشرة", "2025-10-03", "day"]],
  },
  {
    why: "اليوم + an ordinal after it, with a month name and year",
    ref: "2026-04-06",
    text: "تنتهي المهلة في اليوم الرابع من مايو 2026 عند منتصف النهار.",
    expect: [
      ["اليوم الرابع من مايو 2026", "2026-05-04", "day"],
      ["منتصف النهار", "T12:00", "time"],
    ],
  },
  {
    why: "an ordinal day of an event, not of a month, is no date",
    ref: "2026-04-06",
    text: "تواصلت في اليوم الثالث من المؤتمر جلسات الحوار.",
    expect: [],
  },

  // a spoken month number with its year
  {
    why: "سنة + a year after a spoken month number is its year, not a count of years",
    ref: "2026-04-06",
    text: "اشترينا البيت آخر يوم من شهر تسعة سنة 2021 بعد سنين من الادخار.",
    expect: [["آخر يوم من شهر تسعة سنة 2021", "2021-09-30", "day"]],
  },
  {
    why: "a month number before a count of years without a year number stays a count",
    ref: "2026-04-06",
    text: "تأخر التسليم شهر تلات سنين متتالية.",
    expect: [["تلات سنين", "P3Y", "duration"]],
  },

  // a day of an ordinal month
  {
    why: "a day range of the month named by its ordinal, with a year",
    ref: "2026-04-06",
    text: "يقام المعرض من 12-15 من الشهر السادس 2026 في الساحة العامة.",
    expect: [["من 12-15 من الشهر السادس 2026", "2026-06-12/2026-06-15", "day"]],
  },
  {
    why: "an ordinal day of an ordinal month with a relative year",
    ref: "2026-04-06",
    text: "تخرّج أخي في العاشر من الشهر السابع من العام الماضي.",
    expect: [["العاشر من الشهر السابع من العام الماضي", "2025-07-10", "day"]],
  },

  // a weekday and an ordinal day with no month
  {
    why: "a weekday before an ordinal day with no month: the nearest month where they agree",
    ref: "2026-04-06",
    text: "سيُفتتح الجسر الجديد يوم الخميس السادس عشر بحضور المحافظ.",
    expect: [["الخميس السادس عشر", "2026-04-16", "day"]],
  },
  {
    why: "a low ordinal after a weekday counts weekdays, not days: the weekday alone",
    ref: "2026-04-06",
    text: "تعقد اللجنة اجتماعها الخميس الثاني بعد العطلة.",
    expect: [["الخميس", "2026-04-09", "day"]],
  },
];
