import { procliticReadings } from "../tokenize/proclitic-readings.js";
import type { DateExpression } from "./date-expression.js";
import type { DateToken } from "./date-tokens.js";
import { type DateWords, dateWords } from "./lexicon/date-words.js";
import { type HolidayName, holidayLexicon } from "./lexicon/holiday-lexicon.js";
import { type MonthName, monthLexicon } from "./lexicon/month-lexicon.js";
import { SpareBuffer } from "./spare-buffer.js";
import { wordForms } from "./word-info.js";

/** What the parsers share while scanning one text. */
export interface ScanContext {
  /** The original input and the map from normalized offsets to input offsets. */
  source: string;
  map: Int32Array;
  tokens: DateToken[];
  words: DateWords;
  months: Map<string, MonthName[]>;
  holidays: Map<string, HolidayName[]>;
  /**
   * Per-token cache of startMask for digit runs (-1 until computed): it depends on the next
   * tokens too (a word's mask is read off the word). It may
   * be longer than `tokens` (a buffer reused from one window to the next; see lendMasks).
   */
  masks: Int32Array;
  /**
   * Whether the tokens hold a quotation mark or a colon (-1 until first asked): speech days are
   * looked for only then (resolve/speech-day.ts).
   */
  quotes: number;
}

/** A parsed expression over tokens `first..last` (inclusive); `prefix` clitic letters of the first token are outside. */
export interface TokenMatch {
  expr: DateExpression;
  first: number;
  last: number;
  prefix: number;
  /** Set when the tokens read like a date but are a name ("مدينة 6 أكتوبر"): skip them, report nothing. */
  rejected?: true;
}

export function createScanContext(source: string, map: Int32Array, tokens: DateToken[]): ScanContext {
  return {
    source,
    map,
    tokens,
    words: dateWords(),
    months: monthLexicon(),
    holidays: holidayLexicon(),
    masks: lendMasks(tokens.length),
    quotes: -1,
  };
}

const noForms: { base: string; prefix: number }[] = [];

/** The clitic readings of word token i (computed once per distinct word). */
export function formsAt(ctx: ScanContext, i: number): { base: string; prefix: number }[] {
  const info = ctx.tokens[i]?.info;
  return info === undefined ? noForms : wordForms(info);
}

/**
 * True when the original text carries one of `marks` (harakat) right after the letters of
 * token i: "غداً" (tanween: tomorrow) vs "غدا" (the verb), "أمسّ" (shadda: most) vs "أمس".
 */
export function markAfter(ctx: ScanContext, i: number, marks: string): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  let k = (ctx.map[t.end - 1] ?? -1) + 1;
  while (k < ctx.source.length) {
    const c = ctx.source[k]!;
    if (marks.includes(c)) return true;
    const code = c.charCodeAt(0);
    if (!((code >= 0x64b && code <= 0x65f) || code === 0x670 || code === 0x640)) return false;
    k++;
  }
  return false;
}

/** The normalized text of token `i` when it is a word. */
export function wordAt(ctx: ScanContext, i: number): string | undefined {
  const t = ctx.tokens[i];
  return t?.kind === "word" ? t.text : undefined;
}

export function isPunctAt(ctx: ScanContext, i: number, chars: string): boolean {
  const t = ctx.tokens[i];
  return t?.kind === "punct" && chars.includes(t.text);
}

/** The value of token `i` when it is a digit run, with its digit count. */
export function numberAt(ctx: ScanContext, i: number): { value: number; digits: number } | undefined {
  const t = ctx.tokens[i];
  if (t?.kind !== "number" || t.value < 0) return undefined;
  return { value: t.value, digits: t.text.length };
}

/** True when tokens i-1 and i touch (no whitespace between). */
export function glued(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && !t.spaced;
}

/**
 * The readings of a word with its proclitics peeled off, full word first:
 * "وبالأمس" → وبالامس, بالامس, الامس; "للعام" → للعام, العام, لعام. `prefix` is how many
 * letters were removed. The package's one proclitic reader (`procliticReadings`).
 */
export function cliticForms(word: string): { base: string; prefix: number }[] {
  return procliticReadings(word).map((reading) => ({ base: reading.base, prefix: reading.letters }));
}

// Lookup tables (lexicon Maps) each get one bit, on first use, in the miss masks of
// WordInfo: a word found in none of its readings in a table is not looked up there again.
// Tables are built whole before their first lookup and never change afterwards. The first
// 31 tables get a bit; later ones get 0 (no memo).
interface MissTable {
  scanMissBit?: number;
}
let nextMissBit = 0;

function missBit(table: object): number {
  const t = table as MissTable;
  let bit = t.scanMissBit;
  if (bit === undefined) {
    bit = nextMissBit < 31 ? 1 << nextMissBit++ : 0;
    // Not enumerable: the table's own properties look the same to anything else.
    Object.defineProperty(t, "scanMissBit", { value: bit });
  }
  return bit;
}

/**
 * Looks a word (token i) up in `table`, peeling proclitics when `clitics` is true. The table
 * must not change once looked up in (a miss is remembered per word).
 */
export function lookupWord<V>(
  ctx: ScanContext,
  i: number,
  table: Map<string, V>,
  clitics = false,
): { value: V; prefix: number } | undefined {
  const t = ctx.tokens[i];
  if (t === undefined || t.kind !== "word") return undefined;
  const info = t.info!;
  const bit = missBit(table);
  if (!clitics) {
    if ((info.plainMisses & bit) !== 0) return undefined;
    const v = table.get(t.text);
    if (v !== undefined) return { value: v, prefix: 0 };
    info.plainMisses |= bit;
    return undefined;
  }
  if ((info.cliticMisses & bit) !== 0) return undefined;
  const forms = wordForms(info);
  for (let f = 0; f < forms.length; f++) {
    const v = table.get(forms[f]!.base);
    if (v !== undefined) return { value: v, prefix: forms[f]!.prefix };
  }
  info.cliticMisses |= bit;
  return undefined;
}

/** True when token i is one of `words` (normalized), optionally after proclitics. */
export function wordIs(ctx: ScanContext, i: number, words: readonly string[], clitics = false): boolean {
  const w = wordAt(ctx, i);
  if (w === undefined) return false;
  if (!clitics) return words.includes(w);
  // A loop rather than some(): no closure per call.
  const forms = formsAt(ctx, i);
  for (let f = 0; f < forms.length; f++) if (words.includes(forms[f]!.base)) return true;
  return false;
}

/**
 * Matches the longest multi-word entry of a lexicon indexed by first word at token i. Only
 * the first word may carry proclitics; later words must match exactly (digits included).
 */
export function matchPhrase<E extends { words: string[] }>(
  ctx: ScanContext,
  i: number,
  lexicon: Map<string, E[]>,
  clitics: boolean,
): { entry: E; last: number; prefix: number } | undefined {
  const t = ctx.tokens[i];
  if (t === undefined || t.kind !== "word") return undefined;
  const info = t.info!;
  const bit = missBit(lexicon);
  // The word as written (no array built for it), then its other proclitic readings; a word
  // that heads no phrase in any reading is remembered as a miss (as in lookupWord).
  if (!clitics) {
    if ((info.plainMisses & bit) !== 0) return undefined;
    const candidates = lexicon.get(t.text);
    if (candidates === undefined) info.plainMisses |= bit;
    return phraseFrom(ctx, i, candidates, 0);
  }
  if ((info.cliticMisses & bit) !== 0) return undefined;
  const forms = wordForms(info);
  let headsSome = false;
  for (let f = 0; f < forms.length; f++) {
    const candidates = lexicon.get(forms[f]!.base);
    if (candidates === undefined) continue;
    headsSome = true;
    const m = phraseFrom(ctx, i, candidates, forms[f]!.prefix);
    if (m) return m;
  }
  if (!headsSome) info.cliticMisses |= bit;
  return undefined;
}

// The first of `candidates` (phrases whose first word is token i) whose later words follow i.
function phraseFrom<E extends { words: string[] }>(
  ctx: ScanContext,
  i: number,
  candidates: E[] | undefined,
  prefix: number,
): { entry: E; last: number; prefix: number } | undefined {
  if (candidates === undefined) return undefined;
  for (const entry of candidates) {
    let ok = true;
    for (let k = 1; k < entry.words.length; k++) {
      const t = ctx.tokens[i + k];
      if (t === undefined || t.kind === "punct" || t.text !== entry.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { entry, last: i + entry.words.length - 1, prefix };
  }
  return undefined;
}

// The start-mask cache of the latest window, reused by the next one (see SpareBuffer).
const maskBuffers = new SpareBuffer<Int32Array>((length) => new Int32Array(length), 2048, 1 << 16);

function lendMasks(n: number): Int32Array {
  return maskBuffers.take(n).fill(-1, 0, n);
}

/** Gives a finished window's start-mask buffer back for the next one. */
export function releaseScanContext(ctx: ScanContext): void {
  maskBuffers.give(ctx.masks);
}
