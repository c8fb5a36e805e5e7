import { DateTime } from "luxon";
import type { ClockTime } from "./date-expression.js";
import { type CalendarDay, calendarDayOf, epochDayOf } from "./umm-al-qura.js";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function yearValue(year: number): string {
  return year < 0 ? String(year) : pad(year, 4);
}

export function monthValue(year: number, month: number): string {
  return `${yearValue(year)}-${pad(month)}`;
}

export function dayValue(d: CalendarDay): string {
  return `${yearValue(d.year)}-${pad(d.month)}-${pad(d.day)}`;
}

export function timeValue(t: ClockTime): string {
  return `T${pad(t.hour)}:${pad(t.minute)}`;
}

/** The ISO week (2025-W49) of a day. */
export function weekValue(d: CalendarDay): string {
  const dt = DateTime.fromObject(d, { zone: "UTC" });
  return `${yearValue(dt.weekYear)}-W${pad(dt.weekNumber)}`;
}

/**
 * Date arithmetic on plain days: days and weeks on epoch days (cheap, exact), months and years
 * through luxon (end-of-month clamping). Luxon stays internal.
 */
export function addToDay(
  d: CalendarDay,
  amount: { days?: number; weeks?: number; months?: number; years?: number },
): CalendarDay {
  if (amount.months === undefined && amount.years === undefined) {
    return calendarDayOf(epochDayOf(d) + (amount.days ?? 0) + 7 * (amount.weeks ?? 0));
  }
  const dt = DateTime.fromObject(d, { zone: "UTC" }).plus(amount);
  return { year: dt.year, month: dt.month, day: dt.day };
}

/** ISO weekday (Monday 1 … Sunday 7); 1970-01-01 was a Thursday. */
export function isoWeekday(d: CalendarDay): number {
  return ((((epochDayOf(d) + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
