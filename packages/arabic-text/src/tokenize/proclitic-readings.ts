import { checkTextInput } from "../errors/text-input.js";
import { beh, feh, kaf, lam, waw } from "./proclitic-letters.js";

// The one proclitic grammar of the package, as every reading of a word: the tokenizer picks
// one of them with its lexicon (splitProclitics), the date scanner and the entity linker try
// them all against their own word lists.

/** One way to read a search-normalized word: what is left after some proclitics. */
export interface ProcliticReading {
  /** The word without the proclitics read off (for the لل contraction, with its ال restored). */
  base: string;
  /** How many letters of the written word were read off its front. */
  letters: number;
  /** True for the contraction reading: لل written, ل + ال read ("للكرملين" → "الكرملين"). */
  contracted: boolean;
}

/**
 * Every reading of a search-normalized word under `[و|ف]? [ب|ك|ل]? base`, the word as written
 * first: "وبالأمس" → وبالامس, بالامس, الامس; "للعام" → للعام, العام (ل + ال), لعام. A
 * conjunction or preposition is read off only when at least two letters remain, and the
 * contraction only when at least two follow لل. The article itself is left on the base.
 * Same input rule as every text function (`INVALID_INPUT`, `INPUT_TOO_LARGE`).
 */
export function procliticReadings(word: string): ProcliticReading[] {
  checkTextInput(word, "procliticReadings");
  const readings: ProcliticReading[] = [{ base: word, letters: 0, contracted: false }];
  let at = 0;
  const first = word.charCodeAt(0);
  if (word.length > 2 && (first === waw || first === feh)) {
    at = 1;
    readings.push({ base: word.slice(1), letters: 1, contracted: false });
  }
  const c = word.charCodeAt(at);
  if (word.length - at > 2 && (c === beh || c === kaf || c === lam)) {
    if (c === lam && word.charCodeAt(at + 1) === lam && word.length - at > 3) {
      readings.push({ base: `\u0627${word.slice(at + 1)}`, letters: at + 1, contracted: true });
    }
    readings.push({ base: word.slice(at + 1), letters: at + 1, contracted: false });
  }
  return readings;
}
