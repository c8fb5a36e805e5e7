import type { DateExpression } from "../date-expression.js";
import type { DateRule } from "../date-rule.js";
import { directionAt } from "../direction-at.js";
import { calendarExpr, weekdayExpr } from "../expression-shapes.js";
import { lazy, lazyWordSet } from "../lazy.js";
import { dateWords } from "../lexicon/date-words.js";
import { isValidDay } from "../resolve/civil-day.js";
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
import { PARSER_BITS as B, tryAt } from "../starter-words.js";
import { parseDayMonth } from "./parse-calendar-date.js";
import { ordinalsAfter } from "./parse-nth-weekday.js";
import { parseOrdinalWords } from "./parse-number-words.js";
import { parseNumericDate } from "./parse-numeric-date.js";

// "كلا الاثنين", "بين الاثنين": "the two", not Monday. "صلاة الجمعة": the prayer.
// After أيام the weekday recurs ("باستثناء أيام الجمعة"): no one day.
const notWeekdayBefore = lazyWordSet(["كلا", "هذين", "هذان", "بين", "صلاه", "خطبه", "خطيب", "صلوات", "سوق", "ايام"]);
const notWeekdayAfter = lazyWordSet(["معا", "منهما", "كليهما", "عشر"]);

/** A weekday name at token i, with an optional "يوم" before it. */
export function weekdayAt(
  ctx: ScanContext,
  i: number,
): { weekday: number; first: number; last: number; prefix: number } | undefined {
  let k = i;
  let prefix = 0;
  // "يوم السبت": يوم stays outside the surface, like a preposition.
  const yawm = lookupWord(ctx, i, lazyYawm(), true);
  if (yawm) k++;
  let wd = lookupWord(ctx, k, ctx.words.weekdays, !yawm);
  // "خميس الأسبوع الجاي", "احد الأسبوع الماضي": the weekday without ال heads an idafa; read only
  // before a week with a direction, as خميس/احد are also names and "one".
  if (!wd && !yawm) {
    const bare = lookupWord(ctx, k, bareWeekdays(), true);
    if (bare && weekAfter(ctx, k + 1)) wd = bare;
  }
  // "الحد" is Sunday in speech but "the limit" in writing: only after يوم/نهار or before a direction.
  if (!wd && wordAt(ctx, k) === "الحد" && (yawm || directionAt(ctx, k + 1))) wd = { value: 7, prefix: 0 };
  if (!wd) return undefined;
  if (!yawm) {
    prefix = wd.prefix;
    if (lookupWord(ctx, i - 1, notWeekdayBefore(), true)) return undefined;
    // "عبد الله الخميس", "ابن الجمعة": a family name.
    if (lookupWord(ctx, i - 1, nameParticles()) || wordAt(ctx, i - 2) === "عبد") return undefined;
    // "إن الاثنين اتفقا": "the two" as a subject, followed by a dual verb.
    if (
      wd.value === 1 &&
      (wordIs(ctx, i - 1, ["ان", "لكن", "وان"]) || /^[^ال].{2,}ا$/.test(wordAt(ctx, i + 1) ?? ""))
    ) {
      if (!ctx.words.relativeDays.has(wordAt(ctx, i + 1) ?? "")) return undefined;
    }
  }
  const next = wordAt(ctx, k + 1);
  if (next !== undefined && notWeekdayAfter().has(next)) return undefined;
  return { weekday: wd.value, first: k, last: k, prefix };
}

/** The weekday names without their article: خميس، احد، ثلاثاء … */
export const bareWeekdays = lazy(() => {
  const table = new Map<string, number>();
  for (const [w, v] of dateWords().weekdays) if (w.startsWith("ال")) table.set(w.slice(2), v);
  return table;
});

const weekJoiners = lazyWordSet(["من", "في"]);

/** "(من) الأسبوع القادم/الماضي/الحالي" after a weekday: the week's offset and last token. */
function weekAfter(ctx: ScanContext, k: number): { value: -1 | 0 | 1; last: number } | undefined {
  if (lookupWord(ctx, k, weekJoiners())) k++;
  if (lookupWord(ctx, k, ctx.words.periodNouns)?.value !== "week") return undefined;
  return directionAt(ctx, k + 1);
}

/**
 * "السبت 21/09": a day/month with no year, read only after a weekday (alone, "21/09" may be a
 * score or a fraction); the weekday then picks the year. A third glued part belongs to the
 * numeric-date rule, so "21/09/13" is left alone.
 */
function slashDayMonth(ctx: ScanContext, k: number): TokenMatch | undefined {
  const a = numberAt(ctx, k);
  const b = numberAt(ctx, k + 2);
  if (!a || !b || a.digits > 2 || b.digits > 2 || !isPunctAt(ctx, k + 1, "/")) return undefined;
  if (!glued(ctx, k + 1) || !glued(ctx, k + 2)) return undefined;
  const after = ctx.tokens[k + 3];
  if (after?.kind === "punct" && "/-.".includes(after.text) && glued(ctx, k + 3)) return undefined;
  // A leap year, so 29/02 stays possible; 31/04 is no day.
  if (!isValidDay(2000, b.value, a.value)) return undefined;
  return {
    expr: calendarExpr({ kind: "calendar", calendar: "gregorian", day: a.value, month: { abs: b.value } }),
    first: k,
    last: k + 2,
    prefix: 0,
  };
}

const nameParticles = lazyWordSet(["بن", "ابن", "ابو", "بنت", "ال", "عبد", "ابا", "ابي"]);
// يوم, and the Maghrebi/Levantine نهار ("نهار الخميس").
export const lazyYawm = lazyWordSet(["يوم", "نهار"]);

/**
 * A weekday alone ("الجمعة", "الجمعة المقبلة", "يوم الأحد الماضي") or before a date
 * ("الخميس 27 نوفمبر", "الخميس، 27/11/2025", "الخميس الموافق 27 نوفمبر").
 */
export function parseWeekday(ctx: ScanContext, i: number): TokenMatch | undefined {
  const wd = weekdayAt(ctx, i);
  if (!wd) return undefined;
  let k = wd.last + 1;
  // A page header may set the weekday off with a dash: "الإثنين - 16 يونيو 2025 - 01:00 ص".
  if (isPunctAt(ctx, k, "،,-–") || wordAt(ctx, k) === "الموافق") k++;
  const date =
    tryAt(ctx, k, B.dayMonth, parseDayMonth) ?? tryAt(ctx, k, B.numericDate, parseNumericDate) ?? slashDayMonth(ctx, k);
  if (date && date.expr.kind === "calendar" && date.prefix === 0) {
    const expr: DateExpression = { ...date.expr, weekday: wd.weekday };
    // "الثلاثاء الثالث من سبتمبر" (no comma, no الموافق): the ordinal may count Tuesdays.
    if (
      k === wd.last + 1 &&
      expr.calendar === "gregorian" &&
      wordAt(ctx, k + 1) === "من" &&
      (ordinalsAfter().get(wordAt(ctx, k) ?? "") ?? 0) > 0
    ) {
      expr.ordinalAfterWeekday = true;
    }
    return { expr, first: wd.first, last: date.last, prefix: wd.prefix };
  }
  // "السبت السادس عشر": an ordinal day in words (6th to 31st; lower ones count weekdays, as in
  // "الخميس الثاني من مايو") with no month; the weekday picks the month.
  const ord = parseOrdinalWords(ctx, wd.last + 1, false);
  if (ord && ord.value >= 6 && ord.value <= 31 && wordAt(ctx, ord.last + 1) !== "من") {
    return {
      expr: calendarExpr({ kind: "calendar", calendar: "gregorian", day: ord.value, weekday: wd.weekday }),
      first: wd.first,
      last: ord.last,
      prefix: wd.prefix,
    };
  }
  const week = weekAfter(ctx, wd.last + 1);
  if (week) {
    return {
      expr: weekdayExpr({ kind: "weekday", weekday: wd.weekday, week: week.value }),
      first: wd.first,
      last: week.last,
      prefix: wd.prefix,
    };
  }
  const dir = directionAt(ctx, wd.last + 1);
  if (dir && dir.value !== 0) {
    return {
      expr: weekdayExpr({ kind: "weekday", weekday: wd.weekday, direction: dir.value }),
      first: wd.first,
      last: dir.last,
      prefix: wd.prefix,
    };
  }
  return {
    expr: weekdayExpr({ kind: "weekday", weekday: wd.weekday }),
    first: wd.first,
    last: wd.last,
    prefix: wd.prefix,
  };
}

/** Weekdays start on a weekday name (bare or with يوم/نهار before it, or the spoken الحد). */
export const weekdayRule: DateRule = {
  name: "weekday",
  startWords: () => [...dateWords().weekdays.keys(), ...bareWeekdays().keys(), ...lazyYawm().keys(), "الحد"],
  parse: parseWeekday,
};
