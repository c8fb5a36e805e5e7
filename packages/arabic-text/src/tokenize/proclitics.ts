import { isLexicalWord, isShortWord } from "./lexical-words.js";
import { alef, beh, feh, kaf, lam, waw } from "./proclitic-letters.js";

/** The result of splitting one-letter proclitics and the article off a normalized word. */
export interface CliticSplit {
  /** Units of the word that belong to the prefix (0 = no prefix). */
  prefixLength: number;
  /** Where the article ال or the contraction لل starts inside the word, or -1. */
  articleAt: number;
}

/**
 * Splits proclitics off a search-normalized Arabic word. The grammar, in order:
 *
 *   [و|ف]?  [ب|ك|ل]?  [ال]?  base          (ل + ال is written لل: "للكرملين")
 *
 * Before each part is stripped, the rest of the word is looked up in a lexicon of words
 * that start with these letters without carrying them ("بوتين", "وزير", "كانت", "المانيا",
 * "التقى"); a listed rest is never cut further ("وبوتين" → و + بوتين). Otherwise:
 * - و/ف is stripped when three letters remain, or two that form a small word ("وفي",
 *   "فقد"); "وقت" and "وفد" stay whole;
 * - ب/ل need three letters after them ("بشكل", "لعام"), ك four ("كرئيس"; "كبير" is a word),
 *   or two that are a pronoun or small word ("بها", "لهم", "كما");
 * - ل followed by a listed word that starts with ل is ل + that word ("لليبيا"), otherwise
 *   لل is ل + ال;
 * - ال needs three letters after it, or two that form a known short noun ("الرد"). After a
 *   bare preposition, a rest that starts with an unstripped ال means the preposition was
 *   part of the word, so it is put back ("بالغ", "وكالات" → و + كالات).
 *
 * `tatweelAfter(k)` says whether a tatweel stood in the original text after the k-th letter.
 * A tatweel right after a valid proclitic stack fixes the split there ("بـطاجيكستان" →
 * ب + طاجيكستان) and only the article may still follow ("بـالأمس" → بال + امس), unless the
 * whole word is a lexicon word stretched for layout ("فـلاديمير").
 */
export function splitProclitics(word: string, tatweelAfter: (k: number) => boolean): CliticSplit {
  if (isLexicalWord(word, 0)) return { prefixLength: 0, articleAt: -1 };
  const length = word.length;
  let at = 0;
  const first = word.charCodeAt(0);
  if (
    (first === waw || first === feh) &&
    (length >= 4 || (length === 3 && (isShortWord(word, 1, "afterConjunction") || tatweelAfter(1))))
  ) {
    at = 1;
    if (isLexicalWord(word, 1)) return { prefixLength: 1, articleAt: -1 };
  }
  let preposition = false;
  // A tatweel right after the conjunction ("وـ…") ends the stack there.
  if (!(at === 1 && tatweelAfter(1))) {
    const c = word.charCodeAt(at);
    if (c === lam && word.charCodeAt(at + 1) === lam) {
      // "لليبيا" is ل + ليبيا; "للكرملين" is ل + ال + كرملين.
      if (isLexicalWord(word, at + 1)) return { prefixLength: at + 1, articleAt: -1 };
      if (length - (at + 2) >= 2) return { prefixLength: at + 2, articleAt: at };
    }
    if ((c === beh || c === kaf || c === lam) && prepositionFits(word, at, c, tatweelAfter)) {
      at += 1;
      preposition = !tatweelAfter(at);
      if (isLexicalWord(word, at)) return { prefixLength: at, articleAt: -1 };
    }
  }
  if (word.charCodeAt(at) === alef && word.charCodeAt(at + 1) === lam) {
    const rest = length - (at + 2);
    if (rest >= 3 || (rest === 2 && isShortWord(word, at + 2, "shortNouns"))) {
      return { prefixLength: at + 2, articleAt: at };
    }
    // A preposition before an ال that is not the article was part of the word ("وكالات").
    if (preposition) at -= 1;
  }
  return { prefixLength: at, articleAt: -1 };
}

/** Whether the letters after a bare preposition ب/ك/ل at `at` are enough to strip it. */
function prepositionFits(word: string, at: number, letter: number, tatweelAfter: (k: number) => boolean): boolean {
  const rest = word.length - (at + 1);
  if (rest < 2) return false;
  if (tatweelAfter(at + 1)) return true;
  if (rest === 2) return isShortWord(word, at + 1, letter === kaf ? "afterKaf" : "afterPreposition");
  return rest >= (letter === kaf ? 4 : 3);
}
