import type { Dataset } from "@csto/model";
import { type SessionDays, sessionDays } from "./date-evidence.js";

/**
 * The sessions of a dataset indexed by what an article can point at — a day, a month, a year,
 * a venue — so that scoring looks only at the sessions some evidence names, never at all.
 */
export interface SessionIndex {
  /** Day number → sessions whose days, widened by one day either side, contain it. */
  byDay: Map<number, SessionDays[]>;
  /** `YYYY-MM` → sessions held in that month. */
  byMonth: Map<string, SessionDays[]>;
  /** City id → sessions held there. */
  byCity: Map<string, SessionDays[]>;
  /** Every listed session by first day, for publication-date windows. */
  sorted: SessionDays[];
}

function push<K>(map: Map<K, SessionDays[]>, key: K, days: SessionDays): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [days]);
  else if (!list.includes(days)) list.push(days);
}

/**
 * Indexes every session, cancelled ones too: an article written before the cancellation
 * still names the planned session (it can be mentioned, never reported).
 */
export function buildSessionIndex(dataset: Dataset): SessionIndex {
  const index: SessionIndex = { byDay: new Map(), byMonth: new Map(), byCity: new Map(), sorted: [] };
  for (const session of dataset.sessions) {
    const days = sessionDays(session);
    if (days === undefined) continue;
    index.sorted.push(days);
    for (let day = days.first - 1; day <= days.last + 1; day++) push(index.byDay, day, days);
    push(index.byMonth, session.date.slice(0, 7), days);
    if (session.endDate) push(index.byMonth, session.endDate.slice(0, 7), days);
    push(index.byCity, session.city, days);
  }
  index.sorted.sort((a, b) => a.first - b.first);
  for (const list of index.byCity.values()) list.sort((a, b) => a.first - b.first);
  return index;
}

/** Sessions whose days lie within `radius` days of `day` (binary search on the sorted list). */
export function sessionsNear(index: SessionIndex, day: number, radius: number): SessionDays[] {
  const { sorted } = index;
  // First session that may still end within the window: sessions last at most a few days.
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.first < day - radius - 7) low = middle + 1;
    else high = middle;
  }
  const found: SessionDays[] = [];
  for (let k = low; k < sorted.length && sorted[k]!.first <= day + radius; k++) {
    const days = sorted[k]!;
    if (days.last >= day - radius) found.push(days);
  }
  return found;
}
