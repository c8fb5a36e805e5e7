import { procliticReadings } from "../tokenize/proclitic-readings.js";

/**
 * What the date scanner knows of one distinct word, whatever text it occurs in: its
 * proclitic readings and the start bits and tense cue computed from them. A word is looked up
 * once when its token is read (one Map lookup per token); everything else the scanner asks of
 * the word is then a field read, not a lookup per text.
 */
export interface WordInfo {
  /** The word (search-normalized); tokens share this one string. */
  readonly text: string;
  /** The readings with proclitics peeled off, full word first (built on first use). */
  forms: { base: string; prefix: number }[] | undefined;
  /** starter-words.ts `wordMask` of the word; -1 until computed. */
  bits: number;
  /** The tense cue of the word alone (0 unknown, 1 none, 2 past, 3 future). */
  tense: number;
}

// Bounded: cleared when it gets big (tokens already read keep their objects).
const MAX_WORDS = 100_000;
const infos = new Map<string, WordInfo>();

/** The shared information object of a normalized word. */
export function wordInfo(text: string): WordInfo {
  let info = infos.get(text);
  if (info === undefined) {
    info = { text, forms: undefined, bits: -1, tense: 0 };
    if (infos.size >= MAX_WORDS) infos.clear();
    infos.set(text, info);
  }
  return info;
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
