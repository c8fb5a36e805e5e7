import type { DateExpression, MonthRef, YearRef } from "../date-expression.js";
import type { DateRule } from "../date-rule.js";
import { directionAt } from "../direction-at.js";
import { calendarExpr } from "../expression-shapes.js";
import { lazy, lazyWordSet } from "../lazy.js";
import { monthLexicon } from "../lexicon/month-lexicon.js";
import {
  glued,
  isPunctAt,
  lookupWord,
  numberAt,
  type ScanContext,
  type TokenMatch,
  wordAt,
  wordIs,
} from "../scan-context.js";
import { type MonthMatch, parseMonthName } from "./parse-month.js";
import { dayWordStarts, parseDayOfMonth, parseOrdinalWords, tensWords } from "./parse-number-words.js";
import { parseYearAfter, yearNumberAt } from "./parse-year.js";

// Words before a month name that make even an ambiguous name (مارس، آب، رمضان) a date.
const monthCues = lazyWordSet(
  "في منذ حتي خلال قبل بعد مطلع بدايه اوائل منتصف اواسط اواخر نهايه مستهل ختام شهر طوال الي لغايه وحتي اواخر غضون بحلول شهري اول اخر".split(
    " ",
  ),
);
export const monthNoun = lazyWordSet(["شهر"]);

/**
 * The month part after a day: a name, or "الشهر الجاري/الماضي/المقبل", "هذا الشهر", "الشهر نفسه",
 * "الشهر الثامن".
 */
function parseMonthOfDay(
  ctx: ScanContext,
  j: number,
): { month: MonthRef; name?: MonthMatch; last: number } | undefined {
  const name = parseMonthName(ctx, j, false);
  if (name) return { month: { abs: name.name.month }, name, last: name.last };
  const w = wordAt(ctx, j);
  if (w === "الشهر") {
    const dir = directionAt(ctx, j + 1);
    if (dir) return { month: { rel: dir.value }, last: dir.last };
    if (wordIs(ctx, j + 1, ["نفسه", "ذاته"])) return { month: { same: true }, last: j + 1 };
    // "27 من الشهر الثامن": the month by its ordinal, as "الشهر الثامن" alone is.
    const ord = parseOrdinalWords(ctx, j + 1, false);
    if (ord && ord.value >= 1 && ord.value <= 12) return { month: { abs: ord.value }, last: ord.last };
    return undefined;
  }
  if (w === "هذا" && wordAt(ctx, j + 1) === "الشهر") return { month: { rel: 0 }, last: j + 1 };
  // "وصل في 5 الجاري", "في الـ12 من الجاري": the current month, الشهر left out.
  if (w === "الجاري") return { month: { rel: 0 }, last: j };
  return undefined;
}

/** Year or direction after a month name. */
function parseMonthTail(
  ctx: ScanContext,
  j: number,
): { year?: YearRef; direction?: -1 | 0 | 1; last: number; hijri?: boolean } | undefined {
  const year = parseYearAfter(ctx, j);
  if (year) return year;
  // "10 يناير-2022": a dateline's year glued to the month by a dash.
  if (isPunctAt(ctx, j, "-") && glued(ctx, j) && glued(ctx, j + 1) && numberAt(ctx, j + 1)?.digits === 4) {
    const dashed = parseYearAfter(ctx, j + 1);
    if (dashed) return dashed;
  }
  const dir = directionAt(ctx, j);
  if (dir) return { direction: dir.value, last: dir.last };
  return undefined;
}

function calendarOf(name: MonthMatch | undefined, hijriSuffix: boolean | undefined): "gregorian" | "hijri" {
  return name?.name.system === "hijri" || hijriSuffix === true ? "hijri" : "gregorian";
}

/** Day + month (+ year): "27 نوفمبر 2025", "الخامس والعشرين من ديسمبر", "غرة رمضان 1446 هـ", "24 من الشهر الجاري". */
export function parseDayMonth(ctx: ScanContext, i: number): TokenMatch | undefined {
  const day = parseDayOfMonth(ctx, i);
  if (!day) return undefined;
  let j = day.last + 1;
  // Web noise: a displaced comma or dot between a digit day and its month ("12، نوفمبر 2025",
  // "3 . تشرين الأول . 2025"); read only when a 4-digit year completes the date.
  const displaced = !day.wordy && isPunctAt(ctx, j, "،,.") ? displacedDate(ctx, i, day.day, j) : undefined;
  if (displaced) return displaced;
  // "في الـ 6 منه", "يوم 6 منه", "وفي العاشر منه": a day of the month named just before.
  if (wordAt(ctx, j) === "منه") return dayOfThatMonth(ctx, i, day.day, j, day.prefix);
  const hasMin = wordAt(ctx, j) === "من";
  if (hasMin) j++;
  if (day.wordy && !hasMin && !day.firstOf) return undefined;
  if (wordAt(ctx, j) === "شهر") j++;
  const month = parseMonthOfDay(ctx, j);
  if (!month) return undefined;
  if (month.name && month.name.name.system !== "hijri" && day.day > 31) return undefined;
  const tail = parseMonthTail(ctx, month.last + 1);
  const monthRef: MonthRef =
    "abs" in month.month && tail?.direction !== undefined
      ? { abs: month.month.abs, direction: tail.direction }
      : month.month;
  const expr: DateExpression = calendarExpr({
    kind: "calendar",
    calendar: calendarOf(month.name, tail?.hijri),
    day: day.day,
    month: monthRef,
    ...(tail?.year ? { year: tail.year } : {}),
  });
  return { expr, first: i, last: tail ? tail.last : month.last, prefix: day.prefix };
}

// What stands before "الـ 6 منه" when it is a day: في or يوم (حتى/منذ + منه are range ends).
const ofMonthCues = lazyWordSet(["في", "وفي", "ففي", "يوم", "ويوم"]);

/**
 * "في الـ 6 منه" ("on the 6th of it"): a day of the month the previous date named. Needs في or
 * يوم before the day; resolution gives nothing when no date with a month comes just before.
 */
function dayOfThatMonth(ctx: ScanContext, i: number, day: number, j: number, prefix: number): TokenMatch | undefined {
  if (prefix !== 0 || !lookupWord(ctx, i - 1, ofMonthCues())) return undefined;
  // A Hijri month sets no anchor for later dates: its name and year are read here instead.
  const hijri = hijriMonthBefore(ctx, i - 2);
  const expr: DateExpression = calendarExpr(
    hijri
      ? { kind: "calendar", calendar: "hijri", day, month: { abs: hijri.month }, year: hijri.year }
      : { kind: "calendar", calendar: "gregorian", day, month: { same: true, of: true } },
  );
  return { expr, first: i, last: j, prefix: 0 };
}

/**
 * The month name nearest before token k in its sentence (up to 30 tokens back), when it is a
 * Hijri one, with its year ("خلال شهر رمضان 1446، وتحديدا في السابع عشر منه").
 */
function hijriMonthBefore(ctx: ScanContext, k: number): { month: number; year?: YearRef } | undefined {
  for (let n = 0; n < 30 && k >= 0; n++, k--) {
    if (isPunctAt(ctx, k, ".؟?!؛;\n")) return undefined;
    const name = ctx.tokens[k]?.kind === "word" ? parseMonthName(ctx, k, true) : undefined;
    if (name === undefined) continue;
    if (name.name.system !== "hijri") return undefined;
    return { month: name.name.month, year: parseMonthTail(ctx, name.last + 1)?.year };
  }
  return undefined;
}

function displacedDate(ctx: ScanContext, i: number, day: number, j: number): TokenMatch | undefined {
  const name = parseMonthName(ctx, j + 1, false);
  if (!name) return undefined;
  const dot = isPunctAt(ctx, j, ".");
  let k = name.last + 1;
  if (dot && isPunctAt(ctx, k, ".")) k++;
  else if (dot) return undefined;
  const n = numberAt(ctx, k);
  const year = n?.digits === 4 ? yearNumberAt(ctx, k) : undefined;
  if (year === undefined || day > 31) return undefined;
  const expr: DateExpression = calendarExpr({
    kind: "calendar",
    calendar: name.name.system === "hijri" ? "hijri" : "gregorian",
    day,
    month: { abs: name.name.month },
    year: { abs: year },
  });
  return { expr, first: i, last: k, prefix: 0 };
}

/**
 * Month (+ year or direction): "نوفمبر 2025", "شهر رمضان", "يناير الماضي", "تشرين الثاني/نوفمبر
 * من العام المقبل". An ambiguous name (مارس، آب، نيسان، رمضان…) needs a year, a direction, "شهر"
 * or a temporal preposition before it.
 */
/**
 * "أغسطس 23, 2021 15:22", "نوفمبر 5، 2019": a web page's month-first stamp — a Gregorian month
 * name, a day of one or two digits, a comma and a four-digit year.
 */
function monthFirstStamp(ctx: ScanContext, i: number, name: MonthMatch, prefix: number): TokenMatch | undefined {
  if (name.name.system === "hijri") return undefined;
  const day = numberAt(ctx, name.last + 1);
  if (!day || day.digits > 2 || day.value < 1 || day.value > 31 || !isPunctAt(ctx, name.last + 2, ",،"))
    return undefined;
  if (numberAt(ctx, name.last + 3)?.digits !== 4) return undefined;
  const year = yearNumberAt(ctx, name.last + 3);
  if (year === undefined) return undefined;
  const expr: DateExpression = calendarExpr({
    kind: "calendar",
    calendar: "gregorian",
    day: day.value,
    month: { abs: name.name.month },
    year: { abs: year },
  });
  return { expr, first: i, last: name.last + 3, prefix };
}

export function parseMonthYear(ctx: ScanContext, i: number): TokenMatch | undefined {
  let j = i;
  let prefix = 0;
  const noun = lookupWord(ctx, i, monthNoun(), true);
  if (noun) {
    j++;
    prefix = noun.prefix;
  }
  const name = parseMonthName(ctx, j, !noun);
  if (!name) return noun ? parseMonthNumber(ctx, i, j, prefix) : undefined;
  if (!noun) prefix = name.prefix;
  const stamp = noun ? undefined : monthFirstStamp(ctx, i, name, prefix);
  if (stamp) return stamp;
  const tail = parseMonthTail(ctx, name.last + 1);
  if (name.name.ambiguous && !noun && !tail && !name.paired) {
    // "باب" (door) is ب + آب: a two-letter name never takes a clitic cue; a two-word name that
    // is also a phrase ("بربيع آخر", another spring) takes none at all.
    if (name.name.words.length > 1) return undefined;
    const cueBefore =
      name.prefix > 0
        ? cliticCue(ctx, i) && name.name.words[0]!.length > 2
        : lookupWord(ctx, i - 1, monthCues(), true) !== undefined;
    if (!cueBefore) return undefined;
  }
  const expr: DateExpression = calendarExpr({
    kind: "calendar",
    calendar: calendarOf(name, tail?.hijri),
    month:
      tail?.direction !== undefined ? { abs: name.name.month, direction: tail.direction } : { abs: name.name.month },
    ...(tail?.year ? { year: tail.year } : {}),
  });
  return { expr, first: i, last: tail ? tail.last : name.last, prefix };
}

// Spoken month numbers above ten ("شهر حداشر"), beside the counts of the date lexicon.
const spokenTens = lazy(
  () =>
    new Map([
      ["حداشر", 11],
      ["احداشر", 11],
      ["حدعش", 11],
      ["اتناشر", 12],
      ["اطناشر", 12],
      ["طناش", 12],
      ["عشره", 10],
      ["عشر", 10],
    ]),
);

/**
 * "شهر 3", "شهر تلاتة", "شهر 11 اللي فات": a month by its number after the noun شهر (1–12, in
 * digits or a count word), with the same optional year or direction as a month name.
 */
function parseMonthNumber(ctx: ScanContext, i: number, j: number, prefix: number): TokenMatch | undefined {
  const n = numberAt(ctx, j);
  let month: number | undefined;
  if (n) month = n.digits <= 2 ? n.value : undefined;
  else {
    const w = wordAt(ctx, j) ?? "";
    month = ctx.words.counts.get(w) ?? spokenTens().get(w);
  }
  if (month === undefined || month < 1 || month > 12) return undefined;
  const tail = parseMonthTail(ctx, j + 1);
  // "شهر 3 مرات", "شهر 2 أيام": a count, not a month; "شهر عشرة سنة 2015" has its year.
  if (
    !tail?.year &&
    ctx.tokens[j + 1]?.kind === "word" &&
    (ctx.words.units.has(wordAt(ctx, j + 1)!) || wordIs(ctx, j + 1, ["مرات", "مره"]))
  )
    return undefined;
  const expr: DateExpression = calendarExpr({
    kind: "calendar",
    calendar: "gregorian",
    month: tail?.direction !== undefined ? { abs: month, direction: tail.direction } : { abs: month },
    ...(tail?.year ? { year: tail.year } : {}),
  });
  return { expr, first: i, last: tail ? tail.last : j, prefix };
}

// "بمارس"/"لرمضان" read as a date only with ب/ل (in, for); "ومارس" is usually the verb.
function cliticCue(ctx: ScanContext, i: number): boolean {
  const w = wordAt(ctx, i) ?? "";
  return w.startsWith("ب") || w.startsWith("وب") || w.startsWith("ل");
}

/**
 * "الشهر الأول من العام التالي"، "الشهر الـ12 من عام 2024": the N-th month of a year
 * expression. `i` is the token of "الشهر" (clitics allowed); needs من and a year after it.
 */
export function parseOrdinalMonth(ctx: ScanContext, i: number, prefix: number): TokenMatch | undefined {
  let n: number | undefined;
  let k: number;
  const ord = parseOrdinalWords(ctx, i + 1, false);
  if (ord) {
    n = ord.value;
    k = ord.last + 1;
  } else {
    const digits = wordAt(ctx, i + 1) === "ال" ? numberAt(ctx, i + 2) : undefined;
    if (!digits) return undefined;
    n = digits.value;
    k = i + 3;
  }
  if (n < 1 || n > 12 || wordAt(ctx, k) !== "من") return undefined;
  const year = parseYearAfter(ctx, k);
  if (!year || year.hijri) return undefined;
  const expr: DateExpression = calendarExpr({
    kind: "calendar",
    calendar: "gregorian",
    month: { abs: n },
    year: year.year,
  });
  return { expr, first: i, last: year.last, prefix };
}

/** A day of a month in words (digits by numberMask), or one of the tens alone. */
export const dayMonthRule: DateRule = {
  name: "dayMonth",
  startWords: () => [...dayWordStarts(), ...tensWords()],
  parse: parseDayMonth,
};

/** A month name, or شهر before a month number. */
export const monthYearRule: DateRule = {
  name: "monthYear",
  startWords: () => [...monthLexicon().keys(), ...monthNoun().keys()],
  parse: parseMonthYear,
};
