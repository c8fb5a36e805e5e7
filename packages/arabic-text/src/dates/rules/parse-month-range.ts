import type { DateExpression, MonthRef, YearRef } from "../date-expression.js";
import { calendarExpr } from "../expression-shapes.js";
import { lazy } from "../lazy.js";
import { isPunctAt, lookupWord, numberAt, type ScanContext, type TokenMatch, wordAt } from "../scan-context.js";
import { toSearchText } from "../search-text.js";
import { PARSER_BITS as B, tryAt } from "../starter-words.js";
import { parseMonthYear } from "./parse-calendar-date.js";
import { parseMonthName } from "./parse-month.js";
import { parseYearAfter } from "./parse-year.js";

type CalendarExpression = Extract<DateExpression, { kind: "calendar" }>;

const DASHES = "-–—";
// Words that close a range when no من opened it ("تموز 13 إلى 15", "13 حتى 15 تموز").
const closers = lazy(() => new Map(["إلى", "حتى", "لغاية"].map((w) => [toSearchText(w).text, true as const])));

/** True when token k is a dash or a closer word (إلى، حتى، لغاية) between two range ends. */
export function bareRangeJoinAt(ctx: ScanContext, k: number): boolean {
  return isPunctAt(ctx, k, DASHES) || lookupWord(ctx, k, closers()) !== undefined;
}

function dayNumber(ctx: ScanContext, k: number): number | undefined {
  const n = numberAt(ctx, k);
  return n && n.digits <= 2 && n.value >= 1 && n.value <= 31 ? n.value : undefined;
}

/**
 * The month written first, then the days: "أبريل 3-7", "يوليو 13 إلى 15", "تموز 13 حتى 15 2025"
 * (a year may follow). Both ends are days of that month.
 */
function monthFirstDays(ctx: ScanContext, i: number): TokenMatch | undefined {
  const name = parseMonthName(ctx, i, true);
  if (!name) return undefined;
  const k = name.last + 1;
  const a = dayNumber(ctx, k);
  if (a === undefined || !bareRangeJoinAt(ctx, k + 1)) return undefined;
  const b = dayNumber(ctx, k + 2);
  if (b === undefined || b <= a) return undefined;
  // "أبريل 2-3 مرات": a count of times or units, not days.
  const after = wordAt(ctx, k + 3);
  if (after !== undefined && (after === "مرات" || after === "مره" || ctx.words.units.has(after))) return undefined;
  const year = parseYearAfter(ctx, k + 3);
  const month: MonthRef = { abs: name.name.month };
  const calendar = name.name.system === "hijri" || year?.hijri ? "hijri" : "gregorian";
  const end = (day: number): CalendarExpression =>
    calendarExpr({
      kind: "calendar",
      calendar,
      day,
      month,
      ...(year ? { year: year.year } : {}),
    });
  return {
    expr: { kind: "range", from: end(a), to: end(b) },
    first: i,
    last: year ? year.last : k + 2,
    prefix: name.prefix,
  };
}

/** A month (with an optional year) at k, as a range end: no day. */
function monthEnd(
  ctx: ScanContext,
  k: number,
  clitic: boolean,
): { expr: CalendarExpression; last: number } | undefined {
  const m = tryAt(ctx, k, B.monthYear, parseMonthYear);
  if (m?.expr.kind !== "calendar" || m.expr.day !== undefined || m.expr.month === undefined) return undefined;
  if (!(m.expr.month && "abs" in m.expr.month)) return undefined;
  if (clitic ? m.prefix !== 1 || !wordAt(ctx, k)?.startsWith("و") : m.prefix !== 0) return undefined;
  return { expr: m.expr, last: m.last };
}

/** The year written once, on the second month, is shared by the first. */
function monthRange(from: CalendarExpression, to: CalendarExpression): DateExpression | undefined {
  const a = from.month && "abs" in from.month ? from.month.abs : undefined;
  const b = to.month && "abs" in to.month ? to.month.abs : undefined;
  if (a === undefined || b === undefined) return undefined;
  let year: YearRef | undefined = from.year;
  if (year === undefined && to.year !== undefined) {
    year = to.year;
    if ("abs" in to.year && a > b) year = { abs: to.year.abs - 1 };
  }
  if (year === undefined && to.year === undefined && a >= b) return undefined;
  if (year && to.year && "abs" in year && "abs" in to.year && year.abs * 12 + a >= to.year.abs * 12 + b)
    return undefined;
  const f: CalendarExpression = { ...from, ...(year ? { year } : {}) };
  return { kind: "range", from: f, to };
}

/**
 * Ranges of months joined by a dash: "نوفمبر/تشرين الثاني - ديسمبر/كانون الأول 2025",
 * "يناير – مارس 2024", with paired names on either side.
 */
function monthDashMonth(ctx: ScanContext, i: number): TokenMatch | undefined {
  const from = monthEnd(ctx, i, false);
  if (!from || !isPunctAt(ctx, from.last + 1, DASHES)) return undefined;
  const to = monthEnd(ctx, from.last + 2, false);
  if (!to) return undefined;
  const expr = monthRange(from.expr, to.expr);
  return expr ? { expr, first: i, last: to.last, prefix: 0 } : undefined;
}

/**
 * Ranges that start on a month name: the month-first day range ("أبريل 3-7") and a dash
 * between two months ("نوفمبر/تشرين الثاني - ديسمبر/كانون الأول 2025").
 */
export function parseMonthRange(ctx: ScanContext, i: number): TokenMatch | undefined {
  return monthFirstDays(ctx, i) ?? monthDashMonth(ctx, i);
}

/**
 * "بين مايو ويوليو 2025", "بين يناير و مارس 2024": two months after بين, the second joined by a
 * glued or free-standing و. `k` is the token after بين.
 */
export function parseBetweenMonths(ctx: ScanContext, i: number, k: number, prefix: number): TokenMatch | undefined {
  const from = monthEnd(ctx, k, false);
  if (!from) return undefined;
  const j = from.last + 1;
  const to = wordAt(ctx, j) === "و" ? monthEnd(ctx, j + 1, false) : monthEnd(ctx, j, true);
  if (!to) return undefined;
  const expr = monthRange(from.expr, to.expr);
  return expr ? { expr, first: i, last: to.last, prefix } : undefined;
}
