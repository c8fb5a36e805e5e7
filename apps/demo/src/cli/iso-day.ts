import { usageError } from "./cli-error.js";

const isoDayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  const match = isoDayPattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The option value as a day, or a usage error naming the option. */
export function requireIsoDay(value: string | undefined, option: string): string {
  if (value === undefined) throw usageError(`missing --${option} YYYY-MM-DD`);
  if (!isIsoDay(value)) throw usageError(`--${option} must be a date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

/** The day after `day` (a valid `YYYY-MM-DD`): turns the CLI's inclusive `--to` into the libraries' exclusive `to`. */
export function dayAfter(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, date + 1));
  return `${String(next.getUTCFullYear()).padStart(4, "0")}-${String(next.getUTCMonth() + 1).padStart(2, "0")}-${String(next.getUTCDate()).padStart(2, "0")}`;
}
