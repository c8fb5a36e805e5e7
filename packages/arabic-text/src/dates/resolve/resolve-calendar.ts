import type { ClockTime, DateExpression, YearRef } from "../date-expression.js";
import {
  type Anchor,
  type Choice,
  choiceFor,
  pickOccurrence,
  type Resolved,
  type ResolveEnv,
  resolvedAs,
} from "./resolve-types.js";
import { daysInMonth, dayValue, isoWeekday, monthValue, timeValue, yearValue } from "./timex-value.js";
import { type CalendarDay, calendarDayOf, epochDayOf } from "./umm-al-qura.js";

type CalendarExpression = Extract<DateExpression, { kind: "calendar" }>;

/** The absolute year a YearRef names, and whether it came from ref or a previous date. */
export function resolveYearRef(year: YearRef, env: ResolveEnv): { year: number; relative: boolean } {
  if ("abs" in year) return { year: year.abs, relative: false };
  if ("rel" in year) return { year: env.ref.year + year.rel, relative: true };
  return { year: (env.previous?.year ?? env.ref.year) + (year.plus ?? 0), relative: true };
}

/** Resolves a Gregorian calendar expression (day/month/year, any of them missing). */
export function resolveGregorian(e: CalendarExpression, env: ResolveEnv): Resolved | undefined {
  const ref = env.ref;
  let year: number | undefined;
  let relative = false;
  if (e.year) {
    const y = resolveYearRef(e.year, env);
    year = y.year;
    relative = y.relative;
  }
  let month: number | undefined;
  let direction: -1 | 0 | 1 | undefined;
  let monthNamed = false;
  if (e.month) {
    if ("abs" in e.month) {
      month = e.month.abs;
      direction = e.month.direction;
      monthNamed = true;
    } else if ("rel" in e.month) {
      const total = ref.year * 12 + (ref.month - 1) + e.month.rel;
      month = (total % 12) + 1;
      year ??= Math.floor(total / 12);
      relative = true;
    } else {
      // "منه" names the month of a date just before, or nothing.
      const anchor = e.month.of ? env.monthBefore() : env.previous;
      if (e.month.of && anchor?.month === undefined) return undefined;
      month = anchor?.month ?? ref.month;
      year ??= anchor?.year ?? ref.year;
      relative = true;
    }
  }
  if (month === undefined && year === undefined && e.day !== undefined && e.weekday !== undefined) {
    // "السبت السادس عشر": the nearest month whose day falls on that weekday.
    const day = dayOfWeekday(e.day, e.weekday, ref);
    return day ? dayResult(day, e, true, "gregorian") : undefined;
  }
  if (month === undefined) {
    if (year === undefined) return undefined;
    return resolvedAs({ value: yearValue(year), grain: "year", calendar: "gregorian", relative, anchor: { year } });
  }
  if (e.ordinalAfterWeekday && e.weekday !== undefined && e.day !== undefined) {
    // "الثلاثاء الثالث من سبتمبر": the year as for the month alone; then the date if it falls on
    // that weekday, else the n-th such weekday of the month (3 Sept 2014 is a Wednesday, so
    // "الثلاثاء الثالث من أيلول 2014" is the third Tuesday, 16 Sept).
    if (year === undefined) {
      relative = true;
      year = chooseYear(month, undefined, direction, env, false)?.year;
      if (year === undefined) return undefined;
    }
    const date = { year, month, day: e.day };
    if (isoWeekday(date) === e.weekday) return dayResult(date, e, relative, "gregorian");
    const nth = nthWeekdayOfMonth(year, month, e.day, e.weekday);
    if (nth) return dayResult(nth, e, relative, "gregorian");
    // No such weekday either ("الأحد الخامس من سبتمبر 2014"): the written date, with its conflict.
  }
  if (year === undefined && e.weekday !== undefined && e.day !== undefined && direction === undefined) {
    // "الأحد 3 يناير": the weekday picks the year (the nearest one where the 3rd is a Sunday),
    // unless the date falls within a week of ref: "الخميس 28 نوفمبر" over a page of Friday 28
    // November 2025 is a slip of the weekday (reported as a conflict), not 2024.
    year = yearNearRef(month, e.day, env.ref) ?? yearOfWeekday(month, e.day, e.weekday, env.ref);
    if (year !== undefined) relative = true;
  }
  // Only a month named in the text (not "الشهر نفسه", "الشهر الماضي") has a year basis.
  let yearBasis: Resolved["yearBasis"] = monthNamed ? "decided" : undefined;
  if (year === undefined) {
    relative = true;
    const chosen = chooseYear(month, e.day, direction, env, e.nearest === true);
    if (chosen === undefined) return undefined;
    year = chosen.year;
    if (chosen.guessed && monthNamed) yearBasis = "guessed";
  }
  if (e.day === undefined) {
    return resolvedAs({
      value: monthValue(year, month),
      grain: "month",
      calendar: "gregorian",
      relative,
      anchor: { year, month },
      yearBasis,
    });
  }
  if (e.day > daysInMonth(year, month)) return undefined;
  const day = { year, month, day: e.day };
  const result = dayResult(day, e, relative, "gregorian");
  result.yearBasis = yearBasis;
  // A weekday that is not this date's: report it, keep the written date.
  if (e.weekday !== undefined && isoWeekday(day) !== e.weekday) result.conflict = "weekday";
  return result;
}

/** The n-th (1–5) `weekday` (1 = Monday … 7 = Sunday) of a month, if the month has that many. */
export function nthWeekdayOfMonth(year: number, month: number, n: number, weekday: number): CalendarDay | undefined {
  const firstWeekday = isoWeekday({ year, month, day: 1 });
  const day = 1 + ((weekday - firstWeekday + 7) % 7) + 7 * (n - 1);
  return day <= daysInMonth(year, month) ? { year, month, day } : undefined;
}

// The date within a year of ref whose day of the month is `day` and falls on `weekday`, nearest first.
function dayOfWeekday(day: number, weekday: number, ref: CalendarDay): CalendarDay | undefined {
  const refDay = epochDayOf(ref);
  let best: CalendarDay | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let m = -12; m <= 12; m++) {
    const total = ref.year * 12 + (ref.month - 1) + m;
    const d = { year: Math.floor(total / 12), month: (total % 12) + 1, day };
    if (day > daysInMonth(d.year, d.month) || isoWeekday(d) !== weekday) continue;
    const distance = Math.abs(epochDayOf(d) - refDay);
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

// The year whose (month, day) lies within a week of ref, if one does.
function yearNearRef(month: number, day: number, ref: CalendarDay): number | undefined {
  const refDay = epochDayOf(ref);
  for (let y = ref.year - 1; y <= ref.year + 1; y++) {
    if (day <= daysInMonth(y, month) && Math.abs(epochDayOf({ year: y, month, day }) - refDay) <= 7) return y;
  }
  return undefined;
}

// The year within two of ref whose (month, day) falls on `weekday`, nearest to ref first.
function yearOfWeekday(month: number, day: number, weekday: number, ref: CalendarDay): number | undefined {
  const refDay = epochDayOf(ref);
  let best: number | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let y = ref.year - 2; y <= ref.year + 2; y++) {
    if (day > daysInMonth(y, month)) continue;
    const d = { year: y, month, day };
    if (isoWeekday(d) !== weekday) continue;
    const distance = Math.abs(epochDayOf(d) - refDay);
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

/** The shared day/part-of-day/minute result of a resolved day. */
export function dayResult(
  d: CalendarDay,
  e: { time?: ClockTime; dayPart?: boolean },
  relative: boolean,
  calendar: "gregorian" | "hijri",
): Resolved {
  const anchor = { year: d.year, month: d.month, day: d.day };
  // A day and a time is minute grain: seconds ("… 09:18:23") stay in the surface, not the value.
  if (e.time)
    return resolvedAs({
      value: `${dayValue(d)}${timeValue(e.time, false)}`,
      grain: "minute",
      calendar,
      relative,
      anchor,
    });
  return resolvedAs({ value: dayValue(d), grain: e.dayPart ? "part-of-day" : "day", calendar, relative, anchor });
}

// Year-less month or day-month: the direction word, else the tense, else the nearest (rules 4–5).
// `guessed` when nothing in the sentence decided (the nearest by default, not a dateline's).
function chooseYear(
  month: number,
  day: number | undefined,
  direction: -1 | 0 | 1 | undefined,
  env: ResolveEnv,
  nearest: boolean,
): { year: number; guessed: boolean } | undefined {
  const ref = env.ref;
  if (direction === 0) return { year: ref.year, guessed: false };
  // "في 31 أغسطس 1991، وأعلنت مطلع سبتمبر …": the sentence is about 1991, not about ref.
  const story = direction === undefined && !nearest ? env.narrativeAnchor() : undefined;
  if (story) {
    const year = storyYear(month, day, story);
    return year === undefined ? undefined : { year, guessed: false };
  }
  // A dateline's day sits next to the publication date whatever the verbs of the story say:
  // the agency's "D - M" (nearest), or a month-name dateline the tense detector recognised
  // (copy is filed on or before the day it is published).
  let choice: Choice = "nearest";
  if (!nearest) {
    const tense = direction === undefined ? env.tense() : undefined;
    nearest = tense === "dateline";
    choice =
      direction !== undefined
        ? choiceFor(direction, env)
        : tense === "past" || nearest
          ? "on-or-before"
          : tense === "future"
            ? "on-or-after"
            : "nearest";
  }
  const candidates: { item: number; start: number; end: number }[] = [];
  for (let y = ref.year - 1; y <= ref.year + 1; y++) {
    if (day !== undefined && day > daysInMonth(y, month)) continue;
    const key = day === undefined ? y * 12 + month : epochDayOf({ year: y, month, day });
    candidates.push({ item: y, start: key, end: key });
  }
  const refKey = day === undefined ? ref.year * 12 + ref.month : epochDayOf(ref);
  const year = pickOccurrence(candidates, refKey, choice);
  return year === undefined ? undefined : { year, guessed: !nearest && choice === "nearest" };
}

// The year (the anchor's or one either side) that puts the month or day nearest to the anchor;
// the anchor's own year when it has no month.
function storyYear(month: number, day: number | undefined, anchor: Anchor): number | undefined {
  if (anchor.month === undefined) return anchor.year;
  const at = { year: anchor.year, month: anchor.month, day: anchor.day ?? 1 };
  const candidates: { item: number; start: number; end: number }[] = [];
  for (let y = anchor.year - 1; y <= anchor.year + 1; y++) {
    if (day !== undefined && day > daysInMonth(y, month)) continue;
    const key = day === undefined ? y * 12 + month : epochDayOf({ year: y, month, day });
    candidates.push({ item: y, start: key, end: key });
  }
  const atKey = day === undefined ? at.year * 12 + at.month : epochDayOf(at);
  return pickOccurrence(candidates, atKey, "nearest");
}

export function dayRange(first: number, last: number): string {
  return `${dayValue(calendarDayOf(first))}/${dayValue(calendarDayOf(last))}`;
}
