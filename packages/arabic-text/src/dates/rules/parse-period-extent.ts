import type { CenturyRef, DateExpression } from "../date-expression.js";
import type { DateRule } from "../date-rule.js";
import { directionAt } from "../direction-at.js";
import { calendarExpr, decadeExpr, periodExpr } from "../expression-shapes.js";
import { lazyWordSet } from "../lazy.js";
import { dateWords } from "../lexicon/date-words.js";
import { examNouns, otherYearAdjectives } from "../lexicon/other-years.js";
import { lookupWord, numberAt, type ScanContext, type TokenMatch, wordAt, wordIs } from "../scan-context.js";
import { PARSER_BITS as B, tryAt } from "../starter-words.js";
import { parseMonthYear } from "./parse-calendar-date.js";
import { parseOrdinalWords } from "./parse-number-words.js";
import { parseRelativePeriod } from "./parse-relative.js";
import { parseStandaloneYear, yearNumberAt } from "./parse-year.js";

const bareNouns = lazyWordSet(["العام", "السنه", "الشهر", "الاسبوع"]);

/** A decade word, optionally qualified by its century: التسعينيات، ثمانينيات القرن الماضي. */
export function parseDecade(ctx: ScanContext, i: number): TokenMatch | undefined {
  const d = lookupWord(ctx, i, ctx.words.decades, true);
  if (!d) return parseOrdinalDecade(ctx, i);
  let last = i;
  let century: CenturyRef | undefined;
  // "التسعينيات من القرن الماضي" names its century after من, like "تسعينيات القرن الماضي".
  const c = centuryAt(ctx, i + 1) ?? (wordAt(ctx, i + 1) === "من" ? centuryAt(ctx, i + 2) : undefined);
  if (c) {
    century = c.century;
    last = c.last;
  }
  return {
    expr: decadeExpr({ kind: "decade", tens: d.value, ...(century ? { century } : {}) }),
    first: i,
    last,
    prefix: d.prefix,
  };
}

export const decadeNoun = lazyWordSet(["العقد"]);

/**
 * "العقد الأول من القرن الحادي والعشرين" (the 2000s): the N-th decade of a named century. The
 * century is required: "العقد الأول من عمره" is not a calendar decade.
 */
function parseOrdinalDecade(ctx: ScanContext, i: number): TokenMatch | undefined {
  const noun = lookupWord(ctx, i, decadeNoun(), true);
  if (!noun) return undefined;
  // "العقد الأخير" is the tenth.
  const ord = wordAt(ctx, i + 1) === "الاخير" ? { value: 10, last: i + 1 } : parseOrdinalWords(ctx, i + 1, false);
  if (!ord || ord.value < 1 || ord.value > 10 || wordAt(ctx, ord.last + 1) !== "من") return undefined;
  const c = centuryAt(ctx, ord.last + 2);
  if (!c) return undefined;
  return {
    expr: decadeExpr({ kind: "decade", tens: ord.value - 1, century: c.century }),
    first: i,
    last: c.last,
    prefix: noun.prefix,
  };
}

function centuryAt(ctx: ScanContext, i: number): { century: CenturyRef; last: number } | undefined {
  return wordAt(ctx, i) === "القرن" ? centuryAfter(ctx, i) : undefined;
}

// The qualifier after "القرن" at token i: الماضي/الحالي, an ordinal, or a number.
function centuryAfter(ctx: ScanContext, i: number): { century: CenturyRef; last: number } | undefined {
  const dir = directionAt(ctx, i + 1);
  if (dir) return { century: { rel: dir.value }, last: dir.last };
  const ord = parseOrdinalWords(ctx, i + 1, false);
  if (ord && ord.value >= 1 && ord.value <= 30) return { century: { abs: ord.value - 1 }, last: ord.last };
  const n = numberAt(ctx, i + 1);
  if (n && n.value >= 1 && n.value <= 30) return { century: { abs: n.value - 1 }, last: i + 1 };
  return undefined;
}

export const centuryNoun = lazyWordSet(["القرن"]);

/** القرن الحادي والعشرين، القرن الماضي، القرن 21. */
export function parseCentury(ctx: ScanContext, i: number): TokenMatch | undefined {
  const noun = lookupWord(ctx, i, centuryNoun(), true);
  if (!noun) return undefined;
  const c = centuryAfter(ctx, i);
  if (!c) return undefined;
  return { expr: { kind: "century", century: c.century }, first: i, last: c.last, prefix: noun.prefix };
}

function longer(best: TokenMatch | undefined, c: TokenMatch | undefined): TokenMatch | undefined {
  return c && c.prefix === 0 && (!best || c.last > best.last) ? c : best;
}

/** What a part-of-period word or a quarter/half can apply to. */
function parseContainer(ctx: ScanContext, k: number): TokenMatch | undefined {
  // The longest reading without clitics; the earlier parser wins a tie.
  let best: TokenMatch | undefined;
  best = longer(best, tryAt(ctx, k, B.monthYear, parseMonthYear));
  best = longer(best, tryAt(ctx, k, B.relativePeriod, parseRelativePeriod));
  best = longer(best, tryAt(ctx, k, B.year, parseStandaloneYear));
  best = longer(best, tryAt(ctx, k, B.decade, parseDecade));
  best = longer(best, tryAt(ctx, k, B.century, parseCentury));
  if (best) return best;
  const y = yearNumberAt(ctx, k);
  if (y !== undefined && y >= 1000 && (numberAt(ctx, k)?.digits ?? 0) === 4) {
    return {
      expr: calendarExpr({ kind: "calendar", calendar: "gregorian", year: { abs: y } }),
      first: k,
      last: k,
      prefix: 0,
    };
  }
  const bare = lookupWord(ctx, k, bareNouns());
  // "نهاية العام الدراسي": a school/fiscal year is not the calendar year.
  if (bare && !lookupWord(ctx, k + 1, otherYearAdjectives())) {
    const unit = ctx.words.periodNouns.get(wordAt(ctx, k)!)!;
    return { expr: periodExpr({ kind: "period", unit, offset: 0 }), first: k, last: k, prefix: 0 };
  }
  return undefined;
}

// Plural holidays before "نهاية الأسبوع" (search-folded): عطل، عطلات، إجازات.
const holidayPlurals = lazyWordSet(["عطل", "عطلات", "العطل", "العطلات", "اجازات", "الاجازات"]);

/** مطلع/منتصف/أواخر + month, year, relative period, decade or century. */
export function parsePartOfPeriod(ctx: ScanContext, i: number): TokenMatch | undefined {
  const head = lookupWord(ctx, i, ctx.words.parts, true);
  if (!head) return undefined;
  let k = i + 1;
  if (wordAt(ctx, k) === "من") k++;
  const inner = parseContainer(ctx, k);
  if (!inner) return undefined;
  const e = inner.expr;
  // "امتحانات نهاية العام": the exams of the school year's end, not the calendar year's.
  if (e.kind === "period" && e.unit === "year" && inner.last === k && lookupWord(ctx, i - 1, examNouns(), true)) {
    return undefined;
  }
  // "في عطل نهاية الأسبوع": weekends in the plural recur and name no one week.
  if (e.kind === "period" && e.unit === "week" && inner.last === k && lookupWord(ctx, i - 1, holidayPlurals(), true)) {
    return undefined;
  }
  // "أول يناير" is 1 January (like "الأول من يناير"); "أوائل/مطلع يناير" is its start.
  if (
    e.kind === "calendar" &&
    e.month &&
    e.day === undefined &&
    wordAt(ctx, i)!.slice(head.prefix) === "اول" &&
    wordAt(ctx, k) !== "شهر"
  ) {
    return { expr: { ...e, day: 1 }, first: i, last: inner.last, prefix: head.prefix };
  }
  const expr: DateExpression = { kind: "part", mod: head.value, of: e };
  return { expr, first: i, last: inner.last, prefix: head.prefix };
}

/** النصف الأول من العام، الربع الأخير من 2025 → quarters and halves of a year. */
export function parseSubYear(ctx: ScanContext, i: number): TokenMatch | undefined {
  const head = lookupWord(ctx, i, lazySubYear(), true);
  if (!head) return undefined;
  const ord = lookupWord(ctx, i + 1, ctx.words.ordinals);
  if (!ord) return undefined;
  const unit = head.value;
  const max = unit === "half" ? 2 : 4;
  const index = ord.value === -1 ? max : ord.value;
  if (index < 1 || index > max) return undefined;
  if (!wordIs(ctx, i + 2, ["من"])) return undefined;
  const inner = parseContainer(ctx, i + 3);
  if (!inner) return undefined;
  const e = inner.expr;
  const isYear = (e.kind === "calendar" && e.month === undefined) || (e.kind === "period" && e.unit === "year");
  if (!isYear) return undefined;
  return { expr: { kind: "sub-year", unit, index, of: e }, first: i, last: inner.last, prefix: head.prefix };
}

let subYear: Map<string, "quarter" | "half"> | undefined;
export function lazySubYear() {
  subYear ??= new Map([
    ["النصف", "half"],
    ["الربع", "quarter"],
  ]);
  return subYear;
}

export const subYearRule: DateRule = { name: "subYear", startWords: () => lazySubYear().keys(), parse: parseSubYear };

export const partOfPeriodRule: DateRule = {
  name: "partOfPeriod",
  startWords: () => dateWords().parts.keys(),
  parse: parsePartOfPeriod,
};

export const decadeRule: DateRule = {
  name: "decade",
  startWords: () => [...dateWords().decades.keys(), ...decadeNoun().keys()],
  parse: parseDecade,
};

export const centuryRule: DateRule = { name: "century", startWords: () => centuryNoun().keys(), parse: parseCentury };
