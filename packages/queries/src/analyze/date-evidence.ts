import type { Session } from "@csto/model";
import type { ArticleDate } from "./types.js";

const dayMs = 86_400_000;

function dayNumber(iso: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return undefined;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / dayMs;
}

/** Days between two ISO days (b − a), or undefined when either is not a day. */
export function daysBetween(a: string, b: string): number | undefined {
  const x = dayNumber(a);
  const y = dayNumber(b);
  return x === undefined || y === undefined ? undefined : y - x;
}

/**
 * Points a date mention gives a session: a day (or a range) within a day of the session's
 * days is strong, the session's month is weaker, its year weak.
 */
export function dateWeight(date: ArticleDate, session: Session): number {
  const first = session.date;
  const last = session.endDate ?? session.date;
  const parts = date.value.split("/");
  const from = parts[0] ?? "";
  const to = parts[1] ?? from;
  if (/^\d{4}-\d{2}-\d{2}/.test(from) && /^\d{4}-\d{2}-\d{2}/.test(to)) {
    const before = daysBetween(to, first);
    const after = daysBetween(last, from);
    if (before !== undefined && after !== undefined && before <= 1 && after <= 1) return 3;
    return 0;
  }
  if (/^\d{4}-\d{2}$/.test(from)) return first.startsWith(from) || last.startsWith(from) ? 1.5 : 0;
  if (/^\d{4}$/.test(from)) return first.startsWith(from) ? 0.5 : 0;
  return 0;
}

/** Points for how close the publication day is to the session (news is about recent events). */
export function publishedWeight(published: string, session: Session): number {
  const sinceStart = daysBetween(session.date, published);
  const sinceEnd = daysBetween(session.endDate ?? session.date, published);
  if (sinceStart === undefined || sinceEnd === undefined) return 0;
  // Before the session (preview) or after it (report).
  const distance = sinceStart < 0 ? -sinceStart : Math.max(0, sinceEnd);
  if (distance <= 2) return 3;
  if (distance <= 7) return 2;
  if (distance <= 31) return 1;
  if (distance <= 120) return 0.3;
  return 0;
}
