import { CstoError } from "@csto/arabic-text";

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What the query functions accept as a date: an ISO calendar day or a valid `Date`. */
export type DateInput = string | Date;

/**
 * The ISO calendar day (`YYYY-MM-DD`) of a date argument. A string must be a real calendar day;
 * a `Date` is read in UTC. Anything else is misuse and throws a `CstoError` coded INVALID_DATE.
 */
export function toDateKey(date: unknown, argument = "date"): string {
  if (typeof date === "string") {
    const match = dayPattern.exec(date);
    if (match && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]))) return date;
    throw new CstoError("INVALID_DATE", `${argument} must be an ISO date "YYYY-MM-DD", got ${JSON.stringify(date)}`);
  }
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new CstoError("INVALID_DATE", `${argument} is an invalid Date`);
    return date.toISOString().slice(0, 10);
  }
  throw new CstoError("INVALID_DATE", `${argument} must be an ISO date string or a Date, got ${describe(date)}`);
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function describe(value: unknown): string {
  if (value === null) return "null";
  return typeof value === "object" ? (value.constructor?.name ?? "object") : typeof value;
}
