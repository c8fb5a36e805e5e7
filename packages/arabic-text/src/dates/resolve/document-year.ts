import type { DateMention } from "../types.js";

// `YYYY-MM…`: a Gregorian value that starts with a year and a month (not a range, not a week).
const yearMonth = /^(\d{4})-(\d{2})(?:-\d{2})?(?:T[\d:]+)?$/;

/**
 * One year per month name in a document: a named month or day-month whose year nothing in its
 * sentence decided (the nearest was taken: `true` in `namedMonths`) takes the year the other
 * mentions of the same month name give it — by a direction word, a tense or a written year —
 * when it is one year away and they all agree. "قمة موسكو في نوفمبر" in a March headline is the
 * November the body calls "نوفمبر المقبل", not the nearest one, which was past. Rewrites the
 * values in place.
 */
export function agreeOnYears(namedMonths: ReadonlyMap<DateMention, boolean>): void {
  // Month (1–12) → the year the decided mentions give it, or 0 when they disagree.
  const decided = new Map<number, number>();
  let guesses = 0;
  for (const [mention, guessed] of namedMonths) {
    if (guessed) {
      guesses++;
      continue;
    }
    const parts = yearMonth.exec(mention.value);
    if (parts === null) continue;
    const month = Number(parts[2]);
    const year = Number(parts[1]);
    const known = decided.get(month);
    decided.set(month, known === undefined || known === year ? year : 0);
  }
  if (decided.size === 0 || guesses === 0) return;
  for (const [mention, guessed] of namedMonths) {
    if (!guessed) continue;
    const parts = yearMonth.exec(mention.value);
    if (parts === null) continue;
    const year = decided.get(Number(parts[2]));
    if (year === undefined || year === 0 || Math.abs(year - Number(parts[1])) !== 1) continue;
    const value = `${year}${mention.value.slice(4)}`;
    // A day that does not exist in the other year (29 February) keeps its value.
    if (mention.grain !== "month" && !dayExists(year, Number(parts[2]), Number(value.slice(8, 10)))) continue;
    mention.value = value;
  }
}

function dayExists(year: number, month: number, day: number): boolean {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}
