import type { GoldenCase } from "./golden-dates.js";

/**
 * Golden cases for the rules added from the second news-page ("fresh2") error review, written
 * for this project (none copied from articles or from the evaluation corpus).
 */
export const GOLDEN_DATES_NEWS2: GoldenCase[] = [
  // 12-hour clocks with their half of the day
  {
    why: "a glued PM turns a 12-hour clock into the 24-hour value",
    ref: "2024-03-11",
    text: "11/03/2024 04:20PM وصل وزير الدفاع الطاجيكي إلى موسكو.",
    expect: [["11/03/2024 04:20PM", "2024-03-11T16:20", "minute"]],
  },
  {
    why: "the one-letter م after hh:mm is the afternoon",
    ref: "2024-03-11",
    text: "وانتهى الاجتماع عند الساعة 5:45 م دون بيان ختامي.",
    expect: [["الساعة 5:45 م", "T17:45", "time"]],
  },
  {
    why: "the one-letter ص after hh:mm is the morning, and 12 ص is midnight",
    ref: "2024-03-11",
    text: "وأقلعت الطائرة 12:10 ص من مطار بيشكيك.",
    expect: [["12:10 ص", "T00:10", "time"]],
  },
  {
    why: "م glued to a year stays the Gregorian year mark",
    ref: "2024-03-11",
    text: "وتأسست المنظمة رسميا في 2002م بعد توقيع الميثاق.",
    expect: [["2002م", "2002", "year"]],
  },
  // A page header: date, dash, time
  {
    why: "date - time in a page header is one minute-grain expression; a trailing zone stays out",
    ref: "2023-05-04",
    text: "الأربعاء ٠٣ مايو ٢٠٢٣ - ١٨:٤٠ بتوقيت غرينتش",
    expect: [["الأربعاء ٠٣ مايو ٢٠٢٣ - ١٨:٤٠", "2023-05-03T18:40", "minute"]],
  },
  {
    why: "a dash between two days is still a range, not a time",
    ref: "2023-05-04",
    text: "وتستمر المناورات من 12 - 14 حزيران في كازاخستان.",
    expect: [["من 12 - 14 حزيران", "2023-06-12/2023-06-14", "day"]],
  },
  // Wire timestamps: time, zone, date
  {
    why: "a wire timestamp hh:mm GMT dd.mm.yyyy is one minute-grain expression with the zone inside",
    ref: "2024-08-20",
    text: "موسكو 09:05 GMT 20.08.2024 (آخر تحديث: 11:47 GMT 20.08.2024)",
    expect: [
      ["09:05 GMT 20.08.2024", "2024-08-20T09:05", "minute"],
      ["11:47 GMT 20.08.2024", "2024-08-20T11:47", "minute"],
    ],
  },
  {
    why: "a date then its time is one expression; the zone after it stays out",
    ref: "2024-08-20",
    text: "نشر في 19.08.2024 22:15 (UTC) على موقع الوكالة.",
    expect: [["19.08.2024 22:15", "2024-08-19T22:15", "minute"]],
  },
  // Anaphoric years: the year before/after the previous date in the text
  {
    why: "العام الذي سبقه is the year before the previous date",
    ref: "2025-02-10",
    text: "وبلغت صادرات القمح إلى قيرغيزستان ذروتها في عام 2022 مقارنة بالعام الذي سبقه.",
    expect: [
      ["عام 2022", "2022", "year"],
      ["العام الذي سبقه", "2021", "year"],
    ],
  },
  {
    why: "السنة السابقة (feminine) steps back one year from the previous date",
    ref: "2025-02-10",
    text: "وتراجع عدد المناورات المشتركة عام 2019 بعدما بلغ ستا في السنة السابقة.",
    expect: [
      ["عام 2019", "2019", "year"],
      ["السنة السابقة", "2018", "year"],
    ],
  },
  {
    why: "العام الذي تلاه is the year after the previous date",
    ref: "2025-02-10",
    text: "وعلقت يريفان مشاركتها عام 2023 ثم جمدتها في العام الذي تلاه.",
    expect: [
      ["عام 2023", "2023", "year"],
      ["العام الذي تلاه", "2024", "year"],
    ],
  },
  {
    why: "month + من العام الذي سبقه is that month of the year before the previous date",
    ref: "2025-02-10",
    text: "وأعلنت مينسك خطتها في 2021 بعد مشاورات بدأت في نوفمبر من العام الذي سبقه.",
    expect: [
      ["2021", "2021", "year"],
      ["نوفمبر من العام الذي سبقه", "2020-11", "month"],
    ],
  },
  {
    why: "with no earlier date, العام السابق falls back to the year before the publication year",
    ref: "2025-02-10",
    text: "وارتفعت الميزانية الدفاعية بنسبة كبيرة مقارنة بالعام السابق.",
    expect: [["العام السابق", "2024", "year"]],
  },
  {
    why: "the former secretary-general (الأمين العام السابق) is not a year",
    ref: "2025-02-10",
    text: "وشارك الأمين العام السابق للمنظمة في الندوة بصفته خبيرا.",
    expect: [],
  },
  // Planned events: من المقرر/المفترض أن …
  {
    why: "كان من المقرر marks a plan, not a past event: a verbal noun (عقد) does not make it past",
    ref: "2024-04-20",
    text: "وكان من المقرر عقد الاجتماع الوزاري في أستانا في 25 نيسان قبل تأجيله.",
    expect: [["25 نيسان", "2024-04-25", "day"]],
  },
  {
    why: "كان من المفترض with a day just before ref resolves to the nearest occurrence",
    ref: "2024-04-20",
    text: "وكان من المفترض أن تنطلق التدريبات المشتركة في 12 أبريل لكنها أرجئت.",
    expect: [["12 أبريل", "2024-04-12", "day"]],
  },
  {
    why: "من المقرر without كان is future: on or after ref",
    ref: "2024-04-20",
    text: "ومن المقرر عقد الجولة المقبلة من المشاورات في 10 أبريل في يريفان.",
    expect: [["10 أبريل", "2025-04-10", "day"]],
  },
  // Two names of one month side by side
  {
    why: "two names of the same month with no separator are one paired expression",
    ref: "2012-03-01",
    text: "وفي ديسمبر كانون الأول عام 2010 اجتمع قادة الدول الأعضاء في موسكو.",
    expect: [["ديسمبر كانون الأول عام 2010", "2010-12", "month"]],
  },
  {
    why: "day + side-by-side names + year",
    ref: "2012-03-01",
    text: "وتسلمت بيلاروس الرئاسة الدورية في 20 أيار مايو 2011.",
    expect: [["20 أيار مايو 2011", "2011-05-20", "day"]],
  },
  // غدا as the verb "became" versus the adverb "tomorrow"
  {
    why: "بعدما غدا + definite subject is the verb became",
    ref: "2024-06-03",
    text: "وتراجعت الهجمات على الحدود بعدما غدا التنسيق الأمني بين البلدين أوثق.",
    expect: [],
  },
  {
    why: "a definite subject right after غدا, after a noun, makes it the verb",
    ref: "2024-06-03",
    text: "ومع توسع المنظمة غدا الملف الأفغاني أولوية لدى الأعضاء.",
    expect: [],
  },
  {
    why: "وقد غدا + predicate is the verb",
    ref: "2024-06-03",
    text: "وقد غدا واضحا أن الاجتماع لن يخرج بقرار.",
    expect: [],
  },
  {
    why: "an imperfect verb before غدا + definite subject keeps tomorrow",
    ref: "2024-06-03",
    text: "وتنطلق غدا المناورات المشتركة في طاجيكستان.",
    expect: [["غدا", "2024-06-04", "day"]],
  },
  {
    why: "غدا + weekday is still tomorrow",
    ref: "2024-06-03",
    text: "ويصل الوفد الأرميني غدا الثلاثاء إلى موسكو.",
    expect: [["غدا الثلاثاء", "2024-06-04", "day"]],
  },
  {
    why: "غداً with tanwin at the end of a clause is tomorrow",
    ref: "2024-06-03",
    text: "وأكد المتحدث أن البيان الختامي سيصدر غداً.",
    expect: [["غداً", "2024-06-04", "day"]],
  },
  {
    why: "حتى غدا without a subject after it is still tomorrow",
    ref: "2024-06-03",
    text: "وتستمر المشاورات حتى غدا في العاصمة الكازاخستانية.",
    expect: [["غدا", "2024-06-04", "day"]],
  },
  // The N-th decade of a century
  {
    why: "العقد الأول من القرن الحادي والعشرين is the 2000s",
    ref: "2024-05-15",
    text: "وتوسعت المنظمة في العقد الأول من القرن الحادي والعشرين لتشمل قوات للرد السريع.",
    expect: [["العقد الأول من القرن الحادي والعشرين", "200", "decade"]],
  },
  {
    why: "العقد الثاني من القرن الحالي is the 2010s",
    ref: "2024-05-15",
    text: "وتراجعت المناورات المشتركة خلال العقد الثاني من القرن الحالي.",
    expect: [["العقد الثاني من القرن الحالي", "201", "decade"]],
  },
  {
    why: "العقد الأخير من القرن العشرين is the 1990s",
    ref: "2024-05-15",
    text: "ونشأت المعاهدة في العقد الأخير من القرن العشرين بعد تفكك الاتحاد السوفيتي.",
    expect: [["العقد الأخير من القرن العشرين", "199", "decade"]],
  },
  {
    why: "an ordinal decade of a life is not a calendar decade",
    ref: "2024-05-15",
    text: "وتولى الجنرال قيادة الأركان وهو في العقد الخامس من عمره.",
    expect: [],
  },
  // Agency datelines "CITY - D - M - AGENCY"
  {
    why: "a Kuwaiti dateline D - M between the city and the agency is a day-month nearest to ref",
    ref: "2019-03-04",
    text: "الكويت - 4 - 3 - كونا - بحث وزير الخارجية الروسي مع نظيره الطاجيكي التعاون الأمني.",
    expect: [["4 - 3", "2019-03-04", "day"]],
  },
  {
    why: "a dateline with the agency in brackets ignores a future verb after it",
    ref: "2019-03-04",
    text: "عمان - 3 - 3 (بترا) - يزور رئيس الوزراء الأرميني موسكو الأسبوع المقبل.",
    expect: [
      ["3 - 3", "2019-03-03", "day"],
      ["الأسبوع المقبل", "2019-W11", "week"],
    ],
  },
  {
    why: "a spaced score or count with no city and agency around it is not a date",
    ref: "2019-03-04",
    text: "وانتهت المباراة الودية بين منتخبي البلدين 3 - 2 (قنا) وسط حضور جماهيري.",
    expect: [],
  },
  // From the article review (session 3): the wire's weekday between slashes, an ordinal day
  {
    why: "the Egyptian wire writes the weekday between slashes after the day word: one mention",
    ref: "2023-05-18",
    text: "وقال الوزير اليوم /الخميس/ إن المفاوضات ستستأنف قريبا.",
    expect: [["اليوم /الخميس/", "2023-05-18", "day"]],
  },
  {
    why: "a day part and a past day word keep the slashed weekday too",
    ref: "2023-05-18",
    text: "ووصل الوفد إلى يريفان مساء أمس /الأربعاء/ في زيارة رسمية.",
    expect: [["مساء أمس /الأربعاء/", "2023-05-17", "part-of-day"]],
  },
  {
    why: "a unit followed by an ordinal adjective is a first (second …) day, not a count",
    ref: "2023-05-18",
    text: "واستؤنفت الجلسات بعد يوم أول طغت عليه الخلافات.",
    expect: [],
  },
  {
    why: "a score glued before a part of the day is no clock: its second number is not an hour",
    ref: "2023-05-18",
    text: "وفاز دينامو على ضيفه 4-2 مساء أمس في الدوري المحلي.",
    expect: [["مساء أمس", "2023-05-17", "part-of-day"]],
  },
  {
    why: "a range of bare hours goes up, and stays a clock range",
    ref: "2023-05-18",
    text: "وتفتح مراكز الاقتراع من 8-11 صباحا.",
    expect: [["من 8-11 صباحا", "T08:00/T11:00", "time"]],
  },
  {
    why: "a Russian surname that starts like سـ + an imperfect is no future cue",
    ref: "2022-01-13",
    text: "وحضر المراسم القائد أناتولي سيرديوكوف الذي وصل إلى العاصمة في السادس من يناير.",
    expect: [["السادس من يناير", "2022-01-06", "day"]],
  },
  {
    why: "a clock span over midnight has no ordered value of times alone: two times",
    ref: "2021-04-08",
    text: "ويسري حظر الخروج من العاشرة ليلا حتى السادسة صباحا طوال الشهر.",
    expect: [
      ["العاشرة ليلا", "T22:00", "time"],
      ["السادسة صباحا", "T06:00", "time"],
    ],
  },
  {
    why: "بين closed by إلى is the same range as بين … و",
    ref: "2023-04-20",
    text: "ويقام المعرض بين 12 أيار إلى 20 منه في قاعة المدينة.",
    expect: [["بين 12 أيار إلى 20 منه", "2023-05-12/2023-05-20", "day"]],
  },
  {
    why: "a weekday after أيام recurs: no one day",
    ref: "2024-09-01",
    text: "وتغلق المكتبة أيام السبت طوال فصل الصيف.",
    expect: [],
  },
];
