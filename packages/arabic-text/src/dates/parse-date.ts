import { checkTextInput } from "../errors/text-input.js";
import type { PreparedText } from "../prepare/prepared-text.js";
import { readPrepared } from "../prepare/read-prepared.js";
import { findDates } from "./find-dates.js";
import type { DateOptions, ParseDateResult } from "./types.js";

// Characters that may surround a single date without making the text "more than a date":
// whitespace, punctuation, invisible format controls and tatweel. Checked one character at a
// time (no regular expression: a quantified Unicode class backtracks and overflows the stack
// on a few million characters).
const PUNCT = /\p{P}/u;
// The ASCII members of \p{P}.
const ASCII_PUNCT = "!\"#%&'()*,-./:;?@[\\]_{}";

function isFillerChar(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x640) return 1;
  if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return 1;
  if (c === 0x2028 || c === 0x2029 || c === 0x85 || c === 0xfeff || c === 0x61c || c === 0x2060) return 1;
  if ((c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680) return 1;
  if (c < 0x80) return ASCII_PUNCT.includes(String.fromCharCode(c)) ? 1 : 0;
  const width = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  return PUNCT.test(text.slice(i, i + width)) ? width : 0;
}

/** Index of the first character of text[from, to) that is not filler (`to` when all are). */
function skipFiller(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const w = isFillerChar(text, i);
    if (w === 0) break;
    i += w;
  }
  return i;
}

// Leading words the surface leaves out: "في 27 نوفمبر" is still exactly one date.
const LEADING_WORDS = ["في", "منذ", "حتى", "حتي", "خلال", "لمدة", "لمده", "بتاريخ", "يوم"];

/** True when text[0, end) is filler, optionally with one leading word (و/ف + في، منذ … or بـ/لـ). */
function onlyLeading(text: string, end: number): boolean {
  const i = skipFiller(text, 0, end);
  if (i === end) return true;
  if (text[i] === "و" || text[i] === "ف") {
    // "وفي"، "فمنذ": one conjunction before the word
    const rest = text.slice(i + 1, end);
    if (rest.length > 0 && leadingWordOnly(rest)) return true;
  }
  return leadingWordOnly(text.slice(i, end));
}

function leadingWordOnly(rest: string): boolean {
  for (const w of LEADING_WORDS) {
    if (rest.startsWith(w) && rest.length > w.length && skipFiller(rest, w.length, rest.length) === rest.length) {
      return /\s/.test(rest[w.length]!);
    }
  }
  // A glued بـ / لـ ("بـ27 نوفمبر"), with or without tatweel.
  if (rest[0] === "ب" || rest[0] === "ل") return skipFiller(rest, 1, rest.length) === rest.length;
  return false;
}

/**
 * Parses a text that should be exactly one date expression ("27 نوفمبر 2025", "الجمعة المقبلة").
 * Expected failures are returned, never thrown:
 * - `empty`: the text is empty or only spaces/punctuation;
 * - `no-date`: no date expression was found;
 * - `multiple-dates`: more than one expression was found;
 * - `partial`: one expression was found but other words surround it.
 * Takes a string or a document from `prepareText`. Misuse throws a `CstoError`: a non-string
 * (`INVALID_INPUT`), text longer than `MAX_INPUT_LENGTH` (`INPUT_TOO_LARGE`), an invalid
 * `ref` or `zone`.
 */
export function parseDate(input: string | PreparedText, options: DateOptions): ParseDateResult {
  const text =
    typeof input === "string" ? checkTextInput(input, "parseDate") : readPrepared(input, "parseDate").document.text;
  const mentions = findDates(input, options);
  if (skipFiller(text, 0, text.length) === text.length) {
    return { ok: false, reason: "empty", message: "The text is empty." };
  }
  if (mentions.length === 0) return { ok: false, reason: "no-date", message: `No date expression in "${clip(text)}".` };
  if (mentions.length > 1) {
    return {
      ok: false,
      reason: "multiple-dates",
      message: `Found ${mentions.length} date expressions: ${mentions
        .slice(0, 5)
        .map((m) => `"${clip(m.text)}"`)
        .join(", ")}${mentions.length > 5 ? ", …" : ""}.`,
    };
  }
  const m = mentions[0]!;
  if (!onlyLeading(text, m.start) || skipFiller(text, m.end, text.length) !== text.length) {
    return {
      ok: false,
      reason: "partial",
      message: `Only "${m.text}" is a date; the rest of the text is not ("${clip(text.slice(0, m.start).trim())}" … "${clip(text.slice(m.end).trim())}").`,
    };
  }
  return { ok: true, value: m };
}

// Messages quote the input: keep them short whatever its length.
function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}
