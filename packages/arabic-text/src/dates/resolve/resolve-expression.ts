import type { DateExpression, DurationPart, MonthRef } from "../date-expression.js";
import { calendarExpr, nthWeekdayExpr } from "../expression-shapes.js";
import { resolveNthWeek } from "../rules/week-of-month.js";
import type { DateGrain } from "../types.js";
import { epochDayOf } from "./civil-day.js";
import { resolveGregorian } from "./resolve-calendar.js";
import { resolveHijri, resolveHijriYear, resolveHoliday } from "./resolve-hijri.js";
import { resolvePeriod, resolveRelativeDay, resolveWeekday } from "./resolve-relative.js";
import type { Resolved, ResolveEnv } from "./resolve-types.js";
import { resolvedAs } from "./resolve-types.js";
import { addToDay, compareDays, daysInMonth, dayValue, isoWeekday, timeValue } from "./timex-value.js";
import type { CalendarDay } from "./umm-al-qura.js";

const PART_GRAIN: Partial<Record<DateGrain, DateGrain>> = {
  year: "part-of-year",
  month: "part-of-month",
  week: "part-of-week",
  day: "part-of-day",
  decade: "part-of-decade",
  century: "part-of-century",
};

const DURATION: Record<string, (n: number) => string> = {
  year: (n) => `P${n}Y`,
  month: (n) => `P${n}M`,
  week: (n) => `P${n}W`,
  day: (n) => `P${n}D`,
  hour: (n) => `PT${n}H`,
  minute: (n) => `PT${n}M`,
  decade: (n) => `P${n * 10}Y`,
  century: (n) => `P${n * 100}Y`,
};

/** "11 عاما وشهرين" → P11Y2M; weeks become days and decades/centuries years, as ISO 8601 mixes them. */
function compoundDuration(parts: DurationPart[]): string {
  let years = 0;
  let months = 0;
  let days = 0;
  let hours = 0;
  let minutes = 0;
  for (const p of parts) {
    if (p.unit === "century") years += p.amount * 100;
    else if (p.unit === "decade") years += p.amount * 10;
    else if (p.unit === "year") years += p.amount;
    else if (p.unit === "month") months += p.amount;
    else if (p.unit === "week") days += p.amount * 7;
    else if (p.unit === "day") days += p.amount;
    else if (p.unit === "hour") hours += p.amount;
    else minutes += p.amount;
  }
  const date = `${years ? `${years}Y` : ""}${months ? `${months}M` : ""}${days ? `${days}D` : ""}`;
  const time = hours || minutes ? `T${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}` : "";
  return `P${date}${time}`;
}

/** Turns a parsed expression into its value against ref (or the previous date). */
export function resolveExpression(e: DateExpression, env: ResolveEnv): Resolved | undefined {
  switch (e.kind) {
    case "calendar":
      return e.calendar === "hijri" ? resolveHijri(e, env) : resolveGregorian(e, env);
    case "relative-day":
      return resolveRelativeDay(e, env);
    case "weekday":
      return resolveWeekday(e, env);
    case "period":
      return resolvePeriod(e, env);
    case "holiday":
      return resolveHoliday(e, env);
    case "hijri-year":
      return resolveHijriYear(e.year);
    case "part": {
      const inner = resolveExpression(e.of, env);
      if (!inner) return undefined;
      return { ...inner, grain: PART_GRAIN[inner.grain] ?? inner.grain, mod: e.mod };
    }
    case "sub-year": {
      const inner = resolveExpression(e.of, env);
      if (inner?.grain !== "year") return undefined;
      const value = `${inner.value}-${e.unit === "quarter" ? "Q" : "H"}${e.index}`;
      return { ...inner, value, grain: e.unit === "quarter" ? "quarter" : "half-year" };
    }
    case "range":
      return resolveRange(e, env);
    case "duration": {
      const value = e.more
        ? compoundDuration([{ amount: e.amount, unit: e.unit }, ...e.more])
        : DURATION[e.unit]!(e.amount);
      return resolvedAs({ value, grain: "duration", calendar: "gregorian", relative: false });
    }
    case "decade": {
      const c = e.century;
      const century = c === undefined ? 19 : "abs" in c ? c.abs : Math.floor(env.ref.year / 100) + c.rel;
      const relative = c !== undefined && "rel" in c;
      return resolvedAs({ value: `${century}${e.tens}`, grain: "decade", calendar: "gregorian", relative });
    }
    case "century": {
      const c = e.century;
      const century = "abs" in c ? c.abs : Math.floor(env.ref.year / 100) + c.rel;
      return resolvedAs({
        value: String(century).padStart(2, "0"),
        grain: "century",
        calendar: "gregorian",
        relative: "rel" in c,
      });
    }
    case "time":
      return resolvedAs({ value: timeValue(e.time), grain: "time", calendar: "gregorian", relative: false });
    case "nth-weekday":
      return resolveNthWeekday(e, env);
    case "nth-week":
      return resolveNthWeek(e, env, resolveExpression);
    case "list":
      // Lists are split into one mention per item before resolution (find-dates.ts).
      return undefined;
  }
}

/** "ثاني خميس من نوفمبر", "آخر يوم من السنة": counted from the first or last day of the container. */
function resolveNthWeekday(e: Extract<DateExpression, { kind: "nth-weekday" }>, env: ResolveEnv): Resolved | undefined {
  const of = resolveExpression(e.of, env);
  if (e.from !== undefined) return nthWeekdayFrom(e, e.from, of);
  if (!of?.anchor || (of.grain !== "month" && of.grain !== "year")) return undefined;
  const year = of.anchor.year;
  const month = of.grain === "month" ? of.anchor.month : undefined;
  const first = { year, month: month ?? 1, day: 1 };
  const last = { year, month: month ?? 12, day: daysInMonth(year, month ?? 12) };
  let day: CalendarDay;
  if (e.n > 0) {
    const shift = e.weekday === 0 ? 0 : (e.weekday - isoWeekday(first) + 7) % 7;
    // Weekday 0 is any day: the n-th day, not the n-th week.
    day = addToDay(first, { days: e.weekday === 0 ? e.n - 1 : shift + 7 * (e.n - 1) });
    if (compareDays(day, last) > 0) return undefined;
  } else {
    const shift = e.weekday === 0 ? 0 : (isoWeekday(last) - e.weekday + 7) % 7;
    day = addToDay(last, { days: -shift });
  }
  return gregorianDay(day, of.relative);
}

// "ثالث ثلاثاء بعد عيد الميلاد 2014": counted from the day, which itself never counts.
function nthWeekdayFrom(
  e: Extract<DateExpression, { kind: "nth-weekday" }>,
  from: 1 | -1,
  of: Resolved | undefined,
): Resolved | undefined {
  const a = of?.anchor;
  if (of?.grain !== "day" || a?.month === undefined || a.day === undefined) return undefined;
  const base = { year: a.year, month: a.month, day: a.day };
  const gap = from === 1 ? (e.weekday - isoWeekday(base) + 7) % 7 || 7 : (isoWeekday(base) - e.weekday + 7) % 7 || 7;
  const day = addToDay(base, { days: from * (gap + 7 * (e.n - 1)) });
  return gregorianDay(day, of.relative);
}

/**
 * Weekday ranges: "من الأحد إلى الثلاثاء المقبلين" (the start is the latest such weekday on or
 * before the resolved end) and "من باچر لين الخميس" (the end is the first such weekday after
 * the resolved start).
 */
function weekdayRange(e: Extract<DateExpression, { kind: "range" }>, env: ResolveEnv): Resolved | undefined {
  // Two times on one weekday ("الخميس من التاسعة حتى الحادية عشرة") resolve each on its own.
  if (e.from.kind === "weekday" && e.to.kind === "weekday" && e.from.weekday !== e.to.weekday) {
    const to = resolveExpression(e.to, env);
    if (!to?.anchor || to.anchor.month === undefined || to.anchor.day === undefined) return undefined;
    const end = { year: to.anchor.year, month: to.anchor.month, day: to.anchor.day };
    const back = (e.to.weekday - e.from.weekday + 7) % 7;
    const start = addToDay(end, { days: -back });
    // "من الخميس إلى الأحد المقبلين" said on a Friday: a forward range never starts before ref.
    if (e.to.direction === 1 && compareDays(start, env.ref) < 0) {
      const later = addToDay(start, { days: 7 });
      const laterEnd = addToDay(end, { days: 7 });
      return { ...to, value: `${dayValue(later)}/${dayValue(laterEnd)}`, anchor: { ...laterEnd } };
    }
    return { ...to, value: `${dayValue(start)}/${to.value}` };
  }
  if (e.from.kind === "weekday" && e.to.kind === "relative-day") {
    // "منذ الأحد وحتى اليوم": the latest such weekday before the end (a week back on that weekday).
    const to = resolveExpression(e.to, env);
    if (!to?.anchor || to.anchor.month === undefined || to.anchor.day === undefined) return undefined;
    const end = { year: to.anchor.year, month: to.anchor.month, day: to.anchor.day };
    const back = (isoWeekday(end) - e.from.weekday + 7) % 7 || 7;
    return { ...to, value: `${dayValue(addToDay(end, { days: -back }))}/${to.value}` };
  }
  if (e.to.kind === "weekday" && e.to.direction === undefined && e.from.kind === "relative-day") {
    const from = resolveExpression(e.from, env);
    if (!from?.anchor || from.anchor.month === undefined || from.anchor.day === undefined) return undefined;
    const start = { year: from.anchor.year, month: from.anchor.month, day: from.anchor.day };
    const forward = (e.to.weekday - isoWeekday(start) + 7) % 7 || 7;
    const end = addToDay(start, { days: forward });
    return { ...from, value: `${from.value}/${dayValue(end)}`, anchor: { ...end } };
  }
  return undefined;
}

function isDayEnd(e: DateExpression): boolean {
  return (e.kind === "calendar" && e.day !== undefined) || e.kind === "relative-day";
}

/** A year-less Gregorian month (also inside a part: "منتصف أبريل") takes the year of the end after it. */
function borrowYear(from: DateExpression, end: Resolved["anchor"]): DateExpression {
  if (!end) return from;
  if (from.kind === "part") {
    const of = borrowYear(from.of, end);
    return of === from.of ? from : { ...from, of };
  }
  // "من آخر جمعة في أبريل حتى آخر خميس في أكتوبر": the start's month takes the end's year.
  if (from.kind === "nth-weekday" && from.from === undefined) {
    const of = borrowYear(from.of, end);
    return of === from.of ? from : nthWeekdayExpr({ ...from, of });
  }
  if (from.kind !== "calendar" || from.calendar === "hijri" || from.year !== undefined) return from;
  if (!from.month || !("abs" in from.month)) return from;
  const year = from.month.abs > (end.month ?? 12) ? end.year - 1 : end.year;
  return { ...from, year: { abs: year } };
}

/**
 * The first (mod start) or last (mod end) day of the month or year a part names, for a range
 * whose other end is a day: "من اليوم وحتى نهاية الشهر" ends on the month's last day.
 */
function edgeDay(e: DateExpression, env: ResolveEnv): Resolved | undefined {
  if (e.kind !== "part" || e.mod === "mid") return undefined;
  const of = resolveExpression(e.of, env);
  const a = of?.anchor;
  if (!of || !a || of.calendar === "hijri" || (of.grain !== "month" && of.grain !== "year")) return undefined;
  const month = of.grain === "month" ? a.month! : e.mod === "start" ? 1 : 12;
  const day = { year: a.year, month, day: e.mod === "start" ? 1 : daysInMonth(a.year, month) };
  return gregorianDay(day, of.relative);
}

// The end is resolved first so a year-less start borrows its year ("من 28 نوفمبر إلى 2 ديسمبر 2025").
function resolveRange(e: Extract<DateExpression, { kind: "range" }>, env: ResolveEnv): Resolved | undefined {
  const weekdays = weekdayRange(e, env);
  if (weekdays) return weekdays;
  // A day at one end turns an edge at the other into a day ("من أول يناير حتى آخر مارس").
  const toEdge = e.to.kind === "part" && isDayEnd(e.from);
  const fromEdge = e.from.kind === "part" && isDayEnd(e.to);
  const to = toEdge ? edgeDay(e.to, env) : resolveExpression(e.to, env);
  if (!to) return undefined;
  if (fromEdge) {
    const start = edgeDay(borrowYear(e.from, to.anchor), env);
    if (!start) return undefined;
    return { ...to, value: `${start.value}/${to.value}`, relative: start.relative || to.relative };
  }
  let from = e.from;
  // Days of one month ("من 20 إلى 29 رمضان", "من 3 إلى 7 أبريل"): the start is counted back from
  // the resolved end, which also keeps a Hijri month in the same Hijri year.
  const end = to.anchor;
  if (
    from.kind === "calendar" &&
    e.to.kind === "calendar" &&
    from.year === undefined &&
    from.day !== undefined &&
    e.to.day !== undefined &&
    !from.time &&
    !e.to.time &&
    sameMonthRef(from.month, e.to.month) &&
    end?.month !== undefined &&
    end.day !== undefined
  ) {
    const start = addToDay({ year: end.year, month: end.month, day: end.day }, { days: from.day - e.to.day });
    return { ...to, value: `${dayValue(start)}/${to.value}` };
  }
  // A Gregorian year cannot be lent to a Hijri month: resolve each end on its own.
  from = borrowYear(from, to.anchor);
  const start = resolveExpression(from, env);
  if (!start) return undefined;
  const nearer = nearestYearlessRange(e, env, start, to);
  if (nearer) return nearer;
  return resolvedAs({
    value: `${start.value}/${to.value}`,
    grain: start.grain,
    calendar: start.calendar === "hijri" || to.calendar === "hijri" ? "hijri" : "gregorian",
    relative: start.relative || to.relative,
    ...(to.anchor ? { anchor: to.anchor } : {}),
  });
}

/** A day of a named Gregorian month with no year and no time, or an n-th weekday of one. */
function isYearlessDay(e: DateExpression): boolean {
  if (e.kind === "nth-weekday") return e.from === undefined && isYearlessMonth(e.of);
  return isYearlessMonth(e) && e.kind === "calendar" && e.day !== undefined && e.time === undefined;
}

function isYearlessMonth(e: DateExpression): boolean {
  return (
    e.kind === "calendar" &&
    e.calendar === "gregorian" &&
    e.year === undefined &&
    e.month !== undefined &&
    "abs" in e.month &&
    e.month.direction === undefined
  );
}

function withYear(e: DateExpression, year: number): DateExpression {
  if (e.kind === "calendar") return calendarExpr({ ...e, year: { abs: year } });
  if (e.kind === "nth-weekday") return nthWeekdayExpr({ ...e, of: withYear(e.of, year) });
  return e;
}

function epochOf(a: Resolved["anchor"]): number | undefined {
  return a?.month !== undefined && a.day !== undefined
    ? epochDayOf({ year: a.year, month: a.month, day: a.day })
    : undefined;
}

/**
 * A range of two year-less days with no tense cue ("من آخر جمعة في أبريل حتى آخر خميس في
 * أكتوبر") is the occurrence nearest to ref as a whole, the interval (0 when ref falls inside
 * it), not the one whose end is nearest: the end's year and the years either side are tried.
 */
function nearestYearlessRange(
  e: Extract<DateExpression, { kind: "range" }>,
  env: ResolveEnv,
  start: Resolved,
  to: Resolved,
): Resolved | undefined {
  if (!isYearlessDay(e.from) || !isYearlessDay(e.to)) return undefined;
  const tense = env.tense();
  if (tense === "past" || tense === "future") return undefined;
  const ref = epochDayOf(env.ref);
  const gap = (a: number, b: number): number => (ref < a ? a - ref : ref > b ? ref - b : 0);
  const s0 = epochOf(start.anchor);
  const t0 = epochOf(to.anchor);
  if (s0 === undefined || t0 === undefined || gap(s0, t0) === 0) return undefined;
  let best = gap(s0, t0);
  let found: Resolved | undefined;
  for (const year of [to.anchor!.year - 1, to.anchor!.year + 1]) {
    const end = resolveExpression(withYear(e.to, year), env);
    const begin = end ? resolveExpression(borrowYear(e.from, end.anchor), env) : undefined;
    const s = epochOf(begin?.anchor);
    const t = epochOf(end?.anchor);
    if (s === undefined || t === undefined || s > t || gap(s, t) >= best) continue;
    best = gap(s, t);
    found = resolvedAs({
      value: `${begin!.value}/${end!.value}`,
      grain: begin!.grain,
      calendar: "gregorian",
      relative: true,
      anchor: end!.anchor,
    });
  }
  return found;
}

function sameMonthRef(a: MonthRef | undefined, b: MonthRef | undefined): boolean {
  if (!a || !b) return false;
  if ("abs" in a && "abs" in b) return a.abs === b.abs;
  if ("rel" in a && "rel" in b) return a.rel === b.rel;
  return false;
}

/** A Gregorian day found from another resolved date (an n-th weekday, a month's edge). */
function gregorianDay(day: CalendarDay, relative: boolean): Resolved {
  return resolvedAs({ value: dayValue(day), grain: "day", calendar: "gregorian", relative, anchor: { ...day } });
}
