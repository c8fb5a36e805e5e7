import type { ClockTime } from "../date-expression.js";
import { addMonths, type CalendarDay, calendarDayOf, epochDayOf, isoWeekOf } from "./civil-day.js";

export { daysInMonth, isoWeekday } from "./civil-day.js";

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function yearValue(year: number): string {
  if (year >= 1000) return String(year);
  return year < 0 ? String(year) : String(year).padStart(4, "0");
}

export function monthValue(year: number, month: number): string {
  return `${yearValue(year)}-${pad(month)}`;
}

export function dayValue(d: CalendarDay): string {
  return `${yearValue(d.year)}-${pad(d.month)}-${pad(d.day)}`;
}

/** `T15:23`, or `T15:23:24` when the clock gave seconds (`withSeconds` false: minute precision). */
export function timeValue(t: ClockTime, withSeconds = true): string {
  const hm = `T${pad(t.hour)}:${pad(t.minute)}`;
  return withSeconds && t.second !== undefined ? `${hm}:${pad(t.second)}` : hm;
}

/** The ISO week (2025-W49) of a day. */
export function weekValue(d: CalendarDay): string {
  const { weekYear, week } = isoWeekOf(d);
  return `${yearValue(weekYear)}-W${pad(week)}`;
}

/**
 * Date arithmetic on plain days: months and years first (clamped to the end of a shorter
 * month, as luxon's plus does), then days and weeks on epoch days.
 */
export function addToDay(
  d: CalendarDay,
  amount: { days?: number; weeks?: number; months?: number; years?: number },
): CalendarDay {
  const months = (amount.months ?? 0) + 12 * (amount.years ?? 0);
  const moved = months === 0 ? d : addMonths(d, months);
  const days = (amount.days ?? 0) + 7 * (amount.weeks ?? 0);
  return days === 0 ? moved : calendarDayOf(epochDayOf(moved) + days);
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
