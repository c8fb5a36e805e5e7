import { DateTime, IANAZone } from "luxon";
import { CstoError } from "../errors/csto-error.js";
import type { CalendarDay } from "./umm-al-qura.js";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// IANAZone.isValidZone builds an Intl formatter on every call: remember the answers.
const zoneValidity = new Map<string, boolean>();

function isValidZone(zone: string): boolean {
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    if (zoneValidity.size < 1000) zoneValidity.set(zone, valid);
  }
  return valid;
}

// Callers pass the same ref for every paragraph of an article: remember the last answers so
// luxon (zone parsing, DateTime creation) runs once per distinct ref, not once per call.
const recent = new Map<string, CalendarDay>();
const last: { ref: unknown; zone: unknown; day: CalendarDay } = {
  ref: undefined,
  zone: undefined,
  day: { year: 0, month: 0, day: 0 },
};

function remember(ref: unknown, zone: unknown, day: CalendarDay): CalendarDay {
  last.ref = ref;
  last.zone = zone;
  last.day = day;
  return day;
}

/**
 * Reads the `ref` option as a calendar day: a "YYYY-MM-DD" string is that day as written; a
 * `Date` (or another ISO string with a time) is the day it falls on in `zone` (default UTC).
 * Anything else is misuse and throws.
 */
export function readReference(ref: unknown, zone: unknown = "UTC"): CalendarDay {
  // The same string ref as the previous call: no key to build at all.
  if (ref === last.ref && zone === last.zone && typeof ref === "string") return last.day;
  const key =
    typeof zone !== "string"
      ? undefined
      : typeof ref === "string"
        ? `${zone}|${ref}`
        : ref instanceof Date
          ? `${zone}#${ref.getTime()}`
          : undefined;
  const hit = key === undefined ? undefined : recent.get(key);
  if (hit) return remember(ref, zone, hit);
  const day = Object.freeze(readUncached(ref, zone));
  // Values are ISO years 0000–9999; a ref outside them could only give values outside too.
  if (day.year < 0 || day.year > 9999) {
    throw new CstoError("INVALID_DATE", `ref must fall in the years 0000–9999, got year ${day.year}`);
  }
  if (key !== undefined) {
    if (recent.size >= 256) recent.clear();
    recent.set(key, day);
  }
  return remember(ref, zone, day);
}

function readUncached(ref: unknown, zone: unknown): CalendarDay {
  if (typeof zone !== "string" || !isValidZone(zone)) {
    throw new CstoError("INVALID_OPTION", `zone must be a valid IANA time zone name, got ${JSON.stringify(zone)}`);
  }
  if (typeof ref === "string") {
    const m = ISO_DAY.exec(ref);
    if (m) {
      const dt = DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, { zone: "UTC" });
      if (!dt.isValid) throw new CstoError("INVALID_DATE", `ref is not a real calendar day: "${ref}"`);
      return { year: dt.year, month: dt.month, day: dt.day };
    }
    const dt = DateTime.fromISO(ref, { zone });
    if (!dt.isValid || !/\d{4}-\d{2}-\d{2}T/.test(ref)) {
      throw new CstoError("INVALID_DATE", `ref must be "YYYY-MM-DD", an ISO date-time or a Date, got "${ref}"`);
    }
    return { year: dt.year, month: dt.month, day: dt.day };
  }
  if (ref instanceof Date) {
    const dt = DateTime.fromJSDate(ref, { zone });
    if (!dt.isValid) throw new CstoError("INVALID_DATE", "ref is an invalid Date");
    return { year: dt.year, month: dt.month, day: dt.day };
  }
  throw new CstoError("INVALID_DATE", `ref must be "YYYY-MM-DD" or a Date, got ${typeof ref}`);
}
