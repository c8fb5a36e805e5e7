import { cliticLexicon } from "./clitic-lexicon.js";

// Look-ups the proclitic analysis needs, built on first use. Every look-up reads the word
// in place (`word`, from index `at` to its end). Two bit sets keyed by the first letters
// turn most words away without a slice or a hash of a string.

interface Lexicon {
  stems: Set<string>;
  /** Bit set over the first three letters: a three-letter stem (or stem in ة) is spelled so. */
  shortHeads: Uint8Array;
  /** Bit set over a hash of the first four letters of every longer stem. */
  heads: Uint8Array;
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
  const shortHeads = new Uint8Array(1 << 15);
  const heads = new Uint8Array(1 << 13);
  for (const entry of cliticLexicon) {
    const stem = foldEntry(entry);
    stems.add(stem);
    const head = headOf(stem, 0);
    // "كلمة" also stands for كلمت… ("كلمته"): file a stem in ة under the letters before it.
    const core = stem.endsWith("ه") ? stem.length - 1 : stem.length;
    if (stem.length === 3 || core === 3) setBit(shortHeads, head);
    if (stem.length > 3) setBit(heads, hashFour(head, stem.charCodeAt(3)));
  }
  lexicon = { stems, shortHeads, heads };
  return lexicon;
}

/** 0–63 for the letters U+0620–U+065F, 0 for anything else (a filter may collide). */
function letterIndex(c: number): number {
  const i = c - 0x0620;
  return i >= 0 && i < 64 ? i : 0;
}

/** The first three letters from `at` as an 18-bit number. */
function headOf(word: string, at: number): number {
  return (
    (letterIndex(word.charCodeAt(at)) << 12) |
    (letterIndex(word.charCodeAt(at + 1)) << 6) |
    letterIndex(word.charCodeAt(at + 2))
  );
}

/** A 16-bit hash of three letters (as a head) and a fourth. */
function hashFour(head: number, fourth: number): number {
  const x = (head << 6) | letterIndex(fourth);
  return (x ^ (x >>> 16)) & 0xffff;
}

function setBit(bits: Uint8Array, i: number): void {
  bits[i >>> 3]! |= 1 << (i & 7);
}

function hasBit(bits: Uint8Array, i: number): boolean {
  return (bits[i >>> 3]! & (1 << (i & 7))) !== 0;
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
  const head = headOf(word, at);
  if (!hasBit(shortHeads, head) && (length < 4 || !hasBit(heads, hashFour(head, word.charCodeAt(at + 3))))) {
    return false;
  }
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
