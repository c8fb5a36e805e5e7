import { DateTime } from "luxon";
import type { ClockTime } from "./date-expression.js";
import type { CalendarDay } from "./umm-al-qura.js";

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

/** Luxon date arithmetic on plain days (luxon stays internal). */
export function addToDay(
  d: CalendarDay,
  amount: { days?: number; weeks?: number; months?: number; years?: number },
): CalendarDay {
  const dt = DateTime.fromObject(d, { zone: "UTC" }).plus(amount);
  return { year: dt.year, month: dt.month, day: dt.day };
}

export function isoWeekday(d: CalendarDay): number {
  return DateTime.fromObject(d, { zone: "UTC" }).weekday;
}

export function daysInMonth(year: number, month: number): number {
  return DateTime.fromObject({ year, month, day: 1 }, { zone: "UTC" }).daysInMonth ?? 31;
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
