import type { DateExpression } from "../date-expression.js";
import { dayRange, dayResult, resolveYearRef } from "./resolve-calendar.js";
import { choiceFor, pickOccurrence, type Resolved, type ResolveEnv, resolvedAs } from "./resolve-types.js";
import { calendarDayOf, epochDayOf, epochDayOfHijri, hijriMonthSpan, hijriOfEpochDay } from "./umm-al-qura.js";

type CalendarExpression = Extract<DateExpression, { kind: "calendar" }>;
type HolidayExpression = Extract<DateExpression, { kind: "holiday" }>;

/** Hijri years whose given month/day may fall in Gregorian year `gregorianYear`. */
function hijriYearsIn(gregorianYear: number): number[] {
  const approx = Math.round((gregorianYear - 622) * 1.030684) + 1;
  return [approx - 1, approx, approx + 1];
}

/** An interval of epoch days for a Hijri month or day. */
function span(year: number, month: number, day: number | undefined): [number, number] | undefined {
  if (day === undefined) return hijriMonthSpan(year, month);
  const d = epochDayOfHijri({ year, month, day });
  return d === undefined ? undefined : [d, d];
}

/** Hijri day/month/year (Umm al-Qura). A month without a day resolves to its Gregorian day range. */
export function resolveHijri(e: CalendarExpression, env: ResolveEnv): Resolved | undefined {
  const month = e.month && "abs" in e.month ? e.month.abs : undefined;
  const refDay = epochDayOf(env.ref);
  let relative = false;
  let years: number[];
  let choice = choiceFor(e.month && "abs" in e.month ? e.month.direction : undefined, env);
  if (e.year) {
    const y = resolveYearRef(e.year, env);
    relative = y.relative;
    if (y.year < 1700 && !y.relative) years = [y.year];
    else {
      years = hijriYearsIn(y.year);
      choice = "nearest";
    }
  } else {
    relative = true;
    const h = hijriOfEpochDay(refDay).year;
    years = [h - 1, h, h + 1];
  }
  if (month === undefined) {
    if (e.year && "abs" in e.year && e.year.abs < 1700) return resolveHijriYear(e.year.abs);
    return undefined;
  }
  const candidates = years.flatMap((y) => {
    const s = span(y, month, e.day);
    return s ? [{ item: s, start: s[0], end: s[1] }] : [];
  });
  const inYear = e.year && !("abs" in e.year && e.year.abs < 1700) ? resolveYearRef(e.year, env).year : undefined;
  const filtered = inYear === undefined ? candidates : candidates.filter((c) => calendarDayOf(c.start).year === inYear);
  const picked = years.length === 1 ? filtered[0]?.item : pickOccurrence(filtered, refDay, choice);
  if (!picked) return undefined;
  if (e.day !== undefined) return dayResult(calendarDayOf(picked[0]), e, relative, "hijri");
  return resolvedAs({ value: dayRange(picked[0], picked[1]), grain: "day", calendar: "hijri", relative });
}

/** A Hijri year ("1446 هـ") as its Gregorian day range. */
export function resolveHijriYear(year: number): Resolved | undefined {
  const first = epochDayOfHijri({ year, month: 1, day: 1 });
  const next = epochDayOfHijri({ year: year + 1, month: 1, day: 1 });
  if (first === undefined || next === undefined) return undefined;
  return resolvedAs({ value: dayRange(first, next - 1), grain: "day", calendar: "hijri", relative: false });
}

/** Western or Orthodox Easter Sunday of a Gregorian year, as an epoch day. */
function easter(year: number, orthodox: boolean): number {
  if (orthodox) {
    // Julian computus (Meeus), then +13 days to the Gregorian calendar (valid 1900–2099).
    const a = year % 4;
    const b = year % 7;
    const c = year % 19;
    const d = (19 * c + 15) % 30;
    const e = (2 * a + 4 * b - d + 34) % 7;
    const month = Math.floor((d + e + 114) / 31);
    const day = ((d + e + 114) % 31) + 1;
    return epochDayOf({ year, month, day }) + 13;
  }
  // Anonymous Gregorian algorithm.
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return epochDayOf({ year, month, day });
}

/** A named day: its occurrence in the year given, else the one the direction/tense picks. */
export function resolveHoliday(e: HolidayExpression, env: ResolveEnv): Resolved | undefined {
  const rule = e.rule;
  const refDay = epochDayOf(env.ref);
  let gregorianYears = [env.ref.year - 1, env.ref.year, env.ref.year + 1];
  let hijriYears: number[] | undefined;
  let relative = true;
  if (e.year) {
    const y = resolveYearRef(e.year, env);
    relative = y.relative;
    if (y.year < 1700 && !y.relative) hijriYears = [y.year];
    gregorianYears = [y.year];
  }
  let days: number[];
  if (rule.calendar === "hijri") {
    const hy = hijriYears ?? (e.year ? gregorianYears.flatMap(hijriYearsIn) : nearHijriYears(refDay));
    days = hy.flatMap((y) => epochDayOfHijri({ year: y, month: rule.month, day: rule.day }) ?? []);
    if (e.year && !hijriYears) days = days.filter((d) => calendarDayOf(d).year === gregorianYears[0]);
  } else if (rule.calendar === "easter") {
    days = gregorianYears.map((y) => easter(y, e.orthodox === true));
  } else {
    const md = e.orthodox && rule.orthodox ? rule.orthodox : rule;
    days = gregorianYears.map((y) => epochDayOf({ year: y, month: md.month, day: md.day }));
  }
  days.sort((a, b) => a - b);
  const choice = e.year ? "nearest" : choiceFor(e.direction, env);
  const picked =
    days.length === 1
      ? days[0]
      : pickOccurrence(
          days.map((d) => ({ item: d, start: d, end: d })),
          refDay,
          choice,
        );
  if (picked === undefined) return undefined;
  return dayResult(calendarDayOf(picked), {}, relative, rule.calendar === "hijri" ? "hijri" : "gregorian");
}

function nearHijriYears(refDay: number): number[] {
  const h = hijriOfEpochDay(refDay).year;
  return [h - 1, h, h + 1];
}
