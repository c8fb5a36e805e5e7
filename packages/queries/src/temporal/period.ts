/**
 * Dataset dates may be partial ("2000", "2000-05"). For comparisons a partial date stands for
 * its first day: a period that "starts in 2000" is counted from 2000-01-01, and one that "ends
 * (exclusive) in 2003-04" stops before 2003-04-01.
 */
export function firstDayOf(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** A period is in force on `day` when `from <= day < to` (`to` exclusive; null = ongoing). */
export function isInForce(period: { from: string; to: string | null }, day: string): boolean {
  return firstDayOf(period.from) <= day && (period.to === null || day < firstDayOf(period.to));
}

/** The record of `periods` in force on `day`; the latest-starting one when several overlap. */
export function periodOn<T extends { from: string; to: string | null }>(
  periods: readonly T[],
  day: string,
): T | undefined {
  let found: T | undefined;
  for (const period of periods) {
    if (isInForce(period, day) && (found === undefined || firstDayOf(period.from) >= firstDayOf(found.from))) {
      found = period;
    }
  }
  return found;
}
