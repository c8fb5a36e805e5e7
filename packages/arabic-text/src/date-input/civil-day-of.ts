import { CstoError } from "../errors/csto-error.js";
import type { DateInput } from "./date-input.js";
import { dayInZone, isValidZone } from "./zone-day.js";

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;
// RFC 3339 / ISO 8601 extended form: date, T, hh:mm, optional :ss and fraction, optional offset.
const isoDateTime =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

/** A civil (calendar) day: the year, month (1–12) and day of the month. */
export interface CivilDay {
  year: number;
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === "object" ? (value.constructor?.name ?? "object") : typeof value;
}

function invalid(argument: string, value: unknown): CstoError {
  return new CstoError(
    "INVALID_DATE",
    `${argument} must be "YYYY-MM-DD", an ISO date-time or a valid Date, got ${describe(value)}`,
  );
}

/** Milliseconds of an offset written `Z`, `±hh`, `±hhmm` or `±hh:mm`; undefined when out of range. */
function offsetMilliseconds(offset: string): number | undefined {
  if (offset === "Z" || offset === "z") return 0;
  const hours = Number(offset.slice(1, 3));
  const minutes = offset.length > 3 ? Number(offset.slice(-2)) : 0;
  if (hours > 23 || minutes > 59) return undefined;
  return (offset[0] === "-" ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

function utcMilliseconds(fields: readonly number[]): number {
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = fields;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps the years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/**
 * Reads a date argument as a civil day by the one rule of `DateInput`. Throws `INVALID_DATE`
 * for a value that is not a date and `INVALID_OPTION` for a zone that is not an IANA name.
 *
 * @param argument the name used in error messages (`ref`, `published`, `date` …).
 */
export function readCivilDay(input: unknown, zone: unknown = "UTC", argument = "date"): CivilDay {
  if (typeof zone !== "string" || !isValidZone(zone)) {
    throw new CstoError("INVALID_OPTION", `zone must be a valid IANA time zone name, got ${describe(zone)}`);
  }
  let instant: number;
  if (typeof input === "string") {
    const day = isoDay.exec(input);
    if (day) {
      const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
      if (!isRealDay(year, month, date)) throw invalid(argument, input);
      return { year, month, day: date };
    }
    const time = isoDateTime.exec(input);
    if (!time) throw invalid(argument, input);
    const fields = time.slice(1, 7).map((part) => (part === undefined ? 0 : Number(part)));
    const [year = 0, month = 0, date = 0, hour = 0, minute = 0, second = 0] = fields;
    if (!isRealDay(year, month, date) || hour > 23 || minute > 59 || second > 59) throw invalid(argument, input);
    const offset = time[7];
    // No offset: a wall-clock time in `zone`, so its day is the one written.
    if (offset === undefined) return { year, month, day: date };
    const shift = offsetMilliseconds(offset);
    if (shift === undefined) throw invalid(argument, input);
    instant = utcMilliseconds(fields) - shift;
  } else if (input instanceof Date) {
    instant = input.getTime();
    if (Number.isNaN(instant)) throw invalid(argument, input);
  } else {
    throw invalid(argument, input);
  }
  const day = dayInZone(instant, zone);
  if (day.year < 0 || day.year > 9999) {
    throw new CstoError("INVALID_DATE", `${argument} falls outside the years 0000–9999`);
  }
  return day;
}

/** A civil day as `YYYY-MM-DD`. */
export function formatCivilDay(day: CivilDay): string {
  return `${String(day.year).padStart(4, "0")}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
}

/**
 * The civil day (`YYYY-MM-DD`) that a date argument stands for, by the one rule every `@csto`
 * function applies to its dates (see `DateInput`): `civilDayOf("2025-11-27T23:30:00Z",
 * "Asia/Almaty")` is `"2025-11-28"`. Throws a `CstoError` coded `INVALID_DATE` (not a date) or
 * `INVALID_OPTION` (not an IANA zone).
 *
 * @param input a `YYYY-MM-DD` string, an ISO date-time or a `Date`.
 * @param zone the IANA time zone in which instants are read; default `"UTC"`.
 */
export function civilDayOf(input: DateInput, zone = "UTC"): string {
  return formatCivilDay(readCivilDay(input, zone, "date"));
}
