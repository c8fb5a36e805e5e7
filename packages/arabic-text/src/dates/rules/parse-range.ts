import type { ClockTime, DateExpression } from "../date-expression.js";
import type { DateRule } from "../date-rule.js";
import { directionAt } from "../direction-at.js";
import { calendarExpr, periodExpr, relativeDayExpr, weekdayExpr } from "../expression-shapes.js";
import { lazyWordSet } from "../lazy.js";
import { dateWords } from "../lexicon/date-words.js";
import { monthLexicon } from "../lexicon/month-lexicon.js";
import { attachTime } from "../refine/attach-time.js";
import { isValidDay } from "../resolve/civil-day.js";
import { isPunctAt, lookupWord, numberAt, type ScanContext, type TokenMatch, wordAt, wordIs } from "../scan-context.js";
import { PARSER_BITS as B, canStart, startMask, tryAt } from "../starter-words.js";
import { parseDayMonth, parseMonthYear } from "./parse-calendar-date.js";
import { parseClockRangeEnd, parseClockTime } from "./parse-clock-time.js";
import { parseDayPart } from "./parse-day-part.js";
import { listHeadWords, parseList } from "./parse-list.js";
import { bareRangeJoinAt, parseBetweenMonths, parseMonthRange } from "./parse-month-range.js";
import { nowAt } from "./parse-now.js";
import { parseNthWeekday } from "./parse-nth-weekday.js";
import { dayWordStarts, parseOrdinalWords } from "./parse-number-words.js";
import { continuesAsIdentifier, parseNumericDate } from "./parse-numeric-date.js";
import { parsePartOfPeriod } from "./parse-period-extent.js";
import { parseRelativeDay, parseRelativePeriod } from "./parse-relative.js";
import { parseWeekday, weekdayAt } from "./parse-weekday.js";
import { parseStandaloneYear, yearNumberAt } from "./parse-year.js";

type CalendarExpression = Extract<DateExpression, { kind: "calendar" }>;

// منذ opens a range like من when a closer follows ("منذ 2014 وحتى اليوم").
const rangeOpeners = lazyWordSet(["من", "بين", "منذ", "مذ"]);
// Plural nouns before coordinated dates ("يومي 3 و9 مايو", "عامي 2019 و2020", "أيام 5 و6 و7 أبريل").
const pluralYearNouns = lazyWordSet(["عامي", "سنتي", "يومي", "الفتره", "شهري", "ايام", "اعوام", "سنوات"]);
const DASHES = "-–—";
// The word between the ends of a "من … إلى …" range, with or without و ("وحتى", "ولغاية"), and
// the spoken لين/لحد/لغاية (Gulf, Egyptian).
// A lone ل (spoken "من 5 لـ 9 مارس", the tatweel folded away) closes a range too.
const rangeClosers = lazyWordSet(["الي", "حتي", "لغايه", "والي", "وحتي", "ولغايه", "لين", "لحد", "للين", "لعند", "ل"]);

/** One endpoint of a range: a full or partial calendar date, a year, or a bare day number. */
function endpoint(
  ctx: ScanContext,
  k: number,
  yearsOnly: boolean,
  afterWeekday = false,
): { expr: DateExpression; last: number } | undefined {
  const n = numberAt(ctx, k);
  if (n && n.digits === 4) {
    const y = yearNumberAt(ctx, k);
    if (y === undefined) return undefined;
    return { expr: calendarExpr({ kind: "calendar", calendar: "gregorian", year: { abs: y } }), last: k };
  }
  if (yearsOnly) return undefined;
  // The longest calendar reading; the earlier parser wins a tie.
  let best: TokenMatch | undefined;
  best = longer(best, tryAt(ctx, k, B.numericDate, parseNumericDate));
  best = longer(best, tryAt(ctx, k, B.dayMonth, parseDayMonth));
  best = longer(best, tryAt(ctx, k, B.monthYear, parseMonthYear));
  best = longer(best, tryAt(ctx, k, B.year, parseStandaloneYear));
  best = longer(best, tryAt(ctx, k, B.partOfPeriod, parsePartOfPeriod), true);
  if (best) return { expr: best.expr, last: best.last };
  if (!n && !afterWeekday) {
    const other = wordEndpoint(ctx, k);
    if (other) return other;
  }
  if (n && n.digits <= 2 && n.value >= 1 && n.value <= 31) {
    return { expr: calendarExpr({ kind: "calendar", calendar: "gregorian", day: n.value }), last: k };
  }
  // "الـ17" (the article written before a day number) as a bare first day.
  const d = wordAt(ctx, k) === "ال" ? numberAt(ctx, k + 1) : undefined;
  if (d && d.digits <= 2 && d.value >= 1 && d.value <= 31) {
    return { expr: calendarExpr({ kind: "calendar", calendar: "gregorian", day: d.value }), last: k + 1 };
  }
  // "من الثالث وحتى السابع من أبريل": an ordinal day word whose month comes at the end.
  const ord = parseOrdinalWords(ctx, k, false);
  if (ord && ord.value >= 1 && ord.value <= 31 && wordAt(ctx, k)?.startsWith("ال")) {
    return { expr: calendarExpr({ kind: "calendar", calendar: "gregorian", day: ord.value }), last: ord.last };
  }
  return undefined;
}

/**
 * Range ends that are not calendar dates: a weekday before a day ("من السبت 3 إلى الأربعاء 7
 * مايو", the weekday kept for the consistency check), a relative year ("حتى العام الماضي") and a
 * relative day ("من أمس إلى اليوم").
 */
function wordEndpoint(ctx: ScanContext, k: number): { expr: DateExpression; last: number } | undefined {
  const wd = weekdayAt(ctx, k);
  if (wd && wd.prefix === 0 && wd.first === k) {
    const m = isPunctAt(ctx, wd.last + 1, "،,") ? wd.last + 2 : wd.last + 1;
    const inner = endpoint(ctx, m, false, true);
    if (inner?.expr.kind === "calendar" && inner.expr.day !== undefined) {
      return { expr: { ...inner.expr, weekday: wd.weekday }, last: inner.last };
    }
    return undefined;
  }
  // "من آخر جمعة في أبريل حتى آخر خميس في أكتوبر": an n-th weekday of a month is a day end.
  const nth = tryAt(ctx, k, B.nthWeekday, parseNthWeekday);
  if (nth?.prefix === 0 && nth.expr.kind === "nth-weekday" && nth.expr.from === undefined) {
    return { expr: nth.expr, last: nth.last };
  }
  const period = tryAt(ctx, k, B.relativePeriod, parseRelativePeriod);
  if (period?.prefix === 0 && period.expr.kind === "period" && !period.expr.anaphora) {
    if (period.expr.unit === "year") {
      return {
        expr: calendarExpr({ kind: "calendar", calendar: "gregorian", year: { rel: period.expr.offset } }),
        last: period.last,
      };
    }
    // "من الأسبوع الماضي حتى اليوم", "منذ الشهر الماضي وحتى الآن" (see mixedRange).
    if (period.expr.unit === "week" || period.expr.unit === "month") return { expr: period.expr, last: period.last };
  }
  const day = tryAt(ctx, k, B.relativeDay, parseRelativeDay);
  if (day?.prefix === 0 && day.expr.kind === "relative-day" && !day.expr.time && !day.expr.anaphora) {
    return { expr: day.expr, last: day.last };
  }
  // "حتى الآن", "من هذه اللحظة": now is the ref day, like اليوم.
  return nowEnd(ctx, k);
}

/** A day end followed by its clock time ("من 21 مارس الساعة 07:00 إلى …"): one minute-grain end. */
function withTime(
  ctx: ScanContext,
  end: { expr: DateExpression; last: number } | undefined,
): { expr: DateExpression; last: number } | undefined {
  if (end?.expr.kind !== "calendar" || end.expr.day === undefined || end.expr.time) return end;
  const timed = attachTime(ctx, { expr: end.expr, first: end.last, last: end.last, prefix: 0 });
  return timed.last > end.last && timed.expr.kind === "calendar" ? { expr: timed.expr, last: timed.last } : end;
}

function longer(best: TokenMatch | undefined, c: TokenMatch | undefined, parts = false): TokenMatch | undefined {
  const fits = c?.expr.kind === "calendar" || (parts && c?.expr.kind === "part");
  return c && c.prefix === 0 && fits && (!best || c.last > best.last) ? c : best;
}

/** A day end: a date with its day and month, or a relative day (اليوم، الآن، أمس); not a bare number. */
function isDay(e: DateExpression): boolean {
  return (
    (e.kind === "calendar" && e.day !== undefined && e.month !== undefined) ||
    e.kind === "relative-day" ||
    e.kind === "nth-weekday"
  );
}

/** An edge of a period (بداية/مطلع/نهاية/آخر …), which a day at the other end turns into a day. */
function isEdge(e: DateExpression): e is Extract<DateExpression, { kind: "part" }> {
  return e.kind === "part" && e.mod !== "mid";
}

/**
 * Mixed ends: a day with an edge ("من اليوم وحتى نهاية الشهر", "من أول يناير حتى آخر مارس":
 * the edge is resolved to its first or last day), a day with a relative day ("من 5 مارس حتى
 * اليوم"), and a year or month up to now ("منذ 2014 وحتى اليوم" = `2014/<ref year>`: the open
 * end takes the start's grain).
 */
function mixedRange(from: DateExpression, to: DateExpression): DateExpression | undefined {
  if (isDay(from) && isEdge(to)) return { kind: "range", from, to };
  if (isEdge(from) && isDay(to)) return { kind: "range", from, to };
  if (isDay(from) && isDay(to)) return { kind: "range", from, to };
  // "من 2019 حتى نهاية 2021": an edge next to a year or month of its own grain is that period.
  if (from.kind === "calendar" && isEdge(to) && to.of.kind === "calendar" && sameGrain(from, to.of)) {
    return { kind: "range", from, to: to.of };
  }
  if (to.kind === "calendar" && isEdge(from) && from.of.kind === "calendar" && sameGrain(from.of, to)) {
    return { kind: "range", from: from.of, to };
  }
  // "من الأسبوع الماضي حتى اليوم" = `<last week>/<this week>`: the open end takes the start's grain.
  if (from.kind === "period" && (from.unit === "week" || from.unit === "month") && !from.anaphora) {
    if (isNow(to) && from.offset < 0) return { kind: "range", from, to: periodExpr({ ...from, offset: 0 }) };
    if (to.kind === "period" && to.unit === from.unit && !to.anaphora && from.offset < to.offset) {
      return { kind: "range", from, to };
    }
    return undefined;
  }
  if (from.kind === "calendar" && from.day === undefined && from.calendar === "gregorian" && isNow(to)) {
    if (from.month === undefined && from.year !== undefined) {
      return { kind: "range", from, to: calendarExpr({ kind: "calendar", calendar: "gregorian", year: { rel: 0 } }) };
    }
    if (from.month !== undefined && from.year !== undefined) {
      return { kind: "range", from, to: calendarExpr({ kind: "calendar", calendar: "gregorian", month: { rel: 0 } }) };
    }
  }
  return undefined;
}

function sameGrain(a: CalendarExpression, b: CalendarExpression): boolean {
  return a.day === undefined && b.day === undefined && (a.month === undefined) === (b.month === undefined);
}

function isNow(e: DateExpression): boolean {
  return e.kind === "relative-day" && e.offset === 0 && !e.time && !e.dayPart;
}

/** Fills the fields the first endpoint leaves to the second ("من 16 إلى 30 مايو 2022"). */
function completeRange(from: DateExpression, to: DateExpression): DateExpression | undefined {
  if (from.kind === "part" && to.kind === "part") return { kind: "range", from, to };
  // "من أمس إلى اليوم": two relative days, in order.
  if (from.kind === "relative-day" && to.kind === "relative-day") {
    return from.offset < to.offset ? { kind: "range", from, to } : undefined;
  }
  if (from.kind !== "calendar" || to.kind !== "calendar") return mixedRange(from, to);
  const f = complete(from, to);
  if (shape(f) !== shape(to)) return undefined;
  // Two bare numbers ("بين 3 و5 آلاف") are never a date range.
  if (to.month === undefined && to.year === undefined) return undefined;
  return { kind: "range", from: f, to };
}

// A year or month written once, at the end, is shared by the earlier dates.
function complete(from: CalendarExpression, to: CalendarExpression): CalendarExpression {
  const f = { ...from };
  if (f.month === undefined && to.month !== undefined && f.day !== undefined) f.month = to.month;
  if (f.year === undefined && to.year !== undefined && f.month !== undefined) {
    // "من 29 ديسمبر حتى 4 يناير 2025": a start in a later month than the end is in the year before.
    f.year = wraps(f, to) && "abs" in to.year ? { abs: to.year.abs - 1 } : to.year;
  }
  if (to.calendar === "hijri") f.calendar = "hijri";
  return f;
}

/**
 * Ranges: "من 16 إلى 30 مايو"، "بين عامي 2021 و2025"، "2026-2028"، "19-21 نوفمبر"، "من عام 2021
 * حتى عام 2025", "من منتصف أبريل إلى نهاية يونيو", weekday ranges ("من الأحد إلى الثلاثاء
 * المقبلين"), clock ranges ("من الساعة 10 صباحا حتى الساعة 3 عصرا"); and coordinated dates,
 * which are a list, not a range ("يومي 3 و9 مايو", "عامي 2019 و2020", "في عامي 1999، 2004").
 * The من/بين words are part of the surface.
 */
/**
 * A season or school/fiscal year written as two consecutive years: "2024/2025", "2023-24",
 * "2023/24" = `2023/2024`. The second year must follow the first.
 */
function yearPair(ctx: ScanContext, i: number): TokenMatch | undefined {
  const a = numberAt(ctx, i);
  if (a?.digits !== 4 || a.value < 1900 || a.value > 2100) return undefined;
  if (!isPunctAt(ctx, i + 1, "/-–") || ctx.tokens[i + 1]!.spaced || ctx.tokens[i + 2]?.spaced) return undefined;
  const b = numberAt(ctx, i + 2);
  if (!b || ctx.tokens[i + 3]?.text === "/" || ctx.tokens[i + 3]?.text === "-") return undefined;
  const next = a.value + 1;
  if (!(b.digits === 4 ? b.value === next : b.digits === 2 && b.value === next % 100)) return undefined;
  // "2024-25" as a dash range of two full years is read by the general rule.
  if (b.digits === 4 && ctx.tokens[i + 1]!.text !== "/") return undefined;
  const year = (y: number): DateExpression =>
    calendarExpr({ kind: "calendar", calendar: "gregorian", year: { abs: y } });
  return { expr: { kind: "range", from: year(a.value), to: year(next) }, first: i, last: i + 2, prefix: 0 };
}

export function parseRange(ctx: ScanContext, i: number): TokenMatch | undefined {
  const pair = yearPair(ctx, i);
  if (pair) return pair;
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
    // Every end this rule reads starts on a number or on a word some rule may start on (or
    // تاريخ before a number): "من الدول" stops here, the commonest case by far.
    if (ctx.tokens[k]?.kind !== "number" && startMask(ctx, k) === 0 && wordAt(ctx, k) !== "تاريخ") return undefined;
    if (!between) {
      const other = weekdayRange(ctx, i, k, prefix) ?? timeRange(ctx, i, k, prefix) ?? dayPartRange(ctx, i, k, prefix);
      if (other) return other;
    } else {
      const months =
        parseBetweenMonths(ctx, i, k, prefix) ??
        timeRange(ctx, i, k, prefix, true) ??
        dayPartRange(ctx, i, k, prefix, true);
      if (months) return months;
    }
  } else {
    // Coordinated dates ("يومي 3 و9 مايو", "عامي 2019 و2020", "14 و15 يناير 2026", "يناير
    // وفبراير 2025") are a list, read by parse-list.ts; a plural noun starts nothing else.
    const list = parseList(ctx, i);
    if (list || lookupWord(ctx, i, pluralYearNouns(), true)) return list;
    // "أبريل 3-7", "نوفمبر/تشرين الثاني - ديسمبر/كانون الأول 2025" (parse-month-range.ts).
    // Other words (month names, day words) start nothing else here: only a number or the
    // article before one ("الـ17-19 من …") opens a bare "A-B" range.
    const months = parseMonthRange(ctx, i);
    if (months || (ctx.tokens[i]?.kind === "word" && wordAt(ctx, i) !== "ال")) return months;
  }
  if (opener && ctx.tokens[k]?.kind === "number") {
    const slashes = slashDayRange(ctx, i, k, prefix, between);
    if (slashes) return slashes;
  }
  const yearsOnly = !opener && !between;
  // "من يوم 5 لغاية يوم 9 مارس", "من تاريخ 1/1/2025": يوم or تاريخ before a day number.
  if (opener && wordIs(ctx, k, ["يوم", "تاريخ"]) && numberAt(ctx, k + 1)) k++;
  const from = withTime(ctx, endpoint(ctx, k, false));
  if (!from) return undefined;
  let j = from.last + 1;
  let gluedTo: TokenMatch | undefined;
  if (between) {
    // "بين عام 1994 وعام 1999": the conjunction may be glued to the second year noun, or to an
    // ordinal day ("بين الأول والخامس من ديسمبر").
    if (wordIs(ctx, j, ["وعام", "وسنه", "والعام"]) && numberAt(ctx, j + 1)) j++;
    else if (wordAt(ctx, j)?.startsWith("و") && wordAt(ctx, j) !== "و") {
      gluedTo = tryAt(ctx, j, B.dayMonth, parseDayMonth);
      if (gluedTo?.prefix !== 1 || gluedTo.expr.kind !== "calendar") return undefined;
    } else if (wordAt(ctx, j) !== "و" && !lookupWord(ctx, j, rangeClosers())) return undefined;
    // ("بين 7 ماي إلى 15 منه": بين closed by إلى, as people write it, is the same range.)
  } else if (opener) {
    if (!lookupWord(ctx, j, rangeClosers()) && !isPunctAt(ctx, j, DASHES)) return undefined;
  } else if (!isPunctAt(ctx, j, DASHES)) {
    // "13 إلى 15 تموز": without من a closer word joins only a bare day to a day of a month.
    const bareDay = from.expr.kind === "calendar" && from.expr.day !== undefined && from.expr.month === undefined;
    if (!bareDay || !bareRangeJoinAt(ctx, j)) return undefined;
  }
  if (!(between && numberAt(ctx, j)) && !gluedTo) j++;
  if (wordIs(ctx, j, ["عام", "سنه", "العام", "يوم", "تاريخ"]) && numberAt(ctx, j + 1)) j++;
  const fromCal = from.expr.kind === "calendar" ? from.expr : undefined;
  let to = gluedTo
    ? { expr: gluedTo.expr, last: gluedTo.last }
    : endpoint(ctx, j, yearsOnly && fromCal?.day === undefined && fromCal?.month === undefined);
  // "من 10 أكتوبر ولغاية 12 منه": منه ("of it") repeats the first end's month and year.
  const sameMonthDay = numberAt(ctx, j);
  if (fromCal?.day !== undefined && fromCal.month !== undefined && sameMonthDay && wordAt(ctx, j + 1) === "منه") {
    const { weekday: _w, ...rest } = fromCal;
    if (sameMonthDay.digits <= 2 && sameMonthDay.value <= 31)
      to = { expr: { ...rest, day: sameMonthDay.value }, last: j + 1 };
  }
  if (!to) return undefined;
  // A time after the end belongs to both ends only when the start has one too; otherwise it is
  // a separate mention ("من 28 نوفمبر إلى 2 ديسمبر في الساعة العاشرة").
  if (from.expr.kind === "calendar" && from.expr.time) {
    to = withTime(ctx, to);
    // Both ends keep one grain: a timed start needs a timed end.
    if (to?.expr.kind !== "calendar" || !to.expr.time) return undefined;
  }
  if (!to) return undefined;
  if (!opener && !between) {
    // Bare "A-B": years (2026-2028), days before a month (19-21 نوفمبر), or two days of
    // different months ("30 نوفمبر – 1 ديسمبر").
    const fromIsYear = fromCal?.year !== undefined && fromCal.month === undefined;
    const fromIsDay = fromCal?.day !== undefined && fromCal.month === undefined;
    const toCal = to.expr.kind === "calendar" ? to.expr : undefined;
    const acrossMonths =
      fromCal?.day !== undefined &&
      fromCal.month !== undefined &&
      toCal?.day !== undefined &&
      toCal.month !== undefined;
    if (!(fromIsYear || fromIsDay || (acrossMonths && isPunctAt(ctx, from.last + 1, DASHES)))) return undefined;
  }
  const range = completeRange(from.expr, to.expr);
  if (!range) return undefined;
  if (range.kind === "range" && !ordered(range.from, range.to)) return undefined;
  return { expr: range, first: i, last: to.last, prefix };
}

/**
 * "24/12": a day and month glued by a slash, with no year, valid in some year (29/2 too) and
 * not the start of a longer number ("24/12/2025", "1/2/3"). Read only as a range end.
 */
function slashDayMonth(ctx: ScanContext, k: number): { day: number; month: number; last: number } | undefined {
  const d = numberAt(ctx, k);
  if (!d || d.digits > 2 || !isPunctAt(ctx, k + 1, "/") || ctx.tokens[k + 1]!.spaced) return undefined;
  const m = numberAt(ctx, k + 2);
  if (!m || m.digits > 2 || ctx.tokens[k + 2]!.spaced) return undefined;
  if (!isValidDay(2000, m.value, d.value) || continuesAsIdentifier(ctx, k + 3)) return undefined;
  return { day: d.value, month: m.value, last: k + 2 };
}

/**
 * "من 24/12 حتى 2/1", "بين 28/12 و3/1", "من 24/12 حتى 2/1/2026": year-less slashed days after
 * من/بين are a day range, resolved like year-less days of named months (a start in a later
 * month than the end is in the year before). Two proper fractions ("من 1/3 إلى 2/3") are
 * shares, not days.
 */
function slashDayRange(
  ctx: ScanContext,
  i: number,
  k: number,
  prefix: number,
  between: boolean,
): TokenMatch | undefined {
  const a = slashDayMonth(ctx, k);
  if (!a) return undefined;
  let j = a.last + 1;
  const joined = between ? wordAt(ctx, j) === "و" : isPunctAt(ctx, j, DASHES);
  if (!joined && !lookupWord(ctx, j, rangeClosers())) return undefined;
  j++;
  if (wordIs(ctx, j, ["يوم", "تاريخ"]) && numberAt(ctx, j + 1)) j++;
  const b = slashDayMonth(ctx, j);
  let to: DateExpression;
  let last: number;
  if (b) {
    if (a.day < a.month && b.day < b.month) return undefined;
    to = calendarExpr({ kind: "calendar", calendar: "gregorian", day: b.day, month: { abs: b.month } });
    last = b.last;
  } else {
    const full = tryAt(ctx, j, B.numericDate, parseNumericDate);
    if (full?.prefix !== 0 || full.expr.kind !== "calendar" || full.expr.calendar !== "gregorian") return undefined;
    if (full.expr.day === undefined) return undefined;
    to = full.expr;
    last = full.last;
  }
  const from = calendarExpr({ kind: "calendar", calendar: "gregorian", day: a.day, month: { abs: a.month } });
  const range = completeRange(from, to);
  if (range?.kind !== "range" || !ordered(range.from, range.to)) return undefined;
  return { expr: range, first: i, last, prefix };
}

/** "من الأحد إلى الثلاثاء المقبلين", "من الأحد للتلاتا الجايين": a direction at the end covers both. */
function weekdayRange(ctx: ScanContext, i: number, k: number, prefix: number): TokenMatch | undefined {
  const day = tryAt(ctx, k, B.relativeDay, parseRelativeDay);
  const from = day ? undefined : weekdayAt(ctx, k);
  if (day) {
    // "من باچر لين الخميس": from a relative day to the first such weekday after it.
    if (day.prefix !== 0 || day.expr.kind !== "relative-day") return undefined;
    const j = day.last + 1;
    if (!lookupWord(ctx, j, rangeClosers())) return undefined;
    const to = weekdayAt(ctx, j + 1);
    if (to?.prefix !== 0) return undefined;
    // "من اليوم حتى الأحد المقبل": the first such weekday after the start, المقبل in the surface.
    const dir = directionAt(ctx, to.last + 1);
    if (dir && dir.value !== 1) return undefined;
    const toExpr: DateExpression = weekdayExpr({ kind: "weekday", weekday: to.weekday });
    return { expr: { kind: "range", from: day.expr, to: toExpr }, first: i, last: dir ? dir.last : to.last, prefix };
  }
  if (from?.prefix !== 0) return undefined;
  let j = from.last + 1;
  // "من الخميس الماضي حتى الآن": a past weekday up to now (the latest such weekday before it).
  const past = directionAt(ctx, j);
  if (past?.value === -1) {
    const now = lookupWord(ctx, past.last + 1, rangeClosers()) ? nowEnd(ctx, past.last + 2) : undefined;
    if (!now) return undefined;
    const fromDay = weekdayExpr({ kind: "weekday", weekday: from.weekday, direction: -1 });
    return { expr: { kind: "range", from: fromDay, to: now.expr }, first: i, last: now.last, prefix };
  }
  const closerWord = wordAt(ctx, j) ?? "";
  let to: ReturnType<typeof weekdayAt>;
  if (lookupWord(ctx, j, rangeClosers())) {
    to = weekdayAt(ctx, j + 1);
    // "منذ الأحد وحتى اليوم": from the latest such weekday before now, up to now.
    const now = to ? undefined : nowEnd(ctx, j + 1);
    if (now) {
      const fromDay = weekdayExpr({ kind: "weekday", weekday: from.weekday });
      return { expr: { kind: "range", from: fromDay, to: now.expr }, first: i, last: now.last, prefix };
    }
  } else if (closerWord.startsWith("ل") && closerWord.length > 3) to = weekdayAt(ctx, j); // "للتلاتا": ل + the weekday
  if (!to || to.weekday === from.weekday) return undefined;
  j = to.last;
  const dir = directionAt(ctx, j + 1);
  const direction = dir && dir.value !== 0 ? dir.value : undefined;
  const toExpr: DateExpression = weekdayExpr({
    kind: "weekday",
    weekday: to.weekday,
    ...(direction ? { direction } : {}),
  });
  const fromExpr: DateExpression = weekdayExpr({ kind: "weekday", weekday: from.weekday });
  return { expr: { kind: "range", from: fromExpr, to: toExpr }, first: i, last: dir ? dir.last : j, prefix };
}

/**
 * "من مساء الأحد إلى صباح الثلاثاء", "بين فجر اليوم وظهر الغد": two days each with a part of
 * the day are one range of those days (the parts are kept in the surface, the value is the
 * days', grain part-of-day); the end may also be a plain day ("من مساء الخميس حتى الأحد").
 */
function dayPartRange(ctx: ScanContext, i: number, k: number, prefix: number, between = false): TokenMatch | undefined {
  const from = tryAt(ctx, k, B.dayPart, parseDayPart) ?? dayPartBareDay(ctx, k);
  if (from?.prefix !== 0) return undefined;
  let j = from.last + 1;
  let endPrefix = 0;
  if (between) {
    // The و is glued to the second part ("وصباح") or stands alone.
    if (wordAt(ctx, j) === "و") j++;
    else endPrefix = 1;
  } else if (lookupWord(ctx, j, rangeClosers())) j++;
  else return undefined;
  const to =
    tryAt(ctx, j, B.dayPart, parseDayPart) ??
    (endPrefix === 0
      ? (tryAt(ctx, j, B.weekday, parseWeekday) ?? tryAt(ctx, j, B.relativeDay, parseRelativeDay))
      : undefined);
  if (to?.prefix !== endPrefix) return undefined;
  const a = from.expr;
  let b = to.expr;
  // Both ends of one kind: weekdays (the start counted back from the end), relative days in
  // order, or dates with their day (the end's month and year shared).
  if (a.kind === "weekday" && b.kind === "weekday" && a.weekday !== b.weekday && !a.direction && !a.week) {
    // "… وصباح الأحد الماضيين": a plural direction after the end covers both.
    const dir = b.direction === undefined ? directionAt(ctx, to.last + 1) : undefined;
    let last = to.last;
    if (dir && dir.value !== 0) {
      b = weekdayExpr({ ...b, direction: dir.value });
      last = dir.last;
    }
    return { expr: { kind: "range", from: a, to: b }, first: i, last, prefix };
  }
  if (a.kind === "relative-day" && b.kind === "relative-day" && a.offset < b.offset && !a.anaphora && !b.anaphora) {
    return { expr: { kind: "range", from: a, to: b }, first: i, last: to.last, prefix };
  }
  if (a.kind === "calendar" && b.kind === "calendar" && !a.time && !b.time) {
    const range = completeRange(a, b);
    if (range?.kind === "range" && ordered(range.from, range.to)) {
      return { expr: range, first: i, last: to.last, prefix };
    }
  }
  return undefined;
}

/** "صباح 7" before a day with its month ("من صباح 7 حتى مساء 9 ديسمبر"): a part of a bare day. */
function dayPartBareDay(ctx: ScanContext, k: number): TokenMatch | undefined {
  if (!ctx.words.dayParts.has(wordAt(ctx, k) ?? "")) return undefined;
  const n = numberAt(ctx, k + 1);
  if (!n || n.digits > 2 || n.value < 1 || n.value > 31) return undefined;
  const expr = calendarExpr({ kind: "calendar", calendar: "gregorian", day: n.value, dayPart: true });
  return { expr, first: k, last: k + 1, prefix: 0 };
}

/** اليوم or a word for now at token k, as the open end of a range. */
function nowEnd(ctx: ScanContext, k: number): { expr: DateExpression; last: number } | undefined {
  const day = tryAt(ctx, k, B.relativeDay, parseRelativeDay);
  if (day?.prefix === 0 && day.expr.kind === "relative-day" && isNow(day.expr))
    return { expr: day.expr, last: day.last };
  const now = canStart(ctx, k, B.now) ? nowAt(ctx, k) : undefined;
  if (now?.prefix === 0) return { expr: relativeDayExpr({ kind: "relative-day", offset: 0 }), last: now.last };
  return undefined;
}

/**
 * "من الساعة 10 صباحا حتى الساعة 3 عصرا", "من 7 الصبح لين 2 الظهر": a range of clock times;
 * after بين the ends are joined by و, spaced or glued ("بين الساعة الثانية والسادسة فجرا",
 * "بين الساعة 8 و10 مساء", "بين الساعة السابعة والساعة التاسعة").
 */
function timeRange(ctx: ScanContext, i: number, k: number, prefix: number, between = false): TokenMatch | undefined {
  // "بين الساعتين العاشرة والثانية عشرة": the dual hour noun says both ends are hours.
  const dual = between && wordAt(ctx, k) === "الساعتين";
  const s = dual ? k + 1 : k;
  const clock = tryAt(ctx, s, B.clockTime, dual ? parseClockRangeEnd : parseClockTime);
  let from =
    clock?.prefix === 0 && clock.expr.kind === "time" ? { time: clock.expr.time, last: clock.last } : undefined;
  // "من 8 حتى 10 مساء": a bare hour opens the range when the end is a time of a known half-day;
  // so does an hour in ordinal words ("بين العاشرة والحادية عشرة ليلا").
  from ??= bareHour(ctx, s) ?? ordinalHour(ctx, s);
  if (!from) return undefined;
  const opened = dual || (clock?.prefix === 0 && clock.expr.kind === "time");
  let j = from.last + 1;
  let end: TokenMatch | undefined;
  if (between) {
    // A spaced or digit-glued و ("و 10", "و10") is its own token; a word-glued one ("والسادسة",
    // "والساعة") is the end's clitic.
    const w = wordAt(ctx, j);
    if (w === undefined || w[0] !== "و") return undefined;
    if (w !== "و") j--;
    end = tryAt(ctx, j + 1, B.clockTime, parseClockRangeEnd);
    if (end && end.prefix !== (w === "و" ? 0 : 1)) end = undefined;
  } else {
    if (!lookupWord(ctx, j, rangeClosers()) && !isPunctAt(ctx, j, DASHES)) return undefined;
    // After a clock time an hour in ordinal words stands alone ("من الساعة العاشرة حتى الحادية عشرة").
    end = tryAt(ctx, j + 1, B.clockTime, opened ? parseClockRangeEnd : parseClockTime);
    if (end?.prefix !== 0) end = undefined;
  }
  let to = end?.expr.kind === "time" ? { time: end.expr.time, last: end.last } : undefined;
  // "من الساعة 9 حتى 11": a bare hour closes a range that opened with a clock time.
  if (!to && opened) to = bareHour(ctx, j + 1);
  if (!to || (!opened && !to.time.fixed)) return undefined;
  // Two ends in hh:mm digits with no part of the day ("من الساعة 07:00 إلى الساعة 19:00") are
  // a 24-hour clock: the end's half of the day says nothing about the start's.
  const [a, b] =
    digitClockAt(ctx, from.last) && digitClockAt(ctx, to.last)
      ? [from.time, to.time]
      : shareHalfDay(from.time, to.time);
  // A span over midnight ("من التاسعة ليلا إلى الخامسة صباحا", "من 20:00 إلى 06:00") has no
  // ordered value of times alone: its two times are read as two mentions.
  if (b.hour * 60 + b.minute <= a.hour * 60 + a.minute) return undefined;
  return {
    expr: { kind: "range", from: { kind: "time", time: a }, to: { kind: "time", time: b } },
    first: i,
    last: to.last,
    prefix,
  };
}

/** True when the clock time ending at token `last` ends in "hh:mm" digits (no part-of-day word after). */
function digitClockAt(ctx: ScanContext, last: number): boolean {
  return ctx.tokens[last]?.kind === "number" && isPunctAt(ctx, last - 1, ":");
}

/** An hour in ordinal words with nothing else that makes it a time ("العاشرة"): a range start. */
function ordinalHour(ctx: ScanContext, k: number): { time: ClockTime; last: number } | undefined {
  const m = tryAt(ctx, k, B.clockTime, parseClockRangeEnd);
  return m?.prefix === 0 && m.expr.kind === "time" ? { time: m.expr.time, last: m.last } : undefined;
}

/** A bare hour 0–24 in digits (not a count: no unit word after it). */
function bareHour(ctx: ScanContext, k: number): { time: ClockTime; last: number } | undefined {
  const n = numberAt(ctx, k);
  if (!n || n.digits > 2 || n.value > 24 || ctx.tokens[k + 1]?.text === ":") return undefined;
  if (ctx.words.units.has(wordAt(ctx, k + 1) ?? "")) return undefined;
  return { time: { hour: n.value % 24, minute: 0 }, last: k };
}

/**
 * The half of the day written once, on one end, holds for the other: "من الساعة 3 إلى الساعة 4
 * بعد العصر" = 15:00–16:00, "من الساعة 8 مساء حتى 11" = 20:00–23:00; a morning start written as
 * such ("من 10 صباحا حتى 3 عصرا") stays.
 */
function shareHalfDay(a: ClockTime, b: ClockTime): [ClockTime, ClockTime] {
  if (!a.fixed && b.fixed && b.hour >= 12 && a.hour < 12 && (a.hour + 12) * 60 + a.minute < b.hour * 60 + b.minute) {
    return [{ ...a, hour: a.hour + 12, fixed: true }, b];
  }
  if (a.fixed && !b.fixed && a.hour >= 12 && b.hour < 12 && b.hour + 12 > a.hour) {
    return [a, { ...b, hour: b.hour + 12, fixed: true }];
  }
  return [a, b];
}

/** A later range's start before a day ("باچر من 7 الصبح لين 2 الظهر"): used by attach-time. */
export function parseTimeRangeAt(ctx: ScanContext, i: number): TokenMatch | undefined {
  if (wordAt(ctx, i) !== "من") return undefined;
  return timeRange(ctx, i, i + 1, 0);
}

function shape(e: CalendarExpression): number {
  return (e.day !== undefined ? 1 : 0) | (e.month !== undefined ? 2 : 0) | (e.year !== undefined ? 4 : 0);
}

function sortKey(e: CalendarExpression): number {
  return (
    (e.year && "abs" in e.year ? e.year.abs : 0) * 10000 +
    (e.month && "abs" in e.month ? e.month.abs : 0) * 100 +
    (e.day ?? 0) +
    // Two times on one day are ordered by the clock.
    (e.time ? (e.time.hour * 60 + e.time.minute + 1) / 1441 : 0)
  );
}

/** Two named months in a later-to-earlier order ("ديسمبر … يناير"): a range across the new year. */
function wraps(a: CalendarExpression, b: CalendarExpression): boolean {
  return (
    a.calendar === "gregorian" &&
    b.calendar === "gregorian" &&
    a.month !== undefined &&
    b.month !== undefined &&
    "abs" in a.month &&
    "abs" in b.month &&
    a.month.abs > b.month.abs
  );
}

// Rejects reversed ranges ("2028-2026"), which are scores, codes or typos rather than dates.
function ordered(a: DateExpression, b: DateExpression): boolean {
  if (a.kind !== "calendar" || b.kind !== "calendar") return true;
  // Year-less days or months that wrap ("من 29 كانون الأول حتى 4 كانون الثاني", "من ديسمبر
  // حتى فبراير") cross the new year: the start takes the year before the end's (borrowYear).
  if (a.year === undefined && b.year === undefined && (a.day === undefined) === (b.day === undefined) && wraps(a, b)) {
    return true;
  }
  // A relative end ("حتى العام الماضي", "حتى اليوم" after a month) is ordered when resolved, not here.
  if ((a.year && !("abs" in a.year)) || (b.year && !("abs" in b.year))) return true;
  if ((a.month && !("abs" in a.month)) || (b.month && !("abs" in b.month))) return true;
  return sortKey(a) < sortKey(b);
}

/**
 * Ranges start on their openers and the heads of coordinated lists, on month names
 * ("أبريل 3-7", "يناير وفبراير 2025"), on a day in words or a weekday ("الحادي و30 نوفمبر",
 * "الأربعاء والخميس"); digit runs by numberMask.
 */
export const rangeRule: DateRule = {
  name: "range",
  startWords: () => [
    ...rangeOpeners().keys(),
    ...pluralYearNouns().keys(),
    ...listHeadWords(),
    ...monthLexicon().keys(),
    ...dayWordStarts(),
    ...dateWords().weekdays.keys(),
  ],
  parse: parseRange,
};
