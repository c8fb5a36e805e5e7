import type { DateExpression } from "./date-expression.js";
import { lazyWordSet } from "./lazy.js";
import { parseDayMonth, parseMonthYear } from "./parse-calendar-date.js";
import { parseNumericDate } from "./parse-numeric-date.js";
import { parseStandaloneYear, yearNumberAt } from "./parse-year.js";
import { isPunctAt, lookupWord, numberAt, type ScanContext, type TokenMatch, wordAt, wordIs } from "./scan-context.js";
import { PARSER_BITS as B, tryAt } from "./starter-words.js";

type CalendarExpression = Extract<DateExpression, { kind: "calendar" }>;

const rangeOpeners = lazyWordSet(["من", "بين"]);
const pluralYearNouns = lazyWordSet(["عامي", "سنتي", "يومي", "الفتره", "شهري"]);
const DASHES = "-–—";
// The word between the ends of a "من … إلى …" range, with or without و ("وحتى", "ولغاية").
const rangeClosers = lazyWordSet(["الي", "حتي", "لغايه", "والي", "وحتي", "ولغايه"]);

/** One endpoint of a range: a full or partial calendar date, a year, or a bare day number. */
function endpoint(
  ctx: ScanContext,
  k: number,
  yearsOnly: boolean,
): { expr: CalendarExpression; last: number } | undefined {
  const n = numberAt(ctx, k);
  if (n && n.digits === 4) {
    const y = yearNumberAt(ctx, k);
    if (y === undefined) return undefined;
    return { expr: { kind: "calendar", calendar: "gregorian", year: { abs: y } }, last: k };
  }
  if (yearsOnly) return undefined;
  // The longest calendar reading; the earlier parser wins a tie.
  let best: TokenMatch | undefined;
  best = longer(best, tryAt(ctx, k, B.numericDate, parseNumericDate));
  best = longer(best, tryAt(ctx, k, B.dayMonth, parseDayMonth));
  best = longer(best, tryAt(ctx, k, B.monthYear, parseMonthYear));
  best = longer(best, tryAt(ctx, k, B.year, parseStandaloneYear));
  if (best) return { expr: best.expr as CalendarExpression, last: best.last };
  if (n && n.digits <= 2 && n.value >= 1 && n.value <= 31) {
    return { expr: { kind: "calendar", calendar: "gregorian", day: n.value }, last: k };
  }
  // "الـ17" (the article written before a day number) as a bare first day.
  const d = wordAt(ctx, k) === "ال" ? numberAt(ctx, k + 1) : undefined;
  if (d && d.digits <= 2 && d.value >= 1 && d.value <= 31) {
    return { expr: { kind: "calendar", calendar: "gregorian", day: d.value }, last: k + 1 };
  }
  return undefined;
}

function longer(best: TokenMatch | undefined, c: TokenMatch | undefined): TokenMatch | undefined {
  return c && c.prefix === 0 && c.expr.kind === "calendar" && (!best || c.last > best.last) ? c : best;
}

/** Fills the fields the first endpoint leaves to the second ("من 16 إلى 30 مايو 2022"). */
function completeRange(from: CalendarExpression, to: CalendarExpression): DateExpression | undefined {
  const f = { ...from };
  if (f.month === undefined && to.month !== undefined && f.day !== undefined) f.month = to.month;
  if (f.year === undefined && to.year !== undefined && f.month !== undefined) f.year = to.year;
  if (to.calendar === "hijri") f.calendar = "hijri";
  if (shape(f) !== shape(to)) return undefined;
  // Two bare numbers ("بين 3 و5 آلاف") are never a date range.
  if (to.month === undefined && to.year === undefined) return undefined;
  return { kind: "range", from: f, to };
}

/**
 * Ranges: "من 16 إلى 30 مايو"، "بين عامي 2021 و2025"، "2026-2028"، "19-21 نوفمبر"، "من عام 2021
 * حتى عام 2025". The من/بين words are part of the surface.
 */
export function parseRange(ctx: ScanContext, i: number): TokenMatch | undefined {
  const opener = lookupWord(ctx, i, rangeOpeners(), true);
  let k = i;
  let prefix = 0;
  let between = false;
  if (opener) {
    between = wordAt(ctx, i)!.endsWith("بين");
    prefix = opener.prefix;
    k++;
    if (lookupWord(ctx, k, pluralYearNouns())) k++;
    if (wordIs(ctx, k - 1, ["الفتره"]) && wordAt(ctx, k) === "من") k++;
  } else if (lookupWord(ctx, i, pluralYearNouns(), true)) {
    // "عامي 2024 و2025" without بين.
    between = true;
    prefix = lookupWord(ctx, i, pluralYearNouns(), true)!.prefix;
    k++;
  }
  const yearsOnly = !opener && !between;
  const from = endpoint(ctx, k, false);
  if (!from) return undefined;
  let j = from.last + 1;
  if (between) {
    // "بين عام 1994 وعام 1999": the conjunction may be glued to the second year noun.
    if (wordIs(ctx, j, ["وعام", "وسنه", "والعام"]) && numberAt(ctx, j + 1)) j++;
    else if (wordAt(ctx, j) !== "و") return undefined;
  } else if (opener) {
    if (!lookupWord(ctx, j, rangeClosers()) && !isPunctAt(ctx, j, DASHES)) return undefined;
  } else if (!isPunctAt(ctx, j, DASHES)) {
    return undefined;
  }
  if (!(between && numberAt(ctx, j))) j++;
  if (wordIs(ctx, j, ["عام", "سنه", "العام"]) && numberAt(ctx, j + 1)) j++;
  const to = endpoint(ctx, j, yearsOnly && from.expr.day === undefined && from.expr.month === undefined);
  if (!to) return undefined;
  if (!opener && !between) {
    // Bare "A-B": years (2026-2028) or days before a month (19-21 نوفمبر).
    const fromIsYear = from.expr.year !== undefined && from.expr.month === undefined;
    const fromIsDay = from.expr.day !== undefined && from.expr.month === undefined;
    if (!(fromIsYear || fromIsDay)) return undefined;
  }
  const range = completeRange(from.expr, to.expr);
  if (!range) return undefined;
  if (range.kind === "range" && !ordered(range.from, range.to)) return undefined;
  return { expr: range, first: i, last: to.last, prefix };
}

function shape(e: CalendarExpression): number {
  return (e.day !== undefined ? 1 : 0) | (e.month !== undefined ? 2 : 0) | (e.year !== undefined ? 4 : 0);
}

function sortKey(e: CalendarExpression): number {
  return (
    (e.year && "abs" in e.year ? e.year.abs : 0) * 10000 +
    (e.month && "abs" in e.month ? e.month.abs : 0) * 100 +
    (e.day ?? 0)
  );
}

// Rejects reversed ranges ("2028-2026"), which are scores, codes or typos rather than dates.
function ordered(a: DateExpression, b: DateExpression): boolean {
  if (a.kind !== "calendar" || b.kind !== "calendar") return true;
  return sortKey(a) < sortKey(b);
}
