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
