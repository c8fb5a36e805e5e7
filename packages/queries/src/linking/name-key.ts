// Keys of words in the gazetteer and in texts. Both sides go through the `search` profile of
// @csto/arabic-text first; `foldKey` then folds the few letters that normalization keeps apart
// on purpose but that names spell either way (ميرضيائيف / ميرضيايف, إلچيباي / إلجيباي).

const keyFolds: Readonly<Record<string, string>> = {
  "\u0624": "\u0648", // ؤ → و
  "\u0626": "\u064A", // ئ → ي
  "\u0621": "", // lone hamza ء dropped
  "\u06A4": "\u0641", // ڤ → ف
  "\u0686": "\u062C", // چ → ج
  "\u06AF": "\u063A", // گ → غ (Egyptian press writes غ for Russian g)
  "\u067E": "\u0628", // پ → ب
  "\u0698": "\u0632", // ژ → ز
};

const foldable = /[\u0621\u0624\u0626\u06A4\u0686\u06AF\u067E\u0698]/;

/** Folds a word already normalized with the `search` profile into its gazetteer key. */
export function foldKey(word: string): string {
  if (!foldable.test(word)) return word;
  let out = "";
  for (const ch of word) out += keyFolds[ch] ?? ch;
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
