import { lazy } from "../lazy.js";
import type { CalendarDay } from "./civil-day.js";

export type { CalendarDay } from "./civil-day.js";
export { calendarDayOf, epochDayOf } from "./civil-day.js";

const DAY_MS = 86_400_000;
// 1 Muharram 1 AH ≈ 19 July 622 (proleptic Gregorian), only used as a first guess.
const EPOCH_DAY = Math.floor(Date.UTC(622, 6, 19) / DAY_MS);
const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530589;

const formatter = lazy(
  () =>
    new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", {
      timeZone: "UTC",
      year: "numeric",
      month: "numeric",
      day: "numeric",
    }),
);
const cache = new Map<number, CalendarDay>();

function partOf(parts: Intl.DateTimeFormatPart[], type: string): number {
  return Number.parseInt(parts.find((p) => p.type === type)?.value ?? "0", 10);
}

/** The Umm al-Qura Hijri date of a day given as days since 1970-01-01 (UTC). */
export function hijriOfEpochDay(epochDay: number): CalendarDay {
  const hit = cache.get(epochDay);
  if (hit) return hit;
  const parts = formatter().formatToParts(new Date(epochDay * DAY_MS));
  const result = { year: partOf(parts, "year"), month: partOf(parts, "month"), day: partOf(parts, "day") };
  if (cache.size > 50_000) cache.clear();
  cache.set(epochDay, result);
  return result;
}

function hijriIndex(h: CalendarDay): number {
  return (h.year - 1) * MEAN_YEAR + (h.month - 1) * MEAN_MONTH + (h.day - 1);
}

/**
 * The Gregorian day (as days since epoch) of an Umm al-Qura Hijri date, or undefined when
 * that Hijri day does not exist (30th of a 29-day month, out-of-range values). Searches
 * from the mean-calendar estimate with the platform's islamic-umalqura calendar.
 */
export function epochDayOfHijri(h: CalendarDay): number | undefined {
  if (h.month < 1 || h.month > 12 || h.day < 1 || h.day > 30 || h.year < 1 || h.year > 2000) return undefined;
  const key = (h.year * 16 + h.month) * 32 + h.day;
  const known = hijriDays.get(key);
  if (known !== undefined) return known === MISSING ? undefined : known;
  const found = searchHijri(h);
  if (hijriDays.size > 50_000) hijriDays.clear();
  hijriDays.set(key, found ?? MISSING);
  return found;
}

// Hijri date key → epoch day, or MISSING when that day does not exist (30th of a 29-day
// month): each search costs up to eight Intl lookups, and news repeats the same few dates.
const hijriDays = new Map<number, number>();
const MISSING = Number.MIN_SAFE_INTEGER;

function searchHijri(h: CalendarDay): number | undefined {
  let guess = EPOCH_DAY + Math.round(hijriIndex(h));
  for (let step = 0; step < 8; step++) {
    const got = hijriOfEpochDay(guess);
    const diff = Math.round(hijriIndex(h) - hijriIndex(got));
    if (diff === 0) {
      return got.year === h.year && got.month === h.month && got.day === h.day ? guess : undefined;
    }
    // Near a month boundary the mean estimate can oscillate; walk one day at a time then.
    guess += Math.abs(diff) > 3 ? diff : Math.sign(diff);
  }
  return undefined;
}

/** First and last Gregorian days (epoch days) of a Hijri month. */
export function hijriMonthSpan(year: number, month: number): [number, number] | undefined {
  const first = epochDayOfHijri({ year, month, day: 1 });
  if (first === undefined) return undefined;
  const nextFirst =
    month === 12
      ? epochDayOfHijri({ year: year + 1, month: 1, day: 1 })
      : epochDayOfHijri({ year, month: month + 1, day: 1 });
  return [first, (nextFirst ?? first + 30) - 1];
}
