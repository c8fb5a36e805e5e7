import { type PreparedText, prepareText } from "@csto/arabic-text";
import { foldKey } from "./name-key.js";

/** A word of the normalized text with its key and where it sits. */
export interface ScannedWord {
  /** Gazetteer key of the whole word (normalized, `foldKey`; ZWNJ-joined parts concatenated). */
  key: string;
  /** Index of the first unit in the normalized text. */
  start: number;
  /** Index after the last unit in the normalized text. */
  end: number;
  /** Index after the word in the original text (its trailing harakat and tatweel included). */
  sourceEnd: number;
  /** True when only spaces, hyphens or brackets separate it from the previous word. */
  softGap: boolean;
}

/** The prepared text and its words. */
export interface ScannedText {
  /** The `search`-normalized text the word offsets point into. */
  normalized: string;
  /** The prepared document (its `originalIndex` maps a normalized index back to the input). */
  document: PreparedText;
  words: ScannedWord[];
}

const zwnj = 0x200c;

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

/**
 * The words of a text are the tokens of its prepared document (`prepareText` of
 * @csto/arabic-text: one definition of a word for tokens, dates and entities), read once.
 * Linking adds one tolerance: tokens that only a single ZWNJ separates in the original are
 * one word (a ZWNJ typed inside a name, بو‌تين).
 */
export function scanWords(input: string | PreparedText): ScannedText {
  const document = prepareText(input);
  const { text, normalized } = document;
  // Four numbers per token: normalized start/end, original start/end (no token objects needed).
  const bounds = document.tokenBounds();
  const words: ScannedWord[] = [];
  let previousEnd = -1;
  let previousSourceEnd = -1;
  for (let at = 0; at < bounds.length; at += 4) {
    const start = bounds[at]!;
    const end = bounds[at + 1]!;
    const sourceStart = bounds[at + 2]!;
    const sourceEnd = bounds[at + 3]!;
    const last = words[words.length - 1];
    if (last !== undefined && onlyZwnj(text, previousSourceEnd, sourceStart)) {
      last.key = foldKey(last.key + normalized.slice(start, end));
      last.end = end;
      last.sourceEnd = sourceEnd;
    } else {
      words.push({
        key: foldKey(normalized.slice(start, end)),
        start,
        end,
        sourceEnd,
        softGap: last !== undefined && softGapBetween(normalized, previousEnd, start),
      });
    }
    previousEnd = end;
    previousSourceEnd = sourceEnd;
  }
  // No copy of the offset map: the few spans that need it ask the document.
  return { normalized, document, words };
}

/**
 * Exactly one ZWNJ between two tokens, besides units the `search` profile drops (bidi marks,
 * tatweel, harakat): the normalized gap is that one ZWNJ. A second ZWNJ or anything else
 * separates the words.
 */
function onlyZwnj(text: string, from: number, to: number): boolean {
  let seen = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === zwnj) seen++;
    else if (!isDropped(c)) return false;
  }
  return seen === 1;
}

function isDropped(c: number): boolean {
  return (
    c === 0x0640 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x061c ||
    c === 0x200b ||
    (c >= 0x200d && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    c === 0x2060 ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff
  );
}

function softGapBetween(normalized: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSoftGapUnit(normalized.charCodeAt(i))) return false;
  return true;
}

/** Index in the normalized text of the `n`-th key unit of a word (skipping a joined ZWNJ's space). */
export function unitIndexOfKeyOffset(normalized: string, wordStart: number, n: number): number {
  let index = wordStart;
  let seen = 0;
  while (seen < n) {
    if (normalized.charCodeAt(index) !== 0x20) seen++;
    index++;
  }
  while (normalized.charCodeAt(index) === 0x20) index++;
  return index;
}
