import type { GoldenCase } from "./golden-dates.js";

/**
 * Golden cases for the general failures two independent testers found by running findDates
 * on real news pages (dates7): "منذ + count" after a perfect verb that carries an object
 * pronoun or whose root begins with و, "أمس الأول من + month" (yesterday, the 1st), a clock
 * time before "يوم + date", a bare year after an event noun, "بعد + count" in a past-tense
 * clause, a fronted date in its own clause, and an event noun + weekday. Each phenomenon has controls where the reading was already right.
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
  {
    why: "a weak-middle stem (شيّد) with a pronoun and a definite subject after it, glued و",
    ref: "2024-05-10",
    text: "وشيدها الحاكم منذ مئتي عام قرب النهر.",
    expect: [["منذ مئتي عام", "1824", "year"]],
  },
  {
    why: "control: a weak-middle noun with a possessive (بيت) and no subject after it keeps the duration",
    ref: "2024-05-10",
    text: "وبيتها منذ ثلاثين عاما مفتوح للضيوف.",
    expect: [["ثلاثين عاما", "P30Y", "duration"]],
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
  // A clock time, then يوم and a day of a month: one minute-grain mention.
  {
    why: "a clock time followed by يوم and a day of a month is one mention",
    ref: "2021-09-20",
    text: "وبدأ القصف الساعة 00:05 يوم 13 سبتمبر.",
    expect: [["الساعة 00:05 يوم 13 سبتمبر", "2021-09-13T00:05", "minute"]],
  },
  {
    why: "a clock time, من, a morning part and يوم before a day of a month",
    ref: "2021-09-20",
    text: "وانطلقت الرحلة في الساعة العاشرة من صباح يوم 3 أيلول.",
    expect: [["الساعة العاشرة من صباح يوم 3 أيلول", "2021-09-03T10:00", "minute"]],
  },
  {
    why: "an evening part between the hour and the day moves the hour to the afternoon half",
    ref: "2021-09-20",
    text: "ووقع الانفجار عند الساعة الثامنة من مساء يوم 15 سبتمبر 2021.",
    expect: [["الساعة الثامنة من مساء يوم 15 سبتمبر 2021", "2021-09-15T20:00", "minute"]],
  },
  {
    why: "control: a comma between the time and the day keeps two mentions",
    ref: "2021-09-01",
    text: "وتنطلق الرحلة الساعة التاسعة، ويوم 13 سبتمبر تصل إلى روما.",
    expect: [
      ["الساعة التاسعة", "T09:00", "time"],
      ["13 سبتمبر", "2021-09-13", "day"],
    ],
  },
  // A bare year after an event noun.
  {
    why: "a bare year after an indefinite event noun names the event's year",
    ref: "2024-08-17",
    text: "وأحيا السكان ذكرى زلزال 1999 الذي ضرب المدينة.",
    expect: [["1999", "1999", "year"]],
  },
  {
    why: "a war named by its year",
    ref: "2024-08-17",
    text: "وشارك المحاربون القدامى في إحياء ذكرى حرب 1973.",
    expect: [["1973", "1973", "year"]],
  },
  {
    why: "a revolution named by its year, in a construct with أحداث",
    ref: "2024-08-17",
    text: "واستعاد الكاتب أحداث ثورة 1919 في روايته الجديدة.",
    expect: [["1919", "1919", "year"]],
  },
  {
    why: "control: a definite event noun before a number is a subject and its count",
    ref: "2024-08-17",
    text: "ودمر الزلزال 2000 منزل في القرى الجبلية.",
    expect: [],
  },
  {
    why: "control: an accusative counted noun after the number makes it a count",
    ref: "2024-08-17",
    text: "ودمر إعصار 2019 منزلا في الجزيرة.",
    expect: [],
  },
  // بعد + count in a past-tense clause counts from the story's event, not from ref.
  {
    why: "بعد + count after a past verb is measured from an event of the story: a duration",
    ref: "2021-08-02",
    text: "وعاد التمثال المسروق إلى متحف المدينة بعد 79 عاما.",
    expect: [["79 عاما", "P79Y", "duration"]],
  },
  {
    why: "بعد + count after a listed past verb, days",
    ref: "2021-08-02",
    text: "وانسحب اللاعب من البطولة بعد يومين.",
    expect: [["يومين", "P2D", "duration"]],
  },
  {
    why: "control: a future verb keeps بعد + count a point after ref",
    ref: "2021-08-02",
    text: "وسيعود الوفد إلى العاصمة بعد ثلاثة أيام.",
    expect: [["بعد ثلاثة أيام", "2021-08-05", "day"]],
  },
  {
    why: "control: a present verb keeps بعد + count a point after ref",
    ref: "2021-08-02",
    text: "ويصل المبعوث إلى المنطقة بعد أسبوعين.",
    expect: [["بعد أسبوعين", "2021-W33", "week"]],
  },
  {
    why: "control: a decided plan (أعلنت + افتتاح) looks ahead whatever the verb's tense",
    ref: "2021-08-02",
    text: "وأعلنت الشركة افتتاح المصنع الجديد بعد عامين.",
    expect: [["بعد عامين", "2023", "year"]],
  },
  // The date's own clause decides its tense.
  {
    why: "a date fronted in a new clause after a comma takes the tense of its own verb (ستجري), not an earlier clause's",
    ref: "2021-08-02",
    text: "اختتمت القوات مناورات مشتركة، وفي سبتمبر ستجري الدول الأعضاء تمرينا جديدا.",
    expect: [["سبتمبر", "2021-09", "month"]],
  },
  {
    why: "a fronted month followed by a future verb after a past clause",
    ref: "2022-03-10",
    text: "عقد المجلس جلسته الأولى، وفي يونيو سيصوت على الميزانية.",
    expect: [["يونيو", "2022-06", "month"]],
  },
  {
    why: "a fronted month followed by a past verb after a future clause",
    ref: "2021-08-02",
    text: "ستجري القوات مناورات واسعة، وفي مايو أجرت الدول تمرينا مماثلا.",
    expect: [["مايو", "2021-05", "month"]],
  },
  {
    why: "control: a fronted month with no verb cue after it keeps the earlier clause's past",
    ref: "2022-03-10",
    text: "عقد المجلس جلسته الأولى، وفي فبراير صوت على الميزانية.",
    expect: [["فبراير", "2022-02", "month"]],
  },
  // A weekday after an event noun, governed by no tensed verb: the nearest such day.
  {
    why: "an event noun + weekday under a present verb of opinion is the nearest such day",
    ref: "2015-08-28",
    text: "وقال المدرب الخميس: يصعب وصف أهمية مباراة الأربعاء بالنسبة إلى اللاعبين.",
    expect: [
      ["الخميس", "2015-08-27", "day"],
      ["الأربعاء", "2015-08-26", "day"],
    ],
  },
  {
    why: "an event noun + weekday after a present verb of opinion and أن",
    ref: "2015-08-28",
    text: "ويرى المحللون أن قمة الأربعاء تحمل رسائل مهمة.",
    expect: [["الأربعاء", "2015-08-26", "day"]],
  },
  {
    why: "control: a direction word after the weekday decides",
    ref: "2015-08-28",
    text: "وتلعب الفرق مباراة الأربعاء المقبل في العاصمة.",
    expect: [["الأربعاء المقبل", "2015-09-02", "day"]],
  },
  {
    why: "control: a present verb with no event noun before the weekday is the coming day",
    ref: "2015-08-28",
    text: "ويلتقي الفريق نظيره الأربعاء في العاصمة.",
    expect: [["الأربعاء", "2015-09-02", "day"]],
  },
  {
    why: "control: a verb of action governing the event keeps the coming day",
    ref: "2015-08-28",
    text: "ويخوض الفريق مباراة الأربعاء أمام ضيفه.",
    expect: [["الأربعاء", "2015-09-02", "day"]],
  },
  {
    why: "control: a verb of opinion with a future cue after the date: the cue decides",
    ref: "2015-08-28",
    text: "ويعتقد المدرب أن مباراة الأربعاء ستكون صعبة.",
    expect: [["الأربعاء", "2015-09-02", "day"]],
  },
  {
    why: "control: a future verb governs an event noun's weekday",
    ref: "2015-08-28",
    text: "ستقام مباراة الأربعاء في الملعب الجديد.",
    expect: [["الأربعاء", "2015-09-02", "day"]],
  },
  // The plural perfect (فعلوا) is a past cue by its shape.
  {
    why: "a plural perfect ending in وا is a past verb: the date is the past one, not the future cue after it",
    ref: "2011-12-22",
    text: "وبحسب الوثائق، فإن القادة اتفقوا في اجتماعهم بالعاصمة في 20 ديسمبر على ألا تقام قواعد أجنبية.",
    expect: [["20 ديسمبر", "2011-12-20", "day"]],
  },
  {
    why: "a plural perfect after إن dates the reported event in the past",
    ref: "2023-06-10",
    text: "وقال الشهود إن المسلحين هاجموا القرية في 20 يونيو.",
    expect: [["20 يونيو", "2022-06-20", "day"]],
  },
  {
    why: "control: a subjunctive plural (يتفقوا) is no past verb",
    ref: "2011-12-10",
    text: "ويتوقع أن يتفقوا في 20 ديسمبر على خطة مشتركة.",
    expect: [["20 ديسمبر", "2011-12-20", "day"]],
  },
];
