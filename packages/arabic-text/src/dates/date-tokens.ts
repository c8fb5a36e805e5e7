import { ARABIC, LETTER, OTHER, tokenClasses } from "../tokenize/token-classes.js";
import { releaseScanText, type ScanText, scanString, scanTextOf } from "./search-text.js";
import { HASH_SEED, hashUnit, type WordInfo, wordInfoAt } from "./word-info.js";

/** A token of the normalized (search-profile) text the date scanner walks over. */
export interface DateToken {
  kind: "word" | "number" | "punct";
  /** The normalized characters of the token. */
  text: string;
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  /** True when whitespace separates this token from the previous one. */
  spaced: boolean;
  /**
   * For numbers: the value of the digits; -1 for other tokens and for digit runs longer than 9
   * (they never match). A small integer, never NaN, so tokens need no boxed number field.
   */
  value: number;
  /** For words: what the scanner knows of the word (shared by every token of it). */
  info: WordInfo | undefined;
  /**
   * For words: a unit noun follows within three tokens, all of them words ("ثلاثين عاما",
   * "خمسة وعشرين عاما"), so a count in words may start here (starter-words.ts). Set by the
   * tokenizer when it reads the unit noun.
   */
  unitAhead: boolean;
}

// A letter's group by the package's one letter-class table (an Arabic letter or a letter of
// another script); everything else, digits included, is OTHER here. Derived once, so the
// tokenizer's inner loop reads one table entry per unit.
let groups: Uint8Array | undefined;

function letterGroups(): Uint8Array {
  if (groups === undefined) {
    const classes = tokenClasses();
    groups = new Uint8Array(classes.length);
    for (let c = 0; c < classes.length; c++) {
      const cls = classes[c]!;
      groups[c] = cls === ARABIC || cls === LETTER ? cls : OTHER;
    }
  }
  return groups;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Where the tokenizer stands in a normalized text, so tokens can be read a window at a time. */
export interface TokenCursor {
  scan: ScanText;
  pos: number;
  /** Whether whitespace came since the last token. */
  spaced: boolean;
}

// The texts of short digit runs (up to four digits, leading zeros included) and of single
// punctuation units, made once each: most number and punctuation tokens then cost no string.
// A digit run of d digits and value v is entry NUMBER_BASE[d] + v.
const NUMBER_BASE = [0, 0, 10, 110, 1110, 11110];
const PUNCT_KEPT = 0x3000;
let numberTexts: (string | undefined)[] | undefined;
let punctTexts: (string | undefined)[] | undefined;

function numberText(scan: ScanText, start: number, end: number, value: number): string {
  const digits = end - start;
  if (digits > 4) return scanString(scan).slice(start, end);
  numberTexts ??= new Array<string | undefined>(NUMBER_BASE[5]!).fill(undefined);
  const key = NUMBER_BASE[digits]! + value;
  let kept = numberTexts[key];
  if (kept === undefined) {
    kept = scanString(scan).slice(start, end);
    numberTexts[key] = kept;
  }
  return kept;
}

function punctText(scan: ScanText, start: number, end: number, c: number): string {
  if (end - start !== 1 || c >= PUNCT_KEPT) return scanString(scan).slice(start, end);
  punctTexts ??= new Array<string | undefined>(PUNCT_KEPT).fill(undefined);
  let kept = punctTexts[c];
  if (kept === undefined) {
    kept = scanString(scan).slice(start, end);
    punctTexts[c] = kept;
  }
  return kept;
}

/**
 * Appends up to `max` tokens at the cursor to `out`: letter runs, digit runs and single
 * punctuation characters, so glued forms like "سبتمبر2001", "1447ه" or "ب2024" become separate
 * tokens. Returns true once the text is exhausted. Linear time.
 */
export function readTokens(cursor: TokenCursor, out: DateToken[], max: number, to = cursor.scan.length): boolean {
  const scan = cursor.scan;
  const units = scan.units;
  const groupOf = letterGroups();
  let i = cursor.pos;
  let spaced = cursor.spaced;
  for (let n = 0; n < max; n++) {
    while (i < to && units[i] === 0x20) {
      spaced = true;
      i++;
    }
    if (i >= to) break;
    const c = units[i]!;
    const start = i;
    const group = groupOf[c]!;
    if (group !== OTHER) {
      // Letters of one group, as in a token. A combining mark the normalization keeps (U+0301)
      // is left out so that the word still matches the lexicons; the mention's end covers it.
      let hash = hashUnit(HASH_SEED, c);
      i++;
      for (; i < to; i++) {
        const unit = units[i]!;
        if (groupOf[unit] !== group) break;
        hash = hashUnit(hash, unit);
      }
      const info = wordInfoAt(scan, start, i, hash);
      if (info.unit) markUnitAhead(out);
      out.push({ kind: "word", text: info.text, start, end: i, spaced, value: -1, info, unitAhead: false });
    } else if (isDigit(c)) {
      let value = 0;
      for (; i < to; i++) {
        const unit = units[i]!;
        if (!isDigit(unit)) break;
        value = value * 10 + (unit - 0x30);
      }
      // Runs longer than 9 digits get -1 so they never match.
      const digits = i - start;
      const token = numberText(scan, start, i, value);
      if (digits > 9) value = -1;
      out.push({ kind: "number", text: token, start, end: i, spaced, value, info: undefined, unitAhead: false });
    } else {
      // Keep a surrogate pair together so offsets never split a character.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      const token = punctText(scan, start, i, c);
      out.push({ kind: "punct", text: token, start, end: i, spaced, value: -1, info: undefined, unitAhead: false });
    }
    spaced = false;
  }
  cursor.pos = i;
  cursor.spaced = spaced;
  return i >= to;
}

// The words (up to three, no other token between) before a unit noun about to be appended.
function markUnitAhead(out: DateToken[]): void {
  for (let j = out.length - 1; j >= out.length - 3 && j >= 0; j--) {
    const t = out[j]!;
    if (t.kind !== "word") return;
    t.unitAhead = true;
  }
}

/** All the tokens of text[from, to). */
export function tokenizeForDates(text: string, from = 0, to = text.length): DateToken[] {
  const tokens: DateToken[] = [];
  const scan = scanTextOf({ text, map: new Int32Array(text.length + 1) });
  readTokens({ scan, pos: from, spaced: true }, tokens, Number.POSITIVE_INFINITY, to);
  releaseScanText(scan);
  return tokens;
}
