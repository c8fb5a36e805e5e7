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
  first: number;
  last: number;
  attendees: ReadonlySet<string>;
}

export function sessionDays(session: Session): SessionDays | undefined {
  const first = dayNumber(session.date);
  const last = dayNumber(session.endDate ?? session.date);
  return first === undefined || last === undefined
    ? undefined
    : { session, first, last, attendees: new Set(session.attendees) };
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

/**
 * Points a date mention gives a session: a day (or a range) within a day of the session's
 * days is strong, the session's month is weaker, its year weak.
 */
export function dateWeight(date: DateSpan, days: SessionDays): number {
  switch (date.grain) {
    case "days":
      return days.first - date.last <= 1 && date.first - days.last <= 1 ? 3 : 0;
    case "month":
      return days.session.date.startsWith(date.month) || (days.session.endDate ?? "").startsWith(date.month) ? 1.5 : 0;
    case "year":
      return days.session.date.startsWith(date.year) ? 0.5 : 0;
    default:
      return 0;
  }
}

/** Points for how close the publication day is to the session (news is about recent events). */
export function publishedWeight(published: number, days: SessionDays): number {
  // Before the session (preview) or after it (report).
  const distance = published < days.first ? days.first - published : Math.max(0, published - days.last);
  if (distance <= 2) return 3;
  if (distance <= 7) return 2;
  if (distance <= 31) return 1;
  if (distance <= 120) return 0.3;
  return 0;
}
