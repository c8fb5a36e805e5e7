// Dates of the dataset are ISO strings at day, month or year precision ("2025-11-27",
// "2025-11", "2025"). A partial date stands for a range of days; comparisons that must not
// raise false alarms use its first or last day.

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The regular expression of the three accepted shapes, for schemas and JSON Schema. */
export const partialDateShape = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for "YYYY", "YYYY-MM" and "YYYY-MM-DD" strings that name a real calendar day, month or year. */
export function isPartialDate(value: string): boolean {
  const match = partialDatePattern.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** The first day a partial date can mean ("2010-05" → "2010-05-01"). Expects a valid date. */
export function earliestDay(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day a partial date can mean ("2012-02" → "2012-02-29"). Expects a valid date. */
export function latestDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const days = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
    return `${date}-${String(days).padStart(2, "0")}`;
  }
  return date;
}

/** True when `a` is certainly before `b`, whatever days the partial dates stand for. */
export function isCertainlyBefore(a: string, b: string): boolean {
  return latestDay(a) < earliestDay(b);
}
