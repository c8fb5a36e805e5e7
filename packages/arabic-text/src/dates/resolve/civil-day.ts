/** A calendar date as plain numbers (month 1-based). */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

// Proleptic Gregorian arithmetic on integers (the days-from-civil method: years counted from
// March so the leap day comes last, in 400-year eras of 146,097 days). The resolver does this
// for every mention; a JS Date per step costs several times more and reads years 0–99 as
// 1900–1999.

const DAYS_BEFORE_ERA_1970 = 719_468;

/** Days since 1970-01-01 of a Gregorian date (a day past the month's end rolls over). */
export function epochDayOf(d: CalendarDay): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (d.month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + d.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - DAYS_BEFORE_ERA_1970;
}

/** The Gregorian date of a days-since-epoch number. */
export function calendarDayOf(epochDay: number): CalendarDay {
  const z = epochDay + DAYS_BEFORE_ERA_1970;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** True when day/month/year names a real Gregorian day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO weekday (Monday 1 … Sunday 7); 1970-01-01 was a Thursday. */
export function isoWeekday(d: CalendarDay): number {
  return ((((epochDayOf(d) + 3) % 7) + 7) % 7) + 1;
}

/** A day moved by whole months, clamped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: CalendarDay, months: number): CalendarDay {
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** The ISO week (year and number 1–53) a day falls in. */
export function isoWeekOf(d: CalendarDay): { weekYear: number; week: number } {
  // The week belongs to the year of its Thursday.
  const thursday = epochDayOf(d) - isoWeekday(d) + 4;
  const weekYear = calendarDayOf(thursday).year;
  const week = Math.floor((thursday - epochDayOf({ year: weekYear, month: 1, day: 1 })) / 7) + 1;
  return { weekYear, week };
}
