import type { Session, SessionKind, SessionStatus } from "@csto/model";

/** Which sessions `sessions()` returns; every field narrows, all are optional. */
export interface SessionFilter {
  /** First day (inclusive). */
  from?: string | Date;
  /** Last day (inclusive). */
  to?: string | Date;
  /** City id (`city:bishkek`) or slug (`bishkek`). */
  city?: string;
  kind?: SessionKind | readonly SessionKind[];
  status?: SessionStatus | readonly SessionStatus[];
}

export function matchesOneOf<T extends string>(value: T, wanted: T | readonly T[] | undefined): boolean {
  if (wanted === undefined) return true;
  return typeof wanted === "string" ? value === wanted : wanted.includes(value);
}

/** Sessions in date order; the same day keeps regular sessions before informal ones. */
export function compareSessions(a: Session, b: Session): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
