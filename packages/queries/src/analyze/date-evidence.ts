import type { Session } from "@csto/model";

const dayMs = 86_400_000;
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})/;
const monthPattern = /^\d{4}-\d{2}$/;
const yearPattern = /^\d{4}$/;

/** Days since 1970-01-01 of an ISO day, or undefined when the value is not a day. */
export function dayNumber(iso: string): number | undefined {
  const match = dayPattern.exec(iso);
  if (!match) return undefined;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / dayMs;
}

/** A session's days as numbers, computed once per analyzer rather than once per article. */
export interface SessionDays {
  session: Session;
  /** The session's year, `YYYY`. */
  year: string;
  first: number;
  last: number;
  attendees: ReadonlySet<string>;
}

export function sessionDays(session: Session): SessionDays | undefined {
  const first = dayNumber(session.date);
  const last = dayNumber(session.endDate ?? session.date);
  return first === undefined || last === undefined
    ? undefined
    : { session, year: session.date.slice(0, 4), first, last, attendees: new Set(session.attendees) };
}

/** A date mention's value read once: a span of days, a month or a year. */
export type DateSpan =
  | { grain: "days"; first: number; last: number }
  | { grain: "month"; month: string }
  | { grain: "year"; year: string }
  | { grain: "other" };

export function readDateValue(value: string): DateSpan {
  const [from = "", to = from] = value.split("/");
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (first !== undefined && last !== undefined) return { grain: "days", first, last };
  if (monthPattern.test(from)) return { grain: "month", month: from };
  if (yearPattern.test(from)) return { grain: "year", year: from };
  return { grain: "other" };
}
