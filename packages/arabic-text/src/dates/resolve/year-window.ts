import type { DateGrain } from "../types.js";

/** The years a value may carry: ISO 8601 without expansion, as TIMEX3 allows (0000–9999). */
export const MIN_YEAR = 0;
export const MAX_YEAR = 9999;

// How many leading digits name the period at each grain: a year has 4, a decade 3 (199),
// a century 2 (20).
function yearDigits(grain: DateGrain): number {
  if (grain === "decade" || grain === "part-of-decade") return 3;
  if (grain === "century" || grain === "part-of-century") return 2;
  return 4;
}

function partInWindow(part: string, digits: number): boolean {
  const c = part.charCodeAt(0);
  if (c === 0x50 || c === 0x54) return true; // P… durations, T… clock times
  let n = 0;
  while (n < part.length && part.charCodeAt(n) >= 0x30 && part.charCodeAt(n) <= 0x39) n++;
  return n === digits && (n === part.length || part[n] === "-" || part[n] === "T");
}

/**
 * True when every year in a value lies in 0000–9999 (written with exactly 4 digits, no sign),
 * so it is valid ISO 8601 / TIMEX3; findDates drops a mention whose value falls outside
 * ("بعد 9000 عام" said in 2025).
 */
export function inYearWindow(value: string, grain: DateGrain): boolean {
  const digits = yearDigits(grain);
  const slash = value.indexOf("/");
  if (slash < 0) return partInWindow(value, digits);
  return partInWindow(value.slice(0, slash), digits) && partInWindow(value.slice(slash + 1), digits);
}
