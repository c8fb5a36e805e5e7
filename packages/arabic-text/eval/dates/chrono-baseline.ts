// The chrono-node baseline: its Arabic locale (`chrono.ar`, present since chrono-node 2.8)
// parses the sentence, and each result is converted to our value/grain convention so that
// the same strict scorer applies. chrono has no notion of decades, durations, Hijri dates or
// part-of-period, so it is expected to score low on those categories; that is the point of
// a baseline.
import * as chrono from "chrono-node";
import type { PredictedMention } from "./score.js";

type Components = chrono.ParsedResult["start"];
type Grain = "minute" | "time" | "day" | "month" | "year";

const pad = (n: number | null, width = 2) => String(n ?? 0).padStart(width, "0");

/** The finest grain the text actually gave (certain components), as DATES.md asks. */
export function chronoGrain(c: Components): Grain {
  const hasDay = c.isCertain("day") || c.isCertain("weekday");
  if (c.isCertain("hour")) return hasDay || c.isCertain("month") ? "minute" : "time";
  if (hasDay) return "day";
  if (c.isCertain("month")) return "month";
  if (c.isCertain("year")) return "year";
  // Only a meridiem or a part of day ("صباحا"): chrono anchors it on the reference day.
  return "day";
}

export function formatComponents(c: Components, grain: Grain): string {
  const ymd = `${pad(c.get("year"), 4)}-${pad(c.get("month"))}-${pad(c.get("day"))}`;
  const hm = `${pad(c.get("hour"))}:${pad(c.get("minute"))}`;
  switch (grain) {
    case "minute":
      return `${ymd}T${hm}`;
    case "time":
      return `T${hm}`;
    case "day":
      return ymd;
    case "month":
      return ymd.slice(0, 7);
    case "year":
      return ymd.slice(0, 4);
  }
}

/** chrono reads implied fields in local time, so the reference is local noon of `ref`. */
function referenceDate(ref: string): Date {
  const [y, m, d] = ref.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

export function chronoFindDates(text: string, ref: string): PredictedMention[] {
  return chrono.ar.parse(text, referenceDate(ref)).map((r) => {
    const grain = chronoGrain(r.start);
    const start = formatComponents(r.start, grain);
    // A range keeps both ends at the grain of its start, as our values do.
    const value = r.end ? `${start}/${formatComponents(r.end, grain)}` : start;
    return { start: r.index, end: r.index + r.text.length, text: r.text, value, grain };
  });
}
