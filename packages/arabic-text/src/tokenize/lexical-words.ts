import { cliticLexicon } from "./clitic-lexicon.js";

// Look-ups the proclitic analysis needs, built on first use. Every look-up reads the word
// in place (`word`, from index `at` to its end) and allocates only when the first three or four
// letters already match a lexicon stem.

interface Lexicon {
  stems: Set<string>;
  /** Three-letter stems, packed into one number. */
  shortHeads: Set<number>;
  /** The first four letters of every longer stem, packed into one number. */
  heads: Set<number>;
}

let lexicon: Lexicon | undefined;

/** The lexicon's spelling folded to the search form (its entries carry no harakat). */
function foldEntry(entry: string): string {
  return entry
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه");
}

function getLexicon(): Lexicon {
  if (lexicon !== undefined) return lexicon;
  const stems = new Set<string>();
  const shortHeads = new Set<number>();
  const heads = new Set<number>();
  for (const entry of cliticLexicon) {
    const stem = foldEntry(entry);
    stems.add(stem);
    // "كلمة" also stands for كلمت… ("كلمته"): file a stem in ة under the letters before it.
    const core = stem.endsWith("ه") ? stem.length - 1 : stem.length;
    if (stem.length === 3 || core === 3) shortHeads.add(packThree(stem, 0));
    if (stem.length > 3) heads.add(packFour(stem, 0));
  }
  lexicon = { stems, shortHeads, heads };
  return lexicon;
}

function packThree(word: string, at: number): number {
  return word.charCodeAt(at) * 0x100000000 + word.charCodeAt(at + 1) * 0x10000 + word.charCodeAt(at + 2);
}

// Four UTF-16 units do not fit a double exactly; Arabic letters are below 0x800 (11 bits).
function packFour(word: string, at: number): number {
  return (
    ((word.charCodeAt(at) & 0x7ff) * 0x800 + (word.charCodeAt(at + 1) & 0x7ff)) * 0x400000 +
    (word.charCodeAt(at + 2) & 0x7ff) * 0x800 +
    (word.charCodeAt(at + 3) & 0x7ff)
  );
}

function packTwo(word: string, at: number): number {
  return word.charCodeAt(at) * 0x10000 + word.charCodeAt(at + 1);
}

// Endings a lexicon stem may carry (search form): a pronoun, after an optional inflection.
const pronouns = ["", "ه", "ها", "هم", "هما", "هن", "كم", "نا", "ي"];
const inflections = [
  "",
  "ا",
  "ان",
  "ين",
  "ون",
  "ات",
  "ي",
  "يه",
  "يا",
  "يون",
  "يين",
  "يات",
  "ت",
  "تا",
  "تان",
  "تين",
  "وا",
];
// Inflections that replace a final ة of the stem ("وزارة" → وزارات، وزارته، وزاري).
const replacesTehMarbuta = new Set(["ات", "ي", "يه", "يون", "يين", "يات", "ت", "تان", "تين"]);
const shortestStem = 3;

/** A trie of the endings, read from the last letter backwards. */
interface EndingNode {
  next: Map<number, EndingNode>;
  /** An ending stops here: the letters before it may be a stem. */
  ending: boolean;
  /** That ending may stand for a stem's final ة. */
  tehMarbuta: boolean;
}

let endings: EndingNode | undefined;

function getEndings(): EndingNode {
  if (endings !== undefined) return endings;
  const root: EndingNode = { next: new Map(), ending: false, tehMarbuta: false };
  for (const pronoun of pronouns) {
    for (const inflection of inflections) {
      const ending = inflection + pronoun;
      let node = root;
      for (let k = ending.length - 1; k >= 0; k--) {
        const c = ending.charCodeAt(k);
        let child = node.next.get(c);
        if (child === undefined) {
          child = { next: new Map(), ending: false, tehMarbuta: false };
          node.next.set(c, child);
        }
        node = child;
      }
      if (node === root) continue;
      node.ending = true;
      if (replacesTehMarbuta.has(inflection)) node.tehMarbuta = true;
    }
  }
  endings = root;
  return root;
}

/**
 * True when `word.slice(at)` is a lexicon word: a stem that starts with clitic-like letters
 * but has none ("بوتين", "وزارتها", "المانيا"), possibly with inflection and pronoun endings.
 */
export function isLexicalWord(word: string, at: number): boolean {
  const length = word.length - at;
  if (length < shortestStem) return false;
  const { stems, shortHeads, heads } = getLexicon();
  // Most words fail here without a slice: no stem starts with their first letters.
  if (!shortHeads.has(packThree(word, at)) && (length < 4 || !heads.has(packFour(word, at)))) return false;
  if (stems.has(at === 0 ? word : word.slice(at))) return true;
  // Walk the endings backwards; every place an ending can start leaves a candidate stem.
  let node: EndingNode | undefined = getEndings();
  for (let end = word.length; end - 1 - at >= shortestStem; end--) {
    node = node.next.get(word.charCodeAt(end - 1));
    if (node === undefined) return false;
    if (!node.ending) continue;
    const stem = word.slice(at, end - 1);
    if (stems.has(stem) || (node.tehMarbuta && stems.has(`${stem}ه`))) return true;
  }
  return false;
}

// Two-letter words a conjunction و/ف may stand before: particles, pronouns and past verbs of
// doubled roots ("وفي", "فقد", "ولا", "وتم", "وضم"). A conjunction before any other two
// letters is part of the word ("وقت", "وفد", "فيه").
const afterConjunction = [
  "في",
  "من",
  "عن",
  "لم",
  "لن",
  "قد",
  "هو",
  "هي",
  "ما",
  "لا",
  "ان",
  "او",
  "لو",
  "كل",
  "مع",
  "هم",
  "له",
  "به",
  "ثم",
  "اي",
  "هل",
  "ذا",
  "بل",
  "كم",
  "تم",
  "ضم",
  "شن",
  "رد",
  "حث",
  "ظل",
  "مر",
  "دل",
  "عد",
  "مد",
  "حل",
];
// Two letters a bare preposition ب/ل may stand before: pronoun suffixes and small words
// ("بها", "لهم", "بما", "بأن").
const afterPreposition = ["ها", "هم", "هن", "نا", "كم", "ما", "ذا", "كل", "ان", "اي"];
// What ك "like, as" stands before when only two letters follow ("كما", "كذا").
const afterKaf = ["ما", "ذا"];
// Two-letter nouns that take the article ("الرد", "الحد"); other two-letter rests keep ال
// as part of the word ("الان", "اليه", "الاف").
const shortNouns = [
  "حد",
  "رد",
  "حل",
  "غد",
  "حق",
  "خط",
  "يد",
  "دم",
  "جو",
  "بر",
  "فن",
  "شك",
  "صف",
  "حج",
  "كل",
  "سن",
  "عم",
  "مد",
  "سد",
];

interface ShortWords {
  afterConjunction: Set<number>;
  afterPreposition: Set<number>;
  afterKaf: Set<number>;
  shortNouns: Set<number>;
}

let shortWords: ShortWords | undefined;

function getShortWords(): ShortWords {
  if (shortWords !== undefined) return shortWords;
  const pack = (list: readonly string[]) => new Set(list.map((word) => packTwo(word, 0)));
  shortWords = {
    afterConjunction: pack(afterConjunction),
    afterPreposition: pack(afterPreposition),
    afterKaf: pack(afterKaf),
    shortNouns: pack(shortNouns),
  };
  return shortWords;
}

/** What kind of two-letter word `word.slice(at, at + 2)` is asked to be. */
export type ShortWordKind = "afterConjunction" | "afterPreposition" | "afterKaf" | "shortNouns";

/** True when the two letters at `at` are in the given list of short words. */
export function isShortWord(word: string, at: number, kind: ShortWordKind): boolean {
  return getShortWords()[kind].has(packTwo(word, at));
}
