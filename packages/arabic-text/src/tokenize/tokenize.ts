import { foldTableFor } from "../normalize/fold-table.js";
import { decodeUnits, normalizeIntoBuffer, releaseLargeBuffers } from "../normalize/normalize-buffer.js";
import { searchMask } from "../normalize/normalize-options.js";
import { splitProclitics } from "./proclitics.js";
import { ARABIC, COMBINING, classifyCodePoint, HIGH_SURROGATE, LETTER, OTHER, tokenClasses } from "./token-classes.js";

/** What a token is made of. `latin` covers every non-Arabic script (Latin, Cyrillic, Greek …). */
export type TokenKind = "word" | "number" | "latin";

/** A word, number or foreign-script token, located in the original text. */
export interface Token {
  /** Exactly `input.slice(start, end)`. */
  text: string;
  /** Index of the first UTF-16 unit in the original input. */
  start: number;
  /** Index after the last unit in the original input (trailing harakat/tatweel included). */
  end: number;
  /** The search-normalized form of the whole token. */
  normalized: string;
  kind: TokenKind;
  /** Normalized proclitics and article stripped off the front ("و", "وب", "بال", "لل"); absent when none. */
  prefix?: string;
  /** The normalized remainder after `prefix` (the whole `normalized` when there is no prefix). */
  base: string;
  /** Original index where `base` starts (equals `start` when there is no prefix). */
  baseStart: number;
  /** Original index where the article ال or the contraction لل starts, when there is one. */
  articleStart?: number;
}

// Letters of other scripts and digits join into one token ("F16"); Arabic letters do not.
const LETTER_OR_DIGIT = 6;

/**
 * Splits text into word, number and foreign-script tokens. A token is a maximal run, in the
 * search-normalized text, of letters and digits of one kind: Arabic letters (their harakat,
 * tatweel and invisible marks are already gone), other letters with digits ("F16", "G7"),
 * or digits of any script. Arabic letters and digits split apart ("لعام2026" → لعام + 2026),
 * so a glued year or hijri suffix becomes its own token. Punctuation is not a token.
 * Accepts any string and never throws.
 */
export function tokenize(text: string): Token[] {
  if (typeof text !== "string") return [];
  // The normalization buffers are used in place: nothing below normalizes again.
  const result = normalizeIntoBuffer(text, foldTableFor(searchMask));
  const { units, offsets: map, length } = result;
  const normalized = decodeUnits(result);
  const classes = tokenClasses();
  const tokens: Token[] = [];
  let i = 0;
  while (i < length) {
    let cls = classes[units[i]!]!;
    let width = 1;
    if (cls === HIGH_SURROGATE) {
      cls = astralClass(normalized, i);
      if (cls !== OTHER) width = 2;
    }
    if (cls === OTHER || cls === COMBINING) {
      i += width;
      continue;
    }
    const from = i;
    const group = cls === ARABIC ? ARABIC : LETTER_OR_DIGIT;
    let hasLetter = cls === LETTER;
    i += width;
    while (i < length) {
      cls = classes[units[i]!]!;
      width = 1;
      if (cls === HIGH_SURROGATE) {
        cls = astralClass(normalized, i);
        if (cls !== OTHER) width = 2;
      }
      if (cls === OTHER) break;
      if (cls !== COMBINING) {
        if ((cls === ARABIC ? ARABIC : LETTER_OR_DIGIT) !== group) break;
        if (cls === LETTER) hasLetter = true;
      }
      i += width;
    }
    const kind: TokenKind = group === ARABIC ? "word" : hasLetter ? "latin" : "number";
    tokens.push(makeToken(text, normalized, map, from, i, kind));
  }
  releaseLargeBuffers();
  return tokens;
}

/** The class of the code point a high surrogate starts, or OTHER when it is alone. */
function astralClass(normalized: string, i: number): number {
  const codePoint = normalized.codePointAt(i)!;
  return codePoint > 0xffff ? classifyCodePoint(codePoint) : OTHER;
}

function makeToken(
  input: string,
  normalized: string,
  map: Int32Array,
  from: number,
  to: number,
  kind: TokenKind,
): Token {
  const start = map[from]!;
  const end = originalEnd(input, map, to);
  const word = normalized.slice(from, to);
  const token: Token = {
    text: input.slice(start, end),
    start,
    end,
    normalized: word,
    kind,
    base: word,
    baseStart: start,
  };
  if (kind !== "word") return token;
  // Only a token whose source has gaps (deleted tatweel, marks, controls) can hold a tatweel.
  const gapped = map[to - 1]! - start !== to - 1 - from;
  const split = splitProclitics(
    word,
    gapped ? (k) => tatweelBetween(input, map[from + k - 1]!, map[from + k]!) : noTatweel,
  );
  if (split.prefixLength > 0) {
    token.prefix = word.slice(0, split.prefixLength);
    token.base = word.slice(split.prefixLength);
    token.baseStart = map[from + split.prefixLength]!;
  }
  if (split.articleAt >= 0) token.articleStart = map[from + split.articleAt]!;
  return token;
}

function noTatweel(): boolean {
  return false;
}

/**
 * The original end of a token whose normalized form ends before unit `to`: just after the
 * source of its last unit (2 units for a surrogate pair), extended over the harakat,
 * tatweel and combining marks that follow inside the word, but never over a space, a bidi
 * mark or punctuation.
 */
function originalEnd(input: string, map: Int32Array, to: number): number {
  const last = map[to - 1]!;
  const limit = map[to]!;
  let end = last + (input.codePointAt(last)! > 0xffff ? 2 : 1);
  while (end < limit && isWordInternal(input.charCodeAt(end))) end++;
  return end;
}

function isWordInternal(c: number): boolean {
  return (
    c === 0x0640 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06ed && c !== 0x06dd && c !== 0x06de) ||
    (c >= 0x08d3 && c <= 0x08ff) ||
    (c >= 0x0300 && c <= 0x036f)
  );
}

function tatweelBetween(input: string, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (input.charCodeAt(k) === 0x0640) return true;
  return false;
}
