import type { DateExpression } from "../date-expression.js";
import type { DateRule } from "../date-rule.js";
import { nthWeekdayExpr } from "../expression-shapes.js";
import { lazy } from "../lazy.js";
import { wordTable } from "../lexicon/phrase-table.js";
import type { Resolved, ResolveEnv } from "../resolve/resolve-types.js";
import { resolvedAs } from "../resolve/resolve-types.js";
import { addToDay, weekValue } from "../resolve/timex-value.js";
import { lookupWord, numberAt, type ScanContext, type TokenMatch, wordAt } from "../scan-context.js";
import { PARSER_BITS as B, tryAt } from "../starter-words.js";
import { container, ORDINALS_AFTER, ordinalsBefore } from "./parse-nth-weekday.js";
import { parseStandaloneYear } from "./parse-year.js";

type NthWeek = Extract<DateExpression, { kind: "nth-week" }>;

const ordinalsAfter = lazy(() => wordTable(ORDINALS_AFTER));
const weekNouns = lazy(() => wordTable([[true, ["أسبوع"]]]));
const theWeek = lazy(() => wordTable([[true, ["الأسبوع"]]]));
// What joins the week to its month: "من", "في", or ب glued to the month ("بشهر أكتوبر").
const joiners = lazy(() => wordTable([[true, ["من", "في"]]]));
// "لعام 2014" after the month: the year with a glued ل.
const yearWithLam = lazy(() => wordTable([[true, ["لعام", "لسنة"]]]));

/** The month a week counts in, after من/في or with a glued ب ("بشهر أكتوبر 2014"). */
function monthAfter(ctx: ScanContext, k: number): TokenMatch | undefined {
  if (lookupWord(ctx, k, joiners())) return container(ctx, k + 1);
  const w = wordAt(ctx, k);
  if (!w?.startsWith("ب") || w.length < 4) return undefined;
  // Read the month without its ب: the container parsers see the same token, clitics peeled.
  const m = container(ctx, k, true);
  return m && m.prefix === 1 ? m : undefined;
}

/**
 * The N-th or last week of a month: "آخر أسبوع من الشهر", "أول أسبوع من أكتوبر 2014", "الأسبوع
 * الأخير من سبتمبر", "الأسبوع الثاني من الشهر المقبل", "آخر أسبوع في سبتمبر لعام 2014". A week
 * here is a full Monday–Sunday week inside the month: the first starts on the month's first
 * Monday, the last ends on its last Sunday; the value is that ISO week (`2014-W41`).
 */
export function parseWeekOfMonth(ctx: ScanContext, i: number): TokenMatch | undefined {
  let n: number | undefined;
  let prefix = 0;
  const before = lookupWord(ctx, i, ordinalsBefore(), true);
  if (before) {
    if (!lookupWord(ctx, i + 1, weekNouns())) return undefined;
    n = before.value;
    prefix = before.prefix;
  } else {
    const the = lookupWord(ctx, i, theWeek(), true);
    if (!the) return undefined;
    const ofYear = weekOfYear(ctx, i, the.prefix);
    if (ofYear) return ofYear;
    n = ordinalsAfter().get(wordAt(ctx, i + 1) ?? "");
    prefix = the.prefix;
  }
  if (n === undefined || n > 4) return undefined;
  const of = monthAfter(ctx, i + 2);
  if (!of || !isMonth(of.expr)) return undefined;
  // "الشهر التاسع" is the ninth month, not the current one.
  if (ctx.words.ordinals.has(wordAt(ctx, of.last + 1) ?? "")) return undefined;
  let last = of.last;
  let expr: DateExpression = of.expr;
  if (expr.kind === "calendar" && expr.year === undefined && lookupWord(ctx, last + 1, yearWithLam())) {
    const year = parseStandaloneYear(ctx, last + 1);
    if (year?.expr.kind === "calendar" && year.expr.year) {
      expr = { ...expr, year: year.expr.year };
      last = year.last;
    }
  }
  return { expr: { kind: "nth-week", n, of: expr }, first: i, last, prefix };
}

/**
 * "الأسبوع 41 من عام 2014", "الأسبوع الـ41 من 2014": an ISO week by its number (what
 * formatArabicDate writes for a week value). `i` is the token of الأسبوع.
 */
function weekOfYear(ctx: ScanContext, i: number, prefix: number): TokenMatch | undefined {
  let k = i + 1;
  if (wordAt(ctx, k) === "ال") k++;
  const n = numberAt(ctx, k);
  if (!n || n.digits > 2 || n.value < 1 || n.value > 53 || wordAt(ctx, k + 1) !== "من") return undefined;
  const year = tryAt(ctx, k + 2, B.year, parseStandaloneYear);
  if (year?.prefix !== 0 || year.expr.kind !== "calendar" || !year.expr.year || !("abs" in year.expr.year))
    return undefined;
  return { expr: { kind: "nth-week", n: n.value, of: year.expr }, first: i, last: year.last, prefix };
}

function isMonth(e: DateExpression): boolean {
  if (e.kind === "period") return e.unit === "month";
  return e.kind === "calendar" && e.month !== undefined && e.day === undefined;
}

/**
 * The ISO week of the N-th full week of a month (n = -1: the last). `nthWeekday` resolves the
 * N-th Monday, or the last Sunday, of the same container.
 */
export function resolveNthWeek(
  e: NthWeek,
  env: ResolveEnv,
  resolve: (e: DateExpression, env: ResolveEnv) => Resolved | undefined,
): Resolved | undefined {
  if (e.of.kind === "calendar" && e.of.month === undefined && e.of.year && "abs" in e.of.year) {
    // An ISO week by number: it must exist in that week-year.
    const year = e.of.year.abs;
    const last = weekValue({ year, month: 12, day: 28 });
    if (e.n > Number(last.slice(-2))) return undefined;
    const value = `${last.slice(0, -2)}${String(e.n).padStart(2, "0")}`;
    return resolvedAs({ value, grain: "week", calendar: "gregorian", relative: false, anchor: { year } });
  }
  const day = resolve(nthWeekdayExpr({ kind: "nth-weekday", n: e.n, weekday: e.n > 0 ? 1 : 7, of: e.of }), env);
  if (!day?.anchor || day.anchor.month === undefined || day.anchor.day === undefined) return undefined;
  const anchorDay = { year: day.anchor.year, month: day.anchor.month, day: day.anchor.day };
  const monday = e.n > 0 ? anchorDay : addToDay(anchorDay, { days: -6 });
  return resolvedAs({
    value: weekValue(monday),
    grain: "week",
    calendar: "gregorian",
    relative: day.relative,
    anchor: { year: monday.year },
  });
}

/** "الأسبوع الأول من …" and "أول أسبوع من …". */
export const weekOfMonthRule: DateRule = {
  name: "weekOfMonth",
  startWords: () => [...ordinalsBefore().keys(), "الاسبوع"],
  parse: parseWeekOfMonth,
};
