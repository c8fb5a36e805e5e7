import { readCivilDay } from "../../date-input/civil-day-of.js";
import { CstoError } from "../../errors/csto-error.js";
import type { CalendarDay } from "./umm-al-qura.js";

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
 * Reads the `ref` option as a calendar day by the rule of `DateInput`: a "YYYY-MM-DD" string is
 * that day as written; a `Date` or an ISO date-time with an offset is the day it falls on in
 * `zone` (default UTC). Anything else is misuse and throws.
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
  // The one date-input rule of every @csto function (see DateInput).
  return readCivilDay(ref, zone, "ref");
}
