import type { DateInput } from "@csto/arabic-text";
import type { CityId, Session, SessionKind, SessionStatus } from "@csto/model";

/**
 * Which sessions `sessions()` returns; every field narrows, all are optional. The period is
 * `from` inclusive, `to` exclusive, like every period of the dataset: a session is kept when
 * any of its days falls in it.
 */
export interface SessionFilter {
  /** First day of the period (inclusive). */
  from?: DateInput;
  /** Day after the period (exclusive): `{ from: "2025-01-01", to: "2026-01-01" }` is 2025. */
  to?: DateInput;
  /** Id of the host city (`city:bishkek`). */
  city?: CityId;
  /** Only sessions of this kind, or of one of these kinds. */
  kind?: SessionKind | readonly SessionKind[];
  /** Only sessions with this status, or one of these statuses. */
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
