import { lazy } from "../lazy.js";
import { phraseTable, wordTable } from "./phrase-table.js";

/** Which half of the day a part-of-day word puts a clock hour in (see applyDayPart). */
export type DayHalf = "am" | "noon" | "pm" | "night";

/**
 * Hours in words as news writes them: the ordinal feminine (الثامنة، الحادية عشرة). With
 * minutes after them they are a time by themselves ("الثامنة والنصف").
 */
export const ORDINAL_HOURS = [
  [1, ["الواحدة"]],
  [2, ["الثانية"]],
  [3, ["الثالثة"]],
  [4, ["الرابعة"]],
  [5, ["الخامسة"]],
  [6, ["السادسة"]],
  [7, ["السابعة"]],
  [8, ["الثامنة"]],
  [9, ["التاسعة"]],
  [10, ["العاشرة"]],
  [11, ["الحادية عشرة", "الحادية عشر"]],
  [12, ["الثانية عشرة", "الثانية عشر"]],
] as const;

/**
 * Hours as speech says them: the cardinal with or without ال (تمانية، الثمانية) and the
 * spoken 11/12 (حداشر، اتناشر). They are also counts ("ثلاثة ونصف مليون"), so they make a
 * time only after الساعة or على, or before a part of the day.
 */
export const SPOKEN_HOURS = [
  [1, ["واحدة", "وحدة", "الوحدة"]],
  [2, ["اتنين", "اثنين", "ثنتين"]],
  [3, ["ثلاثة", "تلاتة", "الثلاثة", "التلاتة"]],
  [4, ["أربعة", "الأربعة"]],
  [5, ["خمسة", "الخمسة"]],
  [6, ["ستة", "الستة"]],
  [7, ["سبعة", "السبعة"]],
  [8, ["ثمانية", "تمانية", "الثمانية", "التمانية", "ثمنية", "تمنية"]],
  [9, ["تسعة", "التسعة"]],
  [10, ["عشرة", "العشرة"]],
  [11, ["حداشر", "احداشر", "حدعش", "الحداشر"]],
  [12, ["اتناشر", "اطناشر", "طناش", "الاتناشر"]],
] as const;

/**
 * What may follow an hour to give its minutes: fractions (وربع، ونص، وثلث، إلا ربع، إلا ثلث)
 * and the spoken round minutes (وخمسة، وعشرة، إلا خمسة، إلا عشرة), with or without دقائق.
 * Values are minutes after the hour; negative ones count before it.
 */
export const MINUTE_PHRASES = [
  [30, ["والنصف", "ونصف", "ونص", "والنص", "و نص", "و نصف"]],
  [15, ["والربع", "وربع", "و ربع"]],
  [20, ["والثلث", "وثلث", "وتلت", "والتلت", "و ثلث", "و تلت"]],
  [-15, ["إلا ربع", "إلا ربعا", "الا ربع", "الا ربعا", "غير ربع"]],
  [-20, ["إلا ثلث", "إلا ثلثا", "إلا تلت", "الا ثلث", "الا تلت", "غير تلت"]],
  [-5, ["إلا خمس دقائق", "إلا خمسة", "إلا خمس", "إلا 5 دقائق"]],
  [-10, ["إلا عشر دقائق", "إلا عشرة", "إلا عشر", "إلا 10 دقائق"]],
  [5, ["وخمس دقائق", "وخمسة", "و خمسة"]],
  [10, ["وعشر دقائق", "وعشرة", "و عشرة"]],
  [25, ["وخمسة وعشرين دقيقة", "وخمس وعشرين دقيقة", "وخمسة وعشرين", "ونص إلا خمسة"]],
  [35, ["ونص وخمسة", "ونصف وخمس دقائق"]],
] as const;

/**
 * Part-of-day words after a clock hour (or between a day and its hour), moving the hour to
 * 24-hour time: am keeps 1–11 and makes 12 midnight; noon adds 12 below 6 (الثانية ظهرا =
 * 14, 12 ظهرا = 12); pm adds 12 below 12; night adds 12 from 6 to 11 and makes 12 midnight.
 * `today` marks الليلة, هذه الليلة, هالليلة ("tonight"), which also date the hour.
 */
export const DAY_PART_PHRASES: readonly (readonly [DayHalf, readonly string[]])[] = [
  ["am", ["صباحا", "صباحاً", "صباح", "الصبح", "الصباح", "صبحا", "فجرا", "فجراً", "الفجر", "بالصباح", "فالصباح"]],
  ["noon", ["ظهرا", "ظهراً", "الظهر", "الضهر", "ضهرا", "الظهيرة", "بعد الظهر", "بعد الضهر", "بعد الظهيرة"]],
  [
    "pm",
    [
      "عصرا",
      "عصراً",
      "العصر",
      "بعد العصر",
      "قبل المغرب",
      "بعد المغرب",
      "مساء",
      "مساءً",
      "مساءا",
      "المساء",
      "المسا",
      "بالمسا",
      "عشية",
      "العشية",
      "بعد الزوال",
    ],
  ],
  [
    "night",
    [
      "ليلا",
      "ليلاً",
      "الليل",
      "بالليل",
      "فالليل",
      "بعد العشاء",
      "بعد العشا",
      "الليلة",
      "بالليلة",
      "هذه الليلة",
      "هالليلة",
    ],
  ],
];

/** Hour words → { hour, ordinal }. */
export const hourWords = lazy(() =>
  phraseTable<{ hour: number; ordinal: boolean }>([
    ...ORDINAL_HOURS.map(([hour, words]) => [{ hour, ordinal: true }, words] as const),
    ...SPOKEN_HOURS.map(([hour, words]) => [{ hour, ordinal: false }, words] as const),
  ]),
);
/** Words before a spoken hour that make it a time: "على الثمانية", "عند تسعة". */
export const hourJoiners = lazy(() => wordTable([[true, ["على", "عند", "حوالي", "حوالى", "نحو", "قرابة"]]]));
/**
 * Words of magnitude after a number: "سبعة آلاف عسكري", "ثلاثة ملايين", "تسعة مئات". A number
 * before one is a count, never a clock hour, whatever word came before it (نحو، الساعة …).
 */
export const magnitudeWords = lazy(() =>
  wordTable([
    [
      true,
      ["ألف", "ألفا", "آلاف", "ألوف", "مئات", "مائة", "مئة", "مليون", "مليونا", "ملايين", "مليار", "مليارا", "مليارات"],
    ],
  ]),
);
export const minutePhrases = lazy(() => phraseTable(MINUTE_PHRASES));
export const dayPartPhrases = lazy(() => phraseTable(DAY_PART_PHRASES));
/** The hour noun, also glued to the spoken على ("عالساعة"). */
export const hourNouns = lazy(() => wordTable([[true, ["الساعة", "عالساعة"]]]));

/** "المئة" in "في المئة" / "بالمئة" (percent): a number before it is a share, never a clock hour. */
export const percentWords = lazy(() => wordTable([[true, ["المئة", "المائة", "المية"]]]));
