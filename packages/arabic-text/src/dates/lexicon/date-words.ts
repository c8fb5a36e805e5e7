import { toSearchText } from "../search-text.js";

/** A duration or period unit. */
export type TimeUnit = "year" | "month" | "week" | "day" | "hour" | "minute" | "decade" | "century";

/** The small closed word classes of date expressions, all normalized (search profile). */
export interface DateWords {
  /** Weekday names → ISO weekday (Monday = 1 … Sunday = 7). */
  weekdays: Map<string, number>;
  /** Words after a period noun or a name: -1 past (الماضي), 0 current (الجاري), +1 next (المقبل). */
  directions: Map<string, -1 | 0 | 1>;
  /** Part-of-period heads (مطلع، منتصف، أواخر …). */
  parts: Map<string, "start" | "mid" | "end">;
  /** Parts of a day (صباح، مساء …) that keep the day's value. */
  dayParts: Set<string>;
  /** Single relative-day words → offset from ref (اليوم 0, أمس −1, غدا +1). */
  relativeDays: Map<string, number>;
  /** Period nouns that take a direction word: العام الماضي, الشهر المقبل. */
  periodNouns: Map<string, "decade" | "year" | "month" | "week">;
  /** Unit nouns with the count they imply (dual forms imply 2). */
  units: Map<string, { unit: TimeUnit; count?: number }>;
  /** Cardinal count words → value (ثلاثة، خمس …). */
  counts: Map<string, number>;
  /** Ordinal words (الأول … العاشر) used for days, centuries, quarters. */
  ordinals: Map<string, number>;
  /** Decade words (التسعينيات) → the decade's tens digit (9). */
  decades: Map<string, number>;
  /** Prepositions that make a following bare 4-digit number a year (في 2024، منذ 2014). */
  yearPrepositions: Set<string>;
  /** Clock-time qualifiers → whether they mean the afternoon/evening half. */
  clockQualifiers: Map<string, "am" | "pm" | "noon" | "night">;
}

let cache: DateWords | undefined;

function fold(word: string): string {
  return toSearchText(word).text;
}

function mapOf<V>(entries: [string, V][]): Map<string, V> {
  return new Map(entries.map(([k, v]) => [fold(k), v]));
}

function group<V>(groups: [V, string[]][]): Map<string, V> {
  const map = new Map<string, V>();
  for (const [value, words] of groups) for (const word of words) map.set(fold(word), value);
  return map;
}

const ORDINAL_UNITS = [
  "الأول",
  "الثاني",
  "الثالث",
  "الرابع",
  "الخامس",
  "السادس",
  "السابع",
  "الثامن",
  "التاسع",
  "العاشر",
];
const COUNT_UNITS = [
  ["واحد", "واحدة"],
  ["اثنين", "اثنان", "اثنتين", "اثنتان", "اتنين", "تنين"],
  ["ثلاث", "ثلاثة", "تلات", "تلاتة"],
  ["أربع", "أربعة", "اربعه"],
  ["خمس", "خمسة"],
  ["ست", "ستة"],
  ["سبع", "سبعة"],
  ["ثماني", "ثمانية", "ثمان", "تمانية", "تماني", "تمنية"],
  ["تسع", "تسعة"],
  ["عشر", "عشرة"],
];
const DECADES = ["عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"];

/** The word classes, built once on first use. */
export function dateWords(): DateWords {
  if (cache) return cache;
  const ordinals = new Map<string, number>();
  ORDINAL_UNITS.forEach((w, i) => {
    ordinals.set(fold(w), i + 1);
  });
  ordinals.set(fold("الحادي"), 1);
  ordinals.set(fold("الواحد"), 1);
  ordinals.set(fold("الأخير"), -1);
  const counts = new Map<string, number>();
  COUNT_UNITS.forEach((ws, i) => {
    for (const w of ws) counts.set(fold(w), i + 1);
  });
  const decades = new Map<string, number>();
  DECADES.forEach((stem, i) => {
    for (const form of [`ال${stem}يات`, `ال${stem}ات`, `${stem}يات`, `${stem}ات`]) decades.set(fold(form), i + 2);
  });
  cache = {
    weekdays: group([
      // Spoken spellings too: الاتنين، التلات/التلاتا (Egyptian, Levantine); الحد (Sunday) is read in parse-weekday only after يوم/نهار or before a direction, being also "the limit".
      [1, ["الاثنين", "الإثنين", "الاتنين", "التنين"]],
      [2, ["الثلاثاء", "الثلاثا", "التلات", "التلاتا", "التلاتاء"]],
      [3, ["الأربعاء", "الاربعا"]],
      [4, ["الخميس"]],
      [5, ["الجمعة"]],
      [6, ["السبت"]],
      [7, ["الأحد"]],
    ]),
    directions: group<-1 | 0 | 1>([
      [
        -1,
        // الماض: the spoken clipped الماضي ("الشهر الماض"); the dual/plural after a range
        // ("بين مساء السبت وصباح الأحد الماضيين").
        [
          "الماضي",
          "الماضية",
          "الماض",
          "الماضيين",
          "الماضيتين",
          "الفائتين",
          "المنصرم",
          "المنصرمة",
          "الفائت",
          "الفائتة",
          "الفايت",
          "الفايتة",
          "المنقضي",
          "المنقضية",
        ],
      ],
      [0, ["الجاري", "الجارية", "الحالي", "الحالية"]],
      // The spoken الجاي/الياي ("coming"), and the plural/dual after a weekday range
      // ("من الأحد إلى الثلاثاء المقبلين").
      [
        1,
        [
          "المقبل",
          "المقبلة",
          "القادم",
          "القادمة",
          "المقبلين",
          "المقبلتين",
          "القادمين",
          "القادمتين",
          "الجاي",
          "الجاية",
          "الجايين",
          "الجايه",
          "الياي",
          "الياية",
          "اليايين",
        ],
      ],
    ]),
    parts: group<"start" | "mid" | "end">([
      ["start", ["مطلع", "بداية", "بدايات", "أوائل", "مستهل", "مطالع", "أول"]],
      ["mid", ["منتصف", "أواسط", "وسط", "منتصفات", "نص"]],
      ["end", ["أواخر", "نهاية", "نهايات", "آخر", "ختام", "أخريات"]],
    ]),
    dayParts: new Set(
      ["صباح", "مساء", "فجر", "ظهر", "عصر", "ليل", "ليلة", "ضحى", "صبيحة", "ظهيرة", "عشية", "مساء"].map(fold),
    ),
    relativeDays: mapOf([
      ["اليوم", 0],
      ["أمس", -1],
      ["الأمس", -1],
      ["البارحة", -1],
      ["غدا", 1],
      ["الغد", 1],
      ["غد", 1],
      // Spoken forms: Egyptian/Levantine بكرة/بكرا، Gulf باچر/باكر، Maghrebi غدوة; امبارح/مبارح
      // (yesterday), البارح; النهارده (today, Egyptian).
      ["بكرة", 1],
      ["بكرا", 1],
      // Gulf باكر is also "early": parse-relative reads it only before an hour or a part of the day.
      ["باكر", 1],
      ["باچر", 1],
      ["باجر", 1],
      ["غدوة", 1],
      ["امبارح", -1],
      ["إمبارح", -1],
      ["مبارح", -1],
      ["البارح", -1],
      ["النهارده", 0],
      // Tonight: a part of today (parse-relative marks it so; "الليلة الماضية" is last night).
      ["الليلة", 0],
      ["النهاردة", 0],
      ["النهارد", 0],
    ]),
    periodNouns: group<"decade" | "year" | "month" | "week">([
      ["decade", ["العقد"]],
      ["year", ["العام", "السنة"]],
      ["month", ["الشهر"]],
      // السيمانة: the Maghrebi week.
      ["week", ["الأسبوع", "السيمانة"]],
    ]),
    units: mapOf<{ unit: TimeUnit; count?: number }>([
      ["عام", { unit: "year" }],
      ["عاما", { unit: "year" }],
      ["أعوام", { unit: "year" }],
      ["عامين", { unit: "year", count: 2 }],
      ["عامان", { unit: "year", count: 2 }],
      ["سنة", { unit: "year" }],
      ["سنوات", { unit: "year" }],
      ["سنين", { unit: "year" }],
      ["سنتين", { unit: "year", count: 2 }],
      ["سنتان", { unit: "year", count: 2 }],
      ["شهر", { unit: "month" }],
      ["شهرا", { unit: "month" }],
      ["أشهر", { unit: "month" }],
      ["شهور", { unit: "month" }],
      ["شهرين", { unit: "month", count: 2 }],
      ["شهران", { unit: "month", count: 2 }],
      ["أسبوع", { unit: "week" }],
      ["أسبوعا", { unit: "week" }],
      ["أسابيع", { unit: "week" }],
      ["أسبوعين", { unit: "week", count: 2 }],
      ["أسبوعان", { unit: "week", count: 2 }],
      // Levantine جمعة is also "a week"; only the dual is safe to read so ("صرلي جمعتين").
      ["جمعتين", { unit: "week", count: 2 }],
      ["يوم", { unit: "day" }],
      ["يوما", { unit: "day" }],
      ["أيام", { unit: "day" }],
      ["يومين", { unit: "day", count: 2 }],
      ["يومان", { unit: "day", count: 2 }],
      ["ساعة", { unit: "hour" }],
      ["ساعات", { unit: "hour" }],
      ["ساعتين", { unit: "hour", count: 2 }],
      ["ساعتان", { unit: "hour", count: 2 }],
      ["دقيقة", { unit: "minute" }],
      ["دقائق", { unit: "minute" }],
      ["دقيقتين", { unit: "minute", count: 2 }],
      ["عقد", { unit: "decade" }],
      ["عقود", { unit: "decade" }],
      ["عقدين", { unit: "decade", count: 2 }],
      ["قرن", { unit: "century" }],
      ["قرون", { unit: "century" }],
      ["قرنين", { unit: "century", count: 2 }],
    ]),
    counts,
    ordinals,
    decades,
    yearPrepositions: new Set(
      [
        "في",
        "منذ",
        "حتى",
        "بحلول",
        "قبل",
        "بعد",
        "خلال",
        "مع",
        "عن",
        "إلى",
        "الى",
        "طوال",
        "ب",
        "ل",
        "من",
        "لغاية",
      ].map(fold),
    ),
    clockQualifiers: group<"am" | "pm" | "noon" | "night">([
      ["am", ["صباحا", "صباح", "فجرا", "صباحاً"]],
      ["noon", ["ظهرا", "ظهراً"]],
      ["pm", ["عصرا", "مساء", "مساءا", "مساءً", "عصراً"]],
      ["night", ["ليلا", "ليلاً"]],
    ]),
  };
  return cache;
}
