import { normalize } from "@csto/arabic-text";

// Keys of words in the gazetteer and in texts. Both sides go through the `search` profile of
// @csto/arabic-text first; `foldKey` then folds the few letters that normalization keeps apart
// on purpose but that names spell either way (ميرضيائيف / ميرضيايف, إلچيباي / إلجيباي).

/** The letter `c` folds to, or undefined when it stays (ؤ→و، ئ→ي، ء dropped, ڤ→ف، چ→ج، گ→غ، پ→ب، ژ→ز). */
function foldOf(c: number): string | undefined {
  switch (c) {
    case 0x0624:
      return "\u0648";
    case 0x0626:
      return "\u064A";
    case 0x0621:
      return "";
    case 0x06a4:
      return "\u0641";
    case 0x0686:
      return "\u062C";
    case 0x06af:
      return "\u063A"; // Egyptian press writes غ for Russian g
    case 0x067e:
      return "\u0628";
    case 0x0698:
      return "\u0632";
    default:
      return undefined;
  }
}

/** Whether `foldOf(c)` folds `c`: two comparisons for the common Arabic letters and digits. */
function isFoldable(c: number): boolean {
  if (c < 0x0621 || c > 0x06af || (c > 0x0626 && c < 0x067e)) return false;
  return foldOf(c) !== undefined;
}

/** Folds a word already normalized with the `search` profile into its gazetteer key. */
export function foldKey(word: string): string {
  // Most words have nothing to fold: return them as they are, without building a string.
  let k = 0;
  while (k < word.length && !isFoldable(word.charCodeAt(k))) k++;
  if (k === word.length) return word;
  let out = word.slice(0, k);
  for (; k < word.length; k++) out += foldOf(word.charCodeAt(k)) ?? word[k];
  return out;
}

const longVowels = /[\u0627\u0648\u064A]/g;

/** Words shorter than this keep their exact key in the skeleton index. */
export const skeletonMinLength = 5;

/**
 * The "skeleton" of a name word: ا و ي removed from the middle, so doubled or dropped long
 * vowels meet (قيرغيزستان / قرغيزستان, نزارباييف / نزاربايف). Short words stay as they are.
 */
export function skeletonOf(key: string): string {
  if (key.length < skeletonMinLength) return key;
  return key[0] + key.slice(1, -1).replace(longVowels, "") + key[key.length - 1];
}

/** The key of a word written naturally in a source table (the `search` profile, then foldKey). */
export function wordKey(word: string): string {
  return foldKey(normalize(word, "search"));
}

/** The keys of words written naturally in a source table, as a set. */
export function wordKeys(words: readonly string[]): Set<string> {
  return new Set(words.map(wordKey));
}
