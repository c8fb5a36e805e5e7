import { procliticReadings } from "../tokenize/proclitic-readings.js";
import { dateWords } from "./lexicon/date-words.js";
import { type ScanText, scanString } from "./search-text.js";

/**
 * What the date scanner knows of one distinct word, whatever text it occurs in: its
 * proclitic readings and the start bits and tense cues computed from them. A word is looked up
 * once when its token is read (one hash-table probe per token); everything else the scanner
 * asks of the word is then a field read, not a lookup per text.
 */
export interface WordInfo {
  /** The word (search-normalized); tokens share this one string. */
  readonly text: string;
  /** The readings with proclitics peeled off, full word first (built on first use). */
  forms: { base: string; prefix: number }[] | undefined;
  /** starter-words.ts `wordMask` of the word; -1 until computed. */
  bits: number;
  /** The tense cue of the word alone (resolve/tense.ts: 0 unknown, 1 none, 2 past, 3 future, 4–6 imperfect shapes, 7 future with a written hamza). */
  tense: number;
  /** The tense detector's word flags (resolve/tense.ts `cuesOf`); -1 until computed. */
  cues: number;
  /**
   * Whether the word is a unit noun (أيام، عاما …: `units` of lexicon/date-words.ts). Known as
   * soon as the word is read, so the tokenizer can mark the words before it (a count in words
   * may precede a unit: "ثلاثين عاما") instead of each word looking ahead for one.
   */
  readonly unit: boolean;
  /**
   * Lookup tables the word is known to be missing from, one bit per table (scan-context.ts
   * lookupWord): as written, and in every proclitic reading.
   */
  plainMisses: number;
  cliticMisses: number;
}

// Words are found by a hash of their units computed while the tokenizer reads them, in an
// open-addressing table compared with `startsWith` against the text: a known word costs no
// slice and no string hashing. Bounded: emptied when it is half full (tokens already read
// keep their objects).
const SLOTS = 1 << 18;
const MAX_WORDS = SLOTS >> 1;
// Made on the first word read (nothing is built at import time).
let slots: (WordInfo | undefined)[] | undefined;
let count = 0;

function emptySlots(): (WordInfo | undefined)[] {
  count = 0;
  return new Array<WordInfo | undefined>(SLOTS).fill(undefined);
}

const MAX_PROBES = 32;

function newInfo(text: string): WordInfo {
  return {
    text,
    forms: undefined,
    bits: -1,
    tense: 0,
    cues: -1,
    unit: dateWords().units.has(text),
    plainMisses: 0,
    cliticMisses: 0,
  };
}

/** Where a word hash starts (the FNV-1a offset basis). */
export const HASH_SEED = 0x811c9dc5 | 0;

/** Feeds one UTF-16 unit into a word hash (start from HASH_SEED). */
export function hashUnit(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

/**
 * The shared information object of the word at units [start, end) of a scan text, whose units
 * hash to `hash` (hashUnit over them in order). Only a word not seen before needs the text.
 */
export function wordInfoAt(scan: ScanText, start: number, end: number, hash: number): WordInfo {
  const units = scan.units;
  const length = end - start;
  slots ??= emptySlots();
  let table = slots;
  let slot = (hash ^ (hash >>> 15)) & (SLOTS - 1);
  for (let probe = 0; ; probe++) {
    const info = table[slot];
    if (info === undefined) break;
    if (info.text.length === length && sameUnits(units, start, info.text)) return info;
    // Words crafted to share a hash must not make the scan quadratic: past a few probes the
    // word gets an information object of its own, not kept.
    if (probe === MAX_PROBES) return newInfo(scanString(scan).slice(start, end));
    slot = (slot + 1) & (SLOTS - 1);
  }
  if (count >= MAX_WORDS) {
    slots = emptySlots();
    table = slots;
    slot = (hash ^ (hash >>> 15)) & (SLOTS - 1);
  }
  const info = newInfo(scanString(scan).slice(start, end));
  table[slot] = info;
  count++;
  return info;
}

// Whether `word` stands in `units` at `start` (its length already checked). A plain loop: words
// are a few units long, and V8 compiles it inline where startsWith is a call into the runtime.
function sameUnits(units: Uint16Array, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (units[start + k] !== word.charCodeAt(k)) return false;
  return true;
}

/** The proclitic readings of a word, computed once per distinct word. */
export function wordForms(info: WordInfo): { base: string; prefix: number }[] {
  let forms = info.forms;
  if (forms === undefined) {
    forms = procliticReadings(info.text).map((reading) => ({ base: reading.base, prefix: reading.letters }));
    info.forms = forms;
  }
  return forms;
}
