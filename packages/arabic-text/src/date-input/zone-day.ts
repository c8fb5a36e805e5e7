import type { CivilDay } from "./civil-day-of.js";

// Intl, not luxon: reading a date argument must not pull a date library into every bundle.
// One formatter per zone, built on first use (building one costs far more than using it).
let formatters: Map<string, Intl.DateTimeFormat> | undefined;

function formatterFor(zone: string): Intl.DateTimeFormat | undefined {
  formatters ??= new Map();
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        calendar: "gregory",
        era: "short",
        year: "numeric",
        month: "numeric",
        day: "numeric",
      });
    } catch {
      return undefined;
    }
    if (formatters.size >= 256) formatters.clear();
    formatters.set(zone, formatter);
  }
  return formatter;
}

function isUtc(zone: string): boolean {
  return zone === "UTC" || zone === "Etc/UTC";
}

/** Whether `zone` is a time zone name that Intl knows (`"UTC"`, `"Asia/Almaty"` …). */
export function isValidZone(zone: string): boolean {
  return isUtc(zone) || formatterFor(zone) !== undefined;
}

/** The civil day of an instant (milliseconds since the epoch) in `zone`. */
export function dayInZone(instant: number, zone: string): CivilDay {
  if (isUtc(zone)) {
    const date = new Date(instant);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  const parts = (formatterFor(zone) as Intl.DateTimeFormat).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const era = parts.find((p) => p.type === "era")?.value;
  const year = part("year");
  // Intl counts years before 1 as 1 BC, 2 BC …; ISO years are 0, −1 …
  return { year: era === "BC" || era === "B" ? 1 - year : year, month: part("month"), day: part("day") };
}
