import type { DateExpression } from "../date-expression.js";
import type { DateRule } from "../date-rule.js";
import { nthWeekdayExpr, periodExpr } from "../expression-shapes.js";
import { lazy } from "../lazy.js";
import { dateWords } from "../lexicon/date-words.js";
import { wordTable } from "../lexicon/phrase-table.js";
import { lookupWord, type ScanContext, type TokenMatch, wordAt } from "../scan-context.js";
import { PARSER_BITS as B, tryAt } from "../starter-words.js";
import { parseDayMonth, parseMonthYear } from "./parse-calendar-date.js";
import { parseHoliday } from "./parse-holiday.js";
import { parseRelativePeriod } from "./parse-relative.js";
import { parseStandaloneYear } from "./parse-year.js";

/**
 * Ordinals that count weekdays inside a month, before the weekday ("ثاني خميس", "آخر جمعة",
 * "تالت سبت") or after it with ال ("الخميس الثاني", "الجمعة الأخيرة"); -1 is the last.
 */
export const ORDINALS_BEFORE = [
  [1, ["أول"]],
  [2, ["ثاني", "تاني"]],
  [3, ["ثالث", "تالت"]],
  [4, ["رابع"]],
  [5, ["خامس"]],
  [-1, ["آخر"]],
] as const;
export const ORDINALS_AFTER = [
  [1, ["الأول", "الأولى"]],
  [2, ["الثاني", "الثانية"]],
  [3, ["الثالث", "الثالثة"]],
  [4, ["الرابع", "الرابعة"]],
  [5, ["الخامس", "الخامسة"]],
  [-1, ["الأخير", "الأخيرة"]],
] as const;
// Weekday names without the article, as they follow an ordinal ("ثاني خميس"); 0 is "يوم" (any day).
const BARE_DAYS = [
  [0, ["يوم"]],
  [1, ["اثنين", "إثنين", "اتنين"]],
  [2, ["ثلاثاء", "تلات", "تلاتاء"]],
  [3, ["أربعاء"]],
  [4, ["خميس"]],
  [5, ["جمعة"]],
  [6, ["سبت"]],
  [7, ["أحد", "حد"]],
] as const;

export const ordinalsBefore = lazy(() => wordTable(ORDINALS_BEFORE));
export const ordinalsAfter = lazy(() => wordTable(ORDINALS_AFTER));
const bareDays = lazy(() => wordTable(BARE_DAYS));

/**
 * The month or year an ordinal weekday counts in: a month name, الشهر الجاري، السنة، عام 2026.
 * With `clitic`, the month may carry a glued ب ("بشهر أكتوبر", for week-of-month.ts).
 */
export function container(ctx: ScanContext, k: number, clitic = false): TokenMatch | undefined {
  if (clitic) {
    const m = tryAt(ctx, k, B.monthYear, parseMonthYear);
    return m && m.expr.kind === "calendar" && m.expr.day === undefined ? m : undefined;
  }
  const w = wordAt(ctx, k);
  const period = tryAt(ctx, k, B.relativePeriod, parseRelativePeriod);
  if (period && period.prefix === 0 && period.expr.kind === "period") {
    if (period.expr.unit === "month" || period.expr.unit === "year") return period;
  }
  // A bare "الشهر" / "السنة" / "العام" is the current one ("تالت سبت من الشهر").
  if (w === "الشهر" || w === "السنه" || w === "العام") {
    const unit = w === "الشهر" ? "month" : "year";
    return { expr: periodExpr({ kind: "period", unit, offset: 0 }), first: k, last: k, prefix: 0 };
  }
  const month = tryAt(ctx, k, B.monthYear, parseMonthYear);
  if (month && month.prefix === 0 && month.expr.kind === "calendar" && month.expr.day === undefined) return month;
  const year = tryAt(ctx, k, B.year, parseStandaloneYear);
  if (year && year.prefix === 0 && year.expr.kind === "calendar") return year;
  return undefined;
}

/**
 * The N-th (or last) weekday, or the first/last day, of a month or year: "ثاني خميس من
 * نوفمبر", "الجمعة الأخيرة من الشهر الجاري", "أول أحد من الشهر القادم", "آخر يوم من السنة",
 * "اليوم الأخير من الشهر الجاري", "ثالث يوم من أكتوبر" (weekday 0: the n-th day).
 */
export function parseNthWeekday(ctx: ScanContext, i: number): TokenMatch | undefined {
  let n: number | undefined;
  let weekday: number | undefined;
  let k: number;
  let prefix = 0;
  const before = lookupWord(ctx, i, ordinalsBefore(), true);
  if (before) {
    weekday = bareDays().get(wordAt(ctx, i + 1) ?? "");
    n = before.value;
    prefix = before.prefix;
    k = i + 2;
  } else {
    const day = lookupWord(ctx, i, ctx.words.weekdays, true);
    const today = !day && wordAt(ctx, i) === "اليوم";
    if (!day && !today) return undefined;
    weekday = day ? day.value : 0;
    prefix = day ? day.prefix : 0;
    n = ordinalsAfter().get(wordAt(ctx, i + 1) ?? "");
    k = i + 2;
  }
  if (n === undefined || weekday === undefined) return undefined;
  const w = wordAt(ctx, k);
  if (w === "بعد" || w === "قبل") return fromDay(ctx, i, k, n, weekday, prefix);
  // "آخر جمعة في أبريل", "أول خميس في الشهر المقبل": في counts inside the month like من.
  if (w !== "من" && w !== "في") return undefined;
  const of = container(ctx, k + 1);
  if (!of) return undefined;
  // "ثالث يوم من أكتوبر", "اليوم الثالث من الشهر": the n-th day of a Gregorian month or year
  // (a Hijri month's days are left to the day-month rule, which counts in its calendar).
  if (weekday === 0 && n > 1 && of.expr.kind === "calendar" && of.expr.calendar !== "gregorian") return undefined;
  const expr: DateExpression = nthWeekdayExpr({ kind: "nth-weekday", n, weekday, of: of.expr });
  return { expr, first: i, last: of.last, prefix };
}

/**
 * "ثالث ثلاثاء بعد عيد الميلاد 2014", "أول جمعة بعد عيد الفطر", "آخر أحد قبل 25 ديسمبر": the
 * n-th weekday strictly after (بعد) or before (قبل) a named day or a day of a month. "آخر"
 * before قبل is the nearest one; "آخر … بعد" and any day ("ثالث يوم بعد") are left alone.
 */
function fromDay(
  ctx: ScanContext,
  i: number,
  k: number,
  n: number,
  weekday: number,
  prefix: number,
): TokenMatch | undefined {
  if (weekday === 0) return undefined;
  const from = wordAt(ctx, k) === "بعد" ? 1 : -1;
  if (n < 0 && from === 1) return undefined;
  const day = tryAt(ctx, k + 1, B.holiday, parseHoliday) ?? tryAt(ctx, k + 1, B.dayMonth, parseDayMonth);
  if (day?.prefix !== 0 || day.rejected) return undefined;
  const e = day.expr;
  if (e.kind !== "holiday" && !(e.kind === "calendar" && e.day !== undefined && e.month !== undefined))
    return undefined;
  const expr: DateExpression = nthWeekdayExpr({ kind: "nth-weekday", n: n < 0 ? 1 : n, weekday, of: e, from });
  return { expr, first: i, last: day.last, prefix };
}

/** Ordinal weekdays start on their own ordinal words, on a weekday or on اليوم. */
export const nthWeekdayRule: DateRule = {
  name: "nthWeekday",
  startWords: () => [...ordinalsBefore().keys(), ...dateWords().weekdays.keys(), "اليوم"],
  parse: parseNthWeekday,
};
