import { findDates } from "./find-dates.js";
import type { DateOptions, ParseDateResult } from "./types.js";

// Characters that may surround a single date without making the text "more than a date".
const FILLER = /^[\s\p{P}\u200b-\u200f\u202a-\u202e\u2066-\u2069\u0640]*$/u;
// Leading words the surface leaves out: "في 27 نوفمبر" is still exactly one date.
const LEADING = /^[\s\p{P}]*(?:(?:و|ف)?(?:في|منذ|حتى|حتي|خلال|لمدة|لمده|بتاريخ|يوم)\s+|(?:و|ف)?[بل]ـ?)?/u;

/**
 * Parses a text that should be exactly one date expression ("27 نوفمبر 2025", "الجمعة المقبلة").
 * Expected failures are returned, never thrown:
 * - `empty`: the text is empty or only spaces/punctuation;
 * - `no-date`: no date expression was found;
 * - `multiple-dates`: more than one expression was found;
 * - `partial`: one expression was found but other words surround it.
 * An invalid `ref` or `zone` throws a `CstoError` (misuse).
 */
export function parseDate(text: string, options: DateOptions): ParseDateResult {
  const mentions = findDates(typeof text === "string" ? text : "", options);
  if (typeof text !== "string" || FILLER.test(text)) {
    return { ok: false, reason: "empty", message: "The text is empty." };
  }
  if (mentions.length === 0) return { ok: false, reason: "no-date", message: `No date expression in "${text}".` };
  if (mentions.length > 1) {
    return {
      ok: false,
      reason: "multiple-dates",
      message: `Found ${mentions.length} date expressions: ${mentions.map((m) => `"${m.text}"`).join(", ")}.`,
    };
  }
  const m = mentions[0]!;
  const before = text.slice(0, m.start);
  const after = text.slice(m.end);
  const leadingOk = FILLER.test(before) || before.replace(LEADING, "") === "";
  if (!leadingOk || !FILLER.test(after)) {
    return {
      ok: false,
      reason: "partial",
      message: `Only "${m.text}" is a date; the rest of the text is not ("${before.trim()}" … "${after.trim()}").`,
    };
  }
  return { ok: true, value: m };
}
