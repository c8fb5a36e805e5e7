import { wordKeys } from "./name-key.js";
import type { ScannedWord } from "./scan-words.js";

// Glosses: "الناتو، أي فول الصويا المخمر" explains the word just used as a common noun
// (docs/entities.md §4).

/** Words of a gloss read for a name: "أي فول الصويا المخمر". */
export const glossWords = 4;

// Words that open an explanation which is no other name for the word: a time or a clause
// ("أرمينيا، أي بعد ثلاثة أيام"), an amount ("أي نحو"), or a description of the place by its
// kind or rank ("كازاخستان، أي أكبر دولة في آسيا الوسطى"; with or without the article). One
// string: each Arabic letter costs six bytes in the bundle.
const describingStarts = "بعد قبل منذ خلال أن إن ما نحو حوالي في دولة بلد مدينة عاصمة أكبر أصغر أكثر أول أهم";

let describing: Set<string> | undefined;

/**
 * Whether "، أي" and a short noun phrase follow word `last`: the writer explains the word just
 * used. An explanation that opens with a number, a particle of time or clause, or a noun or
 * superlative describing the place is no gloss: the name keeps its sense.
 */
export function glossFollows(normalized: string, words: readonly ScannedWord[], last: number): boolean {
  const next = words[last + 1];
  const first = words[last + 2];
  if (next === undefined || next.key !== "اي" || first === undefined) return false;
  describing ??= wordKeys(describingStarts.split(" "));
  const key = first.key.startsWith("ال") ? first.key.slice(2) : first.key;
  const c = key.charCodeAt(0);
  // A digit, Latin or Arabic-Indic (the search profile may keep either).
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || describing.has(key)) return false;
  for (let k = words[last]!.end; k < next.start; k++) {
    const unit = normalized.charCodeAt(k);
    if (unit === 0x060c || unit === 0x2c) return true;
  }
  return false;
}
