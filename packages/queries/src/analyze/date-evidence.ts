import type { Session } from "@csto/model";

const dayMs = 86_400_000;

/** The value of the `count` ASCII digits at `at`, or -1 when one of them is not a digit. */
function digitsAt(value: string, at: number, count: number): number {
  let n = 0;
  for (let k = at; k < at + count; k++) {
    const d = value.charCodeAt(k) - 0x30;
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Whether `value[from, to)` is `YYYY` (length 4) or `YYYY-MM` (length 7). */
function isYearOrMonth(value: string, from: number, to: number): boolean {
  if (to - from === 4) return digitsAt(value, from, 4) >= 0;
  return (
    to - from === 7 &&
    digitsAt(value, from, 4) >= 0 &&
    value.charCodeAt(from + 4) === 0x2d &&
    digitsAt(value, from + 5, 2) >= 0
  );
}

/** Days since 1970-01-01 of the ISO day `YYYY-MM-DD` at `from` (anything may follow it), or undefined. */
function dayNumberAt(value: string, from: number, to: number): number | undefined {
  if (to - from < 10 || value.charCodeAt(from + 4) !== 0x2d || value.charCodeAt(from + 7) !== 0x2d) return undefined;
  const year = digitsAt(value, from, 4);
  const month = digitsAt(value, from + 5, 2);
  const day = digitsAt(value, from + 8, 2);
  if (year < 0 || month < 0 || day < 0) return undefined;
  // Date.UTC reads years 0–99 as 1900–1999 and rolls months over: leave those cases to it.
  if (year < 100 || month < 1 || month > 12) return Date.UTC(year, month - 1, day) / dayMs;
  return daysFromCivil(year, month, day);
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian day (month 1–12; the day may overflow the
 * month and counts on, as in Date.UTC), without building a Date (H. Hinnant's days_from_civil).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Days since 1970-01-01 of the Monday of an ISO week written `YYYY-Www` (nothing after it), or undefined. */
function weekMonday(value: string): number | undefined {
  if (value.length !== 8 || value.charCodeAt(4) !== 0x2d || value.charCodeAt(5) !== 0x57) return undefined;
  const year = digitsAt(value, 0, 4);
  const week = digitsAt(value, 6, 2);
  if (year < 100 || week < 1 || week > 53) return undefined;
  // Week 1 holds 4 January; 1970-01-01 was a Thursday, so (n + 3) mod 7 is 0 on Mondays.
  const january4 = daysFromCivil(year, 1, 4);
  return january4 - ((((january4 + 3) % 7) + 7) % 7) + 7 * (week - 1);
}

/** Days since 1970-01-01 of an ISO day (`YYYY-MM-DD…`), or undefined when the value is not a day. */
export function dayNumber(iso: string): number | undefined {
  return dayNumberAt(iso, 0, iso.length);
}

/**
 * A session's days as numbers, and the fields the features read, computed once per analyzer
 * rather than once per article. The features read them here, not on the session: session
 * records come in many shapes (optional fields), and a property read over many shapes is
 * several times slower than one over this single shape.
 */
export interface SessionDays {
  session: Session;
  /** The session's year, `YYYY`. */
  year: string;
  /** The month of its first day, `YYYY-MM`. */
  month: string;
  /** The month of its last day when it has an end date (`YYYY-MM`), else "". */
  endMonth: string;
  first: number;
  last: number;
  /** Its city's id. */
  city: string;
  /** The ids of the leaders who attended, in the record's order. */
  attendeeIds: readonly string[];
  attendees: ReadonlySet<string>;
}

export function sessionDays(session: Session): SessionDays | undefined {
  const first = dayNumber(session.date);
  const last = dayNumber(session.endDate ?? session.date);
  return first === undefined || last === undefined
    ? undefined
    : {
        session,
        year: session.date.slice(0, 4),
        month: session.date.slice(0, 7),
        endMonth: session.endDate === undefined ? "" : session.endDate.slice(0, 7),
        first,
        last,
        city: session.city,
        attendeeIds: session.attendees,
        attendees: new Set(session.attendees),
      };
}

/** A date mention's value read once: a span of days, a month or a year. */
export type DateSpan =
  | { grain: "days"; first: number; last: number }
  | { grain: "month"; month: string }
  | { grain: "year"; year: string }
  | { grain: "other" };

export function readDateValue(value: string): DateSpan {
  // `from/to` (a range) or a single value; a third part, if any, is not read.
  const slash = value.indexOf("/");
  const fromEnd = slash < 0 ? value.length : slash;
  const second = value.indexOf("/", fromEnd + 1);
  const toStart = slash < 0 ? 0 : slash + 1;
  const toEnd = slash < 0 ? value.length : second < 0 ? value.length : second;
  const first = dayNumberAt(value, 0, fromEnd) ?? (slash < 0 ? weekMonday(value) : undefined);
  // A week (الأسبوع الماضي = 2007-W40) is its seven days.
  const last = dayNumberAt(value, toStart, toEnd) ?? (slash < 0 && first !== undefined ? first + 6 : undefined);
  if (first !== undefined && last !== undefined) return { grain: "days", first, last };
  if (!isYearOrMonth(value, 0, fromEnd)) return { grain: "other" };
  const from = value.slice(0, fromEnd);
  return fromEnd === 7 ? { grain: "month", month: from } : { grain: "year", year: from };
}
