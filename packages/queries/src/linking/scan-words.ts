import { normalizeWithMap } from "@csto/arabic-text";
import { foldKey } from "./name-key.js";

/** A word of the normalized text with its key and where it sits. */
export interface ScannedWord {
  /** Gazetteer key of the whole word (normalized, ZWNJ removed, `foldKey`). */
  key: string;
  /** Index of the first unit in the normalized text. */
  start: number;
  /** Index after the last unit in the normalized text. */
  end: number;
  /** True when only spaces, hyphens or brackets separate it from the previous word. */
  softGap: boolean;
}

/** The normalized text, its map back to the input, and its words. */
export interface ScannedText {
  normalized: string;
  map: Int32Array;
  words: ScannedWord[];
}

// `search` profile, but ZWNJ kept so that a ZWNJ inside a name (بو‌تين) does not split it.
const scanOptions = { profile: "search", zwnjToSpace: false } as const;
const zwnj = 0x200c;

function isWordUnit(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x0400 && c <= 0x04ff) ||
    (c >= 0xc0 && c <= 0x024f && c !== 0xd7 && c !== 0xf7)
  );
}

// Spaces, hyphens, dashes, brackets and quotes keep two words of one name together
// (قاسم-جومارت توكاييف، بيلاروسيا (روسيا البيضاء)، منظمة "شنغهاي" للتعاون); anything else
// (comma, full stop, colon …) breaks a name.
function isSoftGapUnit(c: number): boolean {
  switch (c) {
    case 0x20: // space
    case 0x2d: // hyphen-minus
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x28: // (
    case 0x29: // )
    case 0x5f: // _
    case 0x22: // "
    case 0xab: // «
    case 0xbb: // »
    case 0x201c: // “
    case 0x201d: // ”
      return true;
    default:
      return false;
  }
}

/** Normalizes `text` with the search profile and cuts it into words, in one pass. */
export function scanWords(text: string): ScannedText {
  const { text: normalized, map } = normalizeWithMap(text, scanOptions);
  const words: ScannedWord[] = [];
  const length = normalized.length;
  let i = 0;
  let softGap = false;
  while (i < length) {
    const c = normalized.charCodeAt(i);
    if (!isWordUnit(c)) {
      if (c !== zwnj && !isSoftGapUnit(c)) softGap = false;
      i++;
      continue;
    }
    const start = i;
    let hasZwnj = false;
    while (i < length) {
      const d = normalized.charCodeAt(i);
      if (isWordUnit(d)) i++;
      else if (d === zwnj && i + 1 < length && isWordUnit(normalized.charCodeAt(i + 1))) {
        hasZwnj = true;
        i++;
      } else break;
    }
    let raw = normalized.slice(start, i);
    if (hasZwnj) raw = raw.replaceAll("\u200C", "");
    words.push({ key: foldKey(raw), start, end: i, softGap: words.length > 0 && softGap });
    softGap = true;
  }
  return { normalized, map, words };
}

/** Index in the normalized text of the `n`-th key unit of a word (skipping ZWNJ). */
export function unitIndexOfKeyOffset(normalized: string, wordStart: number, n: number): number {
  let index = wordStart;
  let seen = 0;
  while (seen < n) {
    if (normalized.charCodeAt(index) !== zwnj) seen++;
    index++;
  }
  while (normalized.charCodeAt(index) === zwnj) index++;
  return index;
}
