import type { GoldenCase } from "./golden-dates.js";

/**
 * Golden cases for the rules added from the news-page ("fresh") error review, written for this
 * project (none copied from articles or from the evaluation corpus). Same shape as GOLDEN_DATES.
 */
export const GOLDEN_DATES_NEWS: GoldenCase[] = [
  // A decade and its century joined by من
  {
    why: "التسعينيات من القرن الماضي is one decade, the century qualifying it",
    ref: "2024-05-20",
    text: "وتعود جذور التعاون العسكري بين البلدين إلى التسعينيات من القرن الماضي حين وقعت المعاهدة.",
    expect: [["التسعينيات من القرن الماضي", "199", "decade"]],
  },
  // الغد as a noun: tomorrow after an event noun, a part of the day or يوم
  {
    why: "event + الغد is tomorrow's event",
    ref: "2025-10-08",
    text: "وتتواصل التحضيرات في دوشنبه لاجتماع الغد بين وزراء الدفاع.",
    expect: [["الغد", "2025-10-09", "day"]],
  },
  {
    why: "يوم الغد is one expression, like يوم أمس",
    ref: "2025-10-08",
    text: "ومن المنتظر أن يصل الوفد الكازاخي يوم الغد إلى العاصمة.",
    expect: [["يوم الغد", "2025-10-09", "day"]],
  },
  {
    why: "a newspaper or party called الغد is not a date",
    ref: "2025-10-08",
    text: "ونقلت صحيفة الغد عن رئيس حزب الغد قوله إن قادة الغد يتعلمون اليوم.",
    expect: [["اليوم", "2025-10-08", "day"]],
  },
  // أمس الأول = أول أمس
  {
    why: "أمس الأول is the day before yesterday",
    ref: "2024-03-14",
    text: "وأعلنت وزارة الدفاع أمس الأول انتهاء المناورات المشتركة.",
    expect: [["أمس الأول", "2024-03-12", "day"]],
  },
  {
    why: "أمس الاول without hamza",
    ref: "2024-03-14",
    text: "ووصل الوزير إلى يريفان أمس الاول في زيارة رسمية.",
    expect: [["أمس الاول", "2024-03-12", "day"]],
  },
  // Moroccan darija: لخميس = الخميس after a relative day
  {
    why: "Moroccan غدا لخميس",
    ref: "2023-06-14",
    text: "غدا لخميس غادي يجتمع الوزراء فالرباط.",
    expect: [["غدا لخميس", "2023-06-15", "day"]],
  },
  // Holidays: birthdays, Orthodox cues, the tense rule
  {
    why: "عيد الميلاد + an age ordinal is a birthday",
    ref: "2024-07-10",
    text: "وأقيم حفل في أستانا بمناسبة عيد الميلاد السبعين للرئيس المؤسس.",
    expect: [],
  },
  {
    why: "عيد الميلاد + ل and a name is a birthday",
    ref: "2024-07-10",
    text: "وأرسل الرؤساء برقيات تهنئة بمناسبة عيد الميلاد لنزارباييف.",
    expect: [],
  },
  {
    why: "عيد الميلاد + الـ and digits is a birthday",
    ref: "2024-07-10",
    text: "ونشرت الصحف صورا من عيد الميلاد الـ 70 للزعيم.",
    expect: [],
  },
  {
    why: "Orthodox cue in the sentence: 7 January; بمناسبة hides the past verb before it",
    ref: "2025-01-04",
    text: "وهنأ رئيس الوزراء أبناء الكنيسة الأرثوذكسية بمناسبة عيد الميلاد المجيد.",
    expect: [["عيد الميلاد المجيد", "2025-01-07", "day"]],
  },
  {
    why: "Christmas with no Orthodox cue stays 25 December",
    ref: "2025-12-20",
    text: "وتستعد العواصم الأوروبية لعيد الميلاد وسط إجراءات أمنية مشددة.",
    expect: [["عيد الميلاد", "2025-12-25", "day"]],
  },
  {
    why: "holiday with no year and no tense cue: the nearest occurrence (كما جرت العادة is no cue)",
    ref: "2025-12-20",
    text: "ويلقي الرئيس كلمته إلى الشعب ليلة رأس السنة الميلادية كما جرت العادة.",
    expect: [["رأس السنة الميلادية", "2026-01-01", "day"]],
  },
  {
    why: "holiday with a past verb: the latest occurrence on or before ref",
    ref: "2025-06-20",
    text: "واحتفلت موسكو بعيد النصر بعرض عسكري ضخم.",
    expect: [["عيد النصر", "2025-05-09", "day"]],
  },
  // Ranges: الـ before both day numbers, و + connector
  {
    why: "range with الـ on both days and وحتى",
    ref: "2024-09-02",
    text: "وتجري التدريبات في الفترة من الـ9 وحتى الـ13 من سبتمبر الجاري على أراضي طاجيكستان.",
    expect: [["من الـ9 وحتى الـ13 من سبتمبر الجاري", "2024-09-09/2024-09-13", "day"]],
  },
  {
    why: "range with ولغاية and a direction on the month",
    ref: "2024-09-02",
    text: "وتستمر الدورة التدريبية من 4 ولغاية 18 أكتوبر المقبل.",
    expect: [["من 4 ولغاية 18 أكتوبر المقبل", "2024-10-04/2024-10-18", "day"]],
  },
  {
    why: "counts in a من … إلى … phrase are not a range",
    ref: "2024-09-02",
    text: "وشارك من 10 إلى 20 عسكريا من كل دولة.",
    expect: [],
  },
  // Compound durations and "السنوات الثلاث الماضية"
  {
    why: "compound duration with a dual second part",
    ref: "2023-05-15",
    text: "وقضت محكمة في بيشكيك بسجن المسؤول السابق 8 أعوام وشهرين.",
    expect: [["8 أعوام وشهرين", "P8Y2M", "duration"]],
  },
  {
    why: "compound duration in words",
    ref: "2023-05-15",
    text: "وبقيت القوات في المنطقة عامين وأربعة أشهر قبل انسحابها.",
    expect: [["عامين وأربعة أشهر", "P2Y4M", "duration"]],
  },
  {
    why: "compound duration with a spaced و and digits",
    ref: "2023-05-15",
    text: "واستغرقت المحادثات المغلقة ثلاث ساعات و 20 دقيقة.",
    expect: [["ثلاث ساعات و 20 دقيقة", "PT3H20M", "duration"]],
  },
  {
    why: "ونصف after years",
    ref: "2023-05-15",
    text: "وتولى المنصب بالنيابة لمدة عام ونصف.",
    expect: [["عام ونصف", "P1Y6M", "duration"]],
  },
  {
    why: "definite plural + count + الماضية is a duration",
    ref: "2023-05-15",
    text: "وتضاعف حجم التبادل التجاري بين البلدين خلال السنوات الخمس الماضية.",
    expect: [["السنوات الخمس الماضية", "P5Y", "duration"]],
  },
  {
    why: "definite plural + count + المقبلة",
    ref: "2023-05-15",
    text: "وستنشر المنظمة قوة إضافية خلال الأشهر الثلاثة المقبلة.",
    expect: [["الأشهر الثلاثة المقبلة", "P3M", "duration"]],
  },
  {
    why: "dual definite + الماضيين",
    ref: "2023-05-15",
    text: "وتراجعت حدة التوتر على الحدود في اليومين الماضيين.",
    expect: [["اليومين الماضيين", "P2D", "duration"]],
  },
  {
    why: "a plural period with no count stays vague",
    ref: "2023-05-15",
    text: "وتكثفت الاتصالات في الأيام الماضية وستتواصل في الأسابيع المقبلة.",
    expect: [],
  },
  // The N-th month of a year expression, and the year after the previous date
  {
    why: "ordinal month of the anaphoric next year",
    ref: "2024-02-10",
    text: "واتفق الجانبان في أيلول 2023 على أن تبدأ الدوريات المشتركة في الشهر الأول من العام التالي.",
    expect: [
      ["أيلول 2023", "2023-09", "month"],
      ["الشهر الأول من العام التالي", "2024-01", "month"],
    ],
  },
  {
    why: "ordinal month of a relative year",
    ref: "2024-02-10",
    text: "ومن المقرر أن تكتمل المرحلة الثانية في الشهر السادس من العام المقبل.",
    expect: [["الشهر السادس من العام المقبل", "2025-06", "month"]],
  },
  {
    why: "month name + من العام التالي",
    ref: "2024-02-10",
    text: "وُقّع البروتوكول في أكتوبر 2019 وصادق عليه البرلمان في مارس من العام التالي.",
    expect: [
      ["أكتوبر 2019", "2019-10", "month"],
      ["مارس من العام التالي", "2020-03", "month"],
    ],
  },
  {
    why: "الشهر الأول of something that is not a year is no date",
    ref: "2024-02-10",
    text: "وتركزت النقاشات في الشهر الأول من المفاوضات على الحدود.",
    expect: [],
  },
  // Numeric month/year, منذ, أول + month
  {
    why: "numeric M/Y and M-Y are months",
    ref: "2025-12-05",
    text: "وتغطي البيانات الفترة بين التقريرين الصادرين في 4/2025 و10-2025.",
    expect: [
      ["4/2025", "2025-04", "month"],
      ["10-2025", "2025-10", "month"],
    ],
  },
  {
    why: "a document number N/YYYY is not a month",
    ref: "2025-12-05",
    text: "وصدر المرسوم رقم 7/2025 بتشكيل اللجنة وفق القانون 12/2024.",
    expect: [],
  },
  {
    why: "منذ + weekday points to the past",
    ref: "2025-12-05",
    text: "ويواصل الوفد المفاوض عمله في موسكو منذ الثلاثاء.",
    expect: [["الثلاثاء", "2025-12-02", "day"]],
  },
  {
    why: "أول + month name is day 1, not the start of the month",
    ref: "2025-12-05",
    text: "وتدخل الرسوم الجمركية الجديدة حيز التنفيذ في أول يناير المقبل.",
    expect: [["أول يناير المقبل", "2026-01-01", "day"]],
  },
  {
    why: "أوائل + month name keeps mod start",
    ref: "2025-12-05",
    text: "وتدخل الرسوم الجمركية الجديدة حيز التنفيذ في أوائل يناير المقبل.",
    expect: [["أوائل يناير المقبل", "2026-01", "part-of-month", "start"]],
  },
  // Spans: a part of the day before an anaphoric day, the spelling الفايت
  {
    why: "part of the day before اليوم نفسه keeps the previous date",
    ref: "2024-02-10",
    text: "ووصل وزير الخارجية إلى باكو في 3 فبراير 2024 وعاد إلى بلاده مساء اليوم نفسه.",
    expect: [
      ["3 فبراير 2024", "2024-02-03", "day"],
      ["مساء اليوم نفسه", "2024-02-03", "part-of-day"],
    ],
  },
  {
    why: "الفايت (hamza written as ya) is الفائت",
    ref: "2024-02-10",
    text: "وجرى تبادل الأسرى في ديسمبر الفايت بوساطة إقليمية.",
    expect: [["ديسمبر الفايت", "2023-12", "month"]],
  },
];
