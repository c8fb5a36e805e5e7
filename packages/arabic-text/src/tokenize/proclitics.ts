/** The result of splitting one-letter proclitics and the article off a normalized word. */
export interface CliticSplit {
  /** Units of the word that belong to the prefix (0 = no prefix). */
  prefixLength: number;
  /** Where the article ال or the contraction لل starts inside the word, or -1. */
  articleAt: number;
}

const waw = 0x0648;
const feh = 0x0641;
const beh = 0x0628;
const kaf = 0x0643;
const lam = 0x0644;
const alef = 0x0627;
/** The shortest base left after a proclitic or the article. */
const minimumBase = 2;
// Words whose initial ال is part of the word, not the article: the name of God and the
// relative pronouns ("الذي" is not ال + ذي).
const lexicalArticle = [
  "الله",
  "اللهم",
  "الذي",
  "التي",
  "الذين",
  "اللذان",
  "اللذين",
  "اللتان",
  "اللتين",
  "اللاتي",
  "اللواتي",
  "اللائي",
];
let lexicalArticleSet: Set<string> | undefined;

function hasLexicalArticle(word: string, at: number): boolean {
  // Every listed word is ال + ل/ذ/ت and at most seven letters: test that before slicing.
  const third = word.charCodeAt(at + 2);
  if ((third !== 0x0644 && third !== 0x0630 && third !== 0x062a) || word.length - at > 7) return false;
  if (lexicalArticleSet === undefined) lexicalArticleSet = new Set(lexicalArticle);
  return lexicalArticleSet.has(at === 0 ? word : word.slice(at));
}

/**
 * Splits proclitics off a search-normalized Arabic word. The grammar, in order:
 *
 *   [و|ف]?  [ب|ك|ل]?  [ال]?  base          (ل + ال is written لل: "للكرملين")
 *
 * A part is stripped only while at least two letters remain after it, so short words stay
 * whole ("به", "لن"); after a bare preposition the article needs three ("بالأمس" → بال + امس,
 * but "بالغ" stays whole), and a preposition whose rest would start with ال is put back
 * ("وكالة" → و + كالة, not و + ك + الة). The split is greedy and does not consult a lexicon, so a name that
 * starts with one of these letters is split too ("بيشكيك" → ب + يشكيك): `normalized` keeps
 * the whole word, and every shorter prefix (normalized.slice(k) for k ≤ prefixLength) is an
 * alternative reading a lexicon lookup can try, longest base first.
 *
 * `tatweelAfter(k)` says whether a tatweel stood in the original text after the k-th letter.
 * A tatweel right after a valid proclitic stack fixes the split there ("بـطاجيكستان" →
 * ب + طاجيكستان; "وبـموسكو" → وب + موسكو) and no further bare proclitic is stripped; only
 * the article may still follow ("بـالأمس" → بال + امس).
 */
export function splitProclitics(word: string, tatweelAfter: (k: number) => boolean): CliticSplit {
  const length = word.length;
  let at = 0;
  const first = word.charCodeAt(0);
  if ((first === waw || first === feh) && length - 1 >= minimumBase) at = 1;
  let preposition = false;
  // A tatweel right after the conjunction ("وـ…") ends the stack there.
  if (!(at === 1 && tatweelAfter(1))) {
    const c = word.charCodeAt(at);
    if (c === lam && word.charCodeAt(at + 1) === lam && length - (at + 2) >= minimumBase) {
      return { prefixLength: at + 2, articleAt: at };
    }
    if ((c === beh || c === kaf || c === lam) && length - (at + 1) >= minimumBase) {
      at += 1;
      preposition = !tatweelAfter(at);
    }
  }
  if (word.charCodeAt(at) === alef && word.charCodeAt(at + 1) === lam) {
    // After a bare preposition the article needs three letters behind it: "بالأمس" splits,
    // but "وكالات" is و + كالات, not و + ك + ال + ات.
    const needed = preposition ? minimumBase + 1 : minimumBase;
    if (length - (at + 2) >= needed && !hasLexicalArticle(word, at)) return { prefixLength: at + 2, articleAt: at };
    // A base that would start with ال after a bare preposition means the letter was part of
    // the word ("وكالة"): put it back.
    if (preposition) at -= 1;
  }
  return { prefixLength: at, articleAt: -1 };
}
