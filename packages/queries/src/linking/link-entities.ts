import { type PreparedText, prepareText } from "@csto/arabic-text";
import type { EntityCollections } from "../entities/entity-collections.js";
import { boundedEditDistance } from "../search/edit-distance.js";
import { ambiguousNameRules, type ContextRule } from "./ambiguous-names.js";
import { type CliticReading, cliticReadings } from "./clitics.js";
import {
  afterNamesakeRole,
  afterNamingWord,
  afterSettlementWord,
  afterTitle,
  contextDecision,
  documentSaysOther,
  kinshipBefore,
  nearKinship,
  openingQuoteBefore,
  pluralNounBefore,
  quotedThingName,
  wordIs,
} from "./context-gates.js";
import {
  buildGazetteer,
  fuzzyFirstWordLength,
  type Gazetteer,
  type GazetteerEntry,
  type Keyword,
  type TrieNode,
} from "./gazetteer.js";
import { glossFollows, glossWords } from "./gloss.js";
import type { LookAlikeKind } from "./look-alikes.js";
import { skeletonOf, wordKey, wordKeys } from "./name-key.js";
import { matchPhrase, type PhraseEntry, phraseEntries } from "./phrase-index.js";
import { clubBefore, streetBefore, usNamesakeTowns, usTownAfter, usTownBeside } from "./place-cues.js";
import { type ScannedWord, scanWords, unitIndexOfKeyOffset } from "./scan-words.js";
import type { EntityMention } from "./types.js";

interface Match {
  entry: GazetteerEntry;
  reading: CliticReading;
  /** Index of the last word of the match. */
  last: number;
  /** Key of the last word as the gazetteer spells it (for surname coreference). */
  lastKey: string;
  /** Largest typo distance tolerated on the way (0 when every word matched a variant). */
  typos: number;
  /** Where the mention ends in the input when the name is glued to the next word (بورديوجاأن). */
  sourceEnd?: number;
}

/**
 * Links every mention of a dataset entity in `text` (ENTITIES.md): a string up to
 * `MAX_INPUT_LENGTH` units (never throws on it) or a document from `prepareText`, whose
 * normalized text and token places are reused. A non-string throws `CstoError`
 * `INVALID_INPUT`, a longer string `INPUT_TOO_LARGE`.
 */
export type LinkEntities = (text: string | PreparedText) => EntityMention[];

/** A linker over `dataset`; its gazetteer is built on the first call. */
export function createLinker(dataset: EntityCollections): LinkEntities {
  const linkDocument = createDocumentLinker(dataset);
  return (text) => linkDocument(text).mentions;
}

/** Typo budget inside names: stricter than search, the text is running prose. */
function linkTypoBudget(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}

/** Typo budget of a later word of a multi-word name, once its first word matched exactly. */
function innerTypoBudget(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

type Step = [node: TrieNode, key: string, typos: number];

/** The child of `node` a text word leads to: exactly, or (fuzzy) within the typo budget. */
function step(node: TrieNode, key: string, skeleton: boolean, fuzzy: boolean): Step | undefined {
  const edge = skeleton ? skeletonOf(key) : key;
  const child = node.next.get(edge);
  if (child !== undefined) {
    if (!skeleton) return [child, key, 0];
    // A skeleton only proposes; the spelling must still be close to a real variant
    // (رئيسا and روسيا share a skeleton, not a spelling).
    for (const original of child.originals ?? []) {
      const budget = linkTypoBudget(Math.max(original.length, key.length));
      const distance = boundedEditDistance(key, original, budget);
      // Short words: only added or dropped long vowels; a changed vowel is another word (بوتان ≠ بوتين).
      // Long words may also move a vowel (الكريملن / الكرملين).
      const indel = distance === Math.abs(key.length - original.length);
      if (distance <= budget && (indel || Math.min(key.length, original.length) >= 8)) {
        return [child, original, distance];
      }
    }
    return undefined;
  }
  if (!fuzzy || skeleton) return undefined;
  const budget = innerTypoBudget(key.length);
  if (budget === 0) return undefined;
  for (const [other, next] of node.next) {
    if (other.length < 4) continue;
    const distance = boundedEditDistance(key, other, budget);
    if (distance <= budget) return [next, other, distance];
  }
  return undefined;
}

/** Where the first word of a text position can enter the tries. */
interface FirstStep {
  reading: CliticReading;
  node: TrieNode;
  key: string;
  typos: number;
}

/** Everything the linker needs to know about one distinct word, computed once and cached. */
interface WordSteps {
  exact: FirstStep[];
  skeleton: FirstStep[];
  typo: FirstStep[];
  /** Where the word starts a look-alike (negative gazetteer), if it does. */
  lookAlikes?: PhraseEntry<LookAlikeKind>[];
  /** Where the word starts a caller's keyword, if it does. */
  keywords?: PhraseEntry<Keyword>[];
  /** Key units of a whole name the word starts with, glued to a next word (بورديوجاأن). */
  glued?: number;
}

const noSteps: WordSteps = { exact: [], skeleton: [], typo: [] };
// Distinct words are few next to running text (Zipf): the entry points of each word are
// computed once and reused, which keeps the skeleton and typo look-ups off the hot path.
const maxCachedWords = 100_000;

function firstSteps(gazetteer: Gazetteer, key: string): WordSteps {
  const cached = gazetteer.wordCache.get(key) as WordSteps | undefined;
  if (cached !== undefined) return cached;
  const readings = cliticReadings(key);
  const steps: WordSteps = { exact: [], skeleton: [], typo: [] };
  for (const reading of readings) {
    const exact = gazetteer.exact.next.get(reading.base);
    if (exact) steps.exact.push({ reading, node: exact, key: reading.base, typos: 0 });
    // Spelling variants with doubled or dropped long vowels: only words of 5+ letters.
    if (reading.base.length >= 5) {
      const skeleton = step(gazetteer.skeleton, reading.base, true, false);
      if (skeleton && cliticTolerated(reading, skeleton[1])) {
        steps.skeleton.push({ reading, node: skeleton[0], key: skeleton[1], typos: skeleton[2] });
      }
    }
    // One typo in a long first word (كيرغيزستان، لوكاشنكو).
    for (const neighbour of typoNeighbours(gazetteer, reading.base)) {
      const node = gazetteer.exact.next.get(neighbour);
      if (node && cliticTolerated(reading, neighbour)) steps.typo.push({ reading, node, key: neighbour, typos: 1 });
    }
  }
  // One cache entry per word for names, look-alikes and keywords: one lookup per word.
  const lookAlikes = phraseEntries(gazetteer.lookAlikes, key);
  if (lookAlikes) steps.lookAlikes = lookAlikes;
  const keywords = phraseEntries(gazetteer.keywords, key);
  if (keywords) steps.keywords = keywords;
  const none = steps.exact.length + steps.skeleton.length + steps.typo.length === 0;
  // "بورديوجاأن": a whole name of 5+ letters, then a word whose first letter the key folds to ا
  // (a hamza seat, checked in the original text by the linker): the space between was lost.
  for (let p = key.length - 2; none && p >= 5 && steps.glued === undefined; p--) {
    if (key[p] === ALEF && gazetteer.exact.next.get(key.slice(0, p))?.entry) steps.glued = p;
  }
  const empty = none && !lookAlikes && !keywords && steps.glued === undefined;
  const result = empty ? noSteps : steps;
  if (gazetteer.wordCache.size >= maxCachedWords) gazetteer.wordCache.clear();
  gazetteer.wordCache.set(key, result);
  return result;
}

/**
 * Whether a fuzzy match of a proclitic reading is a spelling variant of the word and not an
 * artefact of reading a letter off: the word's first letter and its last but one must be the
 * name's (للكريملين → الكرملين and وبلاروسيا → بيلاروسيا are vowel slips inside the word;
 * كالينينغراد → الينينغراد ≈ لينينغراد exists only because ك was read off, which shifts the start).
 */
function cliticTolerated(reading: CliticReading, name: string): boolean {
  if (reading.stripped === 0) return true;
  const base = reading.base;
  // لل + a word with the article (للكريملن → الكريملن): the contraction restores ال, nothing
  // of the word is read off.
  if (reading.stripped === 1 && base.startsWith("ال") && base.length >= 6) return true;
  // The last letter may be a final vowel's other spelling (بدوشانبه → دوشانبي); the first may
  // be the other spelling of the same sound (وقازاخستان → كازاخستان, وجروزني/غروزني).
  return base.length >= 6 && sameSound(base[0], name[0]) && base.at(-2) === name.at(-2);
}

// Letters that transliterations of one foreign sound alternate between: ق/ك (k), غ/ج (g).
const soundPairs = new Set(["قك", "كق", "غج", "جغ"]);

function sameSound(a: string | undefined, b: string | undefined): boolean {
  return a === b || soundPairs.has(`${a}${b}`);
}

function walk(gazetteer: Gazetteer, words: readonly ScannedWord[], i: number, first: FirstStep, skeleton: boolean) {
  let { node, key: lastKey, typos } = first;
  const reading = first.reading;
  let found: Match | undefined = node.entry ? { entry: node.entry, last: i, lastKey, reading, typos } : undefined;
  const limit = Math.min(words.length, i + gazetteer.maxWords + 1);
  for (let j = i + 1; j < limit; j++) {
    const word = words[j]!;
    if (!word.softGap) break;
    // A patronymic between the first name and the surname (ألكسندر غريغوريفيتش لوكاشينكو,
    // إمام علي شاريبوفيتش رحمون) is skipped when the name goes on after it.
    if (j > i && isPatronymic(word.key) && j + 1 < words.length && words[j + 1]!.softGap && !node.next.has(word.key)) {
      const after = step(node, words[j + 1]!.key, skeleton, true);
      if (after !== undefined && after[0].entry?.kind === "person") continue;
    }
    // Past the first word of a multi-word name, a typo in a later word is tolerated
    // (إمام علي رخمون، روبرت كوشاريان).
    const next = step(node, word.key, skeleton, true);
    if (next === undefined) break;
    [node, lastKey] = next;
    typos = Math.max(typos, next[2]);
    // Two typos only in a person's name (سيرج سارغسيان); "الاتحاد الأوروبي" is not the EAEU.
    if (node.entry && (typos < 2 || node.entry.kind === "person")) {
      found = { entry: node.entry, last: j, lastKey, reading, typos };
    }
  }
  return found;
}

const maxFuzzyWordLength = 24;

/** Name first words within one edit of `key` (7+ letters), through the deletion index. */
function typoNeighbours(gazetteer: Gazetteer, key: string): string[] {
  // Names are short: a long run of letters (a pasted blob) never carries a name typo, and the
  // cap keeps the deletion look-ups linear.
  if (key.length < fuzzyFirstWordLength - 1 || key.length > maxFuzzyWordLength) return [];
  const found = new Set<string>();
  const consider = (candidates: readonly string[] | undefined) => {
    for (const candidate of candidates ?? []) {
      if (candidate !== key && boundedEditDistance(key, candidate, 1) <= 1) found.add(candidate);
    }
  };
  consider(gazetteer.deletions.get(key));
  for (let k = 0; k < key.length; k++) consider(gazetteer.deletions.get(key.slice(0, k) + key.slice(k + 1)));
  return [...found];
}

/** A lone surname right after a given name that is not this leader's: another person. */
function afterOtherGivenName(gazetteer: Gazetteer, words: readonly ScannedWord[], i: number, id: string): boolean {
  const word = words[i]!;
  const previous = words[i - 1];
  if (previous === undefined || !word.softGap) return false;
  // Through its proclitics: "لآرام خاتشاتوريان" is Aram's, like "آرام خاتشاتوريان".
  let carriers: Set<string> | undefined;
  for (const reading of cliticReadings(previous.key)) carriers ??= gazetteer.givenNames.get(reading.base);
  return carriers !== undefined && !carriers.has(id);
}

/**
 * The name a word starts with when the next word, glued to it, begins with a hamza seat in the
 * original text (بورديوجاأن، يريفانأمس): no word has أ، إ or آ right after a whole name.
 */
function gluedMatch(
  gazetteer: Gazetteer,
  document: PreparedText,
  words: readonly ScannedWord[],
  i: number,
  length: number | undefined,
): Match | undefined {
  if (length === undefined) return undefined;
  const sourceEnd = document.originalIndex(words[i]!.start + length);
  const c = document.text.charCodeAt(sourceEnd);
  if (c !== 0x622 && c !== 0x623 && c !== 0x625) return undefined;
  const base = words[i]!.key.slice(0, length);
  const entry = gazetteer.exact.next.get(base)!.entry!;
  return { entry, last: i, lastKey: base, reading: { base, skip: 0, stripped: 0 }, typos: 0, sourceEnd };
}

/** Whether `word` begins with أ or إ in the original text (folding writes both as ا). */
function writtenWithHamza(document: PreparedText, word: ScannedWord): boolean {
  const first = document.text.charCodeAt(document.originalIndex(word.start));
  return first === 0x0623 || first === 0x0625;
}

const ALEF = "\u0627";

/** A Russian feminine surname (…ova, …eva, …ina) read as the masculine one by a typo match. */
function isFeminineForm(textKey: string, nameKey: string): boolean {
  return textKey.endsWith(ALEF) && !nameKey.endsWith(ALEF);
}

// Russian patronymics (…ovich / …evich / …ovna) and Turkic ones (… oglu).
const patronymicEndings = ["فيتش", "فيش", "فنا", "اوغلو", "اوغلي", "اوجلي"];

function isPatronymic(key: string): boolean {
  return key.length >= 6 && patronymicEndings.some((ending) => key.endsWith(ending));
}

function better(candidate: Match, best: Match | undefined): boolean {
  if (best === undefined) return true;
  if (candidate.last !== best.last) return candidate.last > best.last;
  return candidate.reading.stripped < best.reading.stripped;
}

function findMatch(
  gazetteer: Gazetteer,
  steps: WordSteps,
  words: readonly ScannedWord[],
  i: number,
): Match | undefined {
  if (steps === noSteps) return undefined;
  let best: Match | undefined;
  for (const [phase, skeleton] of [
    [steps.exact, false],
    [steps.skeleton, true],
    [steps.typo, false],
  ] as const) {
    for (const first of phase) {
      const match = walk(gazetteer, words, i, first, skeleton);
      if (match && better(match, best)) best = match;
    }
    if (best) return best;
  }
  return undefined;
}

/** A span of the input read as a look-alike (negative gazetteer entry). */
export interface LookAlikeSpan {
  kind: LookAlikeKind;
  start: number;
  end: number;
}

/** The mentions of one text, the look-alike spans the linker stepped over, and what it read. */
export interface LinkedDocument {
  mentions: EntityMention[];
  lookAlikes: LookAlikeSpan[];
  /** The text in the `search` profile, as the linker read it (the prepared document's). */
  normalized: string;
  /** The prepared document read (`originalIndex` maps a normalized index back to the input). */
  document: PreparedText;
  /** The words of the normalized text with their gazetteer keys. */
  words: readonly ScannedWord[];
  /** The caller's keywords where they occur, in text order (offsets in `normalized`). */
  keywords: KeywordHit[];
}

/** The sense a document has settled for an ambiguous word: the entity, or something else. */
type Sense = "entity" | "other";

/** Links a whole document (mentions and look-alike spans). Same input rule as `LinkEntities`. */
export type LinkDocument = (text: string | PreparedText) => LinkedDocument;

/** A keyword found in a text: which one, and where it sits in the normalized text. */
export interface KeywordHit {
  keyword: Keyword;
  start: number;
  end: number;
  /** Index in `words` of its first word. */
  first: number;
  /** Index in `words` of its last word. */
  last: number;
}

/** What a document linker reports besides entities. */
export interface DocumentLinkerOptions {
  /** Words and phrases to report where they occur (whole words, proclitics allowed); never linked. */
  keywords?: readonly Keyword[];
}

/** A document linker over `dataset`; its gazetteer is built on the first call. */
export function createDocumentLinker(dataset: EntityCollections, options: DocumentLinkerOptions = {}): LinkDocument {
  let gazetteer: Gazetteer | undefined;
  return (text) => {
    // Checks the input first (coded errors for a non-string, a foreign document, a huge text).
    const document = prepareText(text);
    gazetteer ??= buildGazetteer(dataset, options.keywords);
    return linkWithGazetteer(gazetteer, document);
  };
}

/** Where in the input a span starting at word `i`, `skip` proclitic units in, begins. */
function spanStart(document: PreparedText, words: readonly ScannedWord[], i: number, skip: number): number {
  return document.originalIndex(unitIndexOfKeyOffset(document.normalized, words[i]!.start, skip));
}

function linkWithGazetteer(gazetteer: Gazetteer, document: PreparedText): LinkedDocument {
  const text = document.text;
  const { normalized, words } = scanWords(document);
  const rules = ambiguousNameRules();
  const mentions: EntityMention[] = [];
  const lookAlikes: LookAlikeSpan[] = [];
  const keywords: KeywordHit[] = [];
  // Surname → person of the latest full name ending with it: "حيدر علييف … علييف" stays Heydar;
  // `undefined` when the surname was first read as someone else's (a relative, a namesake).
  const surnames = new Map<string, GazetteerEntry | undefined>();
  // One sense per document for ambiguous words (ولاية جورجيا الأمريكية … جورجيا).
  const senses = new Map<string, Sense>();
  // Mentions of ambiguous words linked only because nothing had decided their sense yet: a
  // later context that settles the other sense takes them back (a headline's bare جورجيا
  // before the body's ولاية جورجيا).
  let undecided: Map<string, EntityMention[]> | undefined;
  // Dataset cities the document has shown to be US towns of the same name (Moscow, Idaho).
  const usTowns = new Set<string>();
  // Cities a weaker cue reads as US towns (تامبا وسانت بطرسبرغ), unless the text names their country.
  let usTownCues: Set<string> | undefined;
  // Ambiguous state names with a document sense, by rule key → the state's id; and the
  // adjective mentions (a settled other sense of جورجيا takes back جورجي in the same text).
  let ruleIds: Map<string, string> | undefined;
  const adjectives = new Set<EntityMention>();
  // States whose name the document has given to a town (مدينة أرمينيا الكولومبية).
  let townStates: Set<string> | undefined;
  // Dataset cities the document has used as a club's name (تعادل أستانا الكازاخي …).
  let clubCities: Set<string> | undefined;
  // Name words the document has given to a person look-alike (باكو ألكاسير).
  const settledOther = new Set<string>();
  // Entities whose name the document gives to a thing in quotes (طبق «بوتين»), and the
  // mentions written in quotes, so that the thing's other quoted uses can be taken back.
  let titles: Set<string> | undefined;
  const quoted = new Set<EntityMention>();
  // Lone surnames linked only because nothing had settled them yet, by surname key: a
  // namesake settled later, with no leader named in full, takes them back (a headline's
  // bare خاتشاتوريان before the body's آرام خاتشاتوريان).
  let bareSurnames: Map<string, EntityMention[]> | undefined;
  let bareSurnameKey: string | undefined;
  // Mentions followed by a gloss ("الناتو، أي فول الصويا المخمر"), with where the gloss ends.
  let glossed: Gloss[] | undefined;
  let i = 0;
  while (i < words.length) {
    const steps = firstSteps(gazetteer, words[i]!.key);
    if (steps === noSteps) {
      i++;
      continue;
    }
    if (steps.keywords) {
      const keyword = matchPhrase(steps.keywords, words, i);
      if (keyword)
        keywords.push({
          keyword: keyword.tag,
          start: words[i]!.start,
          end: words[keyword.last]!.end,
          first: i,
          last: keyword.last,
        });
    }
    const match = findMatch(gazetteer, steps, words, i) ?? gluedMatch(gazetteer, document, words, i, steps.glued);
    const lookAlike = steps.lookAlikes && matchPhrase(steps.lookAlikes, words, i);
    // A look-alike wins over any fuzzy reading and over a shorter exact name inside it.
    if (lookAlike && (match === undefined || match.typos > 0 || match.last <= lookAlike.last)) {
      // A person whose name starts with a dataset name (باكو ألكاسير، جورجيا ميلوني): its later
      // bare uses in the document are that person too.
      if (lookAlike.tag === "person" && match !== undefined) settledOther.add(words[i]!.key);
      // A look-alike that starts with an ambiguous name (جزيرة جورجيا الجنوبية) settles the
      // other sense of that name for the whole document (a headline's "قبالة جورجيا" too).
      for (let k = i; k <= lookAlike.last; k++) if (rules.has(words[k]!.key)) senses.set(words[k]!.key, "other");
      lookAlikes.push({
        kind: lookAlike.tag,
        start: spanStart(document, words, i, lookAlike.skip),
        end: words[lookAlike.last]!.sourceEnd,
      });
      i = lookAlike.last + 1;
      continue;
    }
    if (match === undefined) {
      i++;
      continue;
    }
    let entry = match.entry;
    if (entry.bare && (match.reading.stripped > 0 || !pluralNounBefore(normalized, words, i))) {
      // روس alone is mostly a name (دينيس روس) or a company's first word (روس أتوم).
      i++;
      continue;
    }
    if (quotedThingName(normalized, words, i)) {
      // طبق «بوتين»، السفينة «أرمينيا»، فيلم «موسكو لا تؤمن بالدموع»: the thing's name; the same
      // name quoted elsewhere in the document (a headline's «بوتين») is that thing too.
      titles ??= new Set();
      titles.add(entry.id);
      i = match.last + 1;
      continue;
    }
    if ((entry.kind === "city" || entry.kind === "state") && streetBefore(words, i)) {
      // "شارع أرمينيا", "ساحة موسكو": a street or square named after the place.
      i = match.last + 1;
      continue;
    }
    const town = entry.kind === "state" && !entry.adjective && afterSettlementWord(words, i);
    if (town) {
      townStates ??= new Set();
      townStates.add(entry.id);
    }
    if (afterNamingWord(words, i) || town || (townStates?.has(entry.id) && !entry.adjective)) {
      // "سيدة تدعى نور سلطان": someone's name; "مدينة أرمينيا" (Colombia): a town named after
      // the state, and so are the state's later bare uses in the document (its adjectives still
      // name the state).
      i = match.last + 1;
      continue;
    }
    if (match.last === i && settledOther.has(match.lastKey)) {
      // "باكو ألكاسير … باكو": a bare use of a name the document gave to someone else.
      i++;
      continue;
    }
    if (entry.kind === "city") {
      const club = clubBefore(words, i);
      const nisba = club === 0 && masculineNisbaAfter(gazetteer, words, i, match.last);
      if (club > 0 || nisba || clubCities?.has(entry.id)) {
        // "دينامو مينسك", "فريق أورارتو يريفان", "أستانا الكازاخي" (a city would take the
        // feminine): the club, recorded like a listed team; its later bare uses in the
        // document are the club too, unless a place word comes before them (في أستانا).
        if (club > 0 || nisba || !placeWordBefore(words, i, match.reading)) {
          if (club > 0 || nisba) {
            clubCities ??= new Set();
            clubCities.add(entry.id);
          }
          const start = spanStart(document, words, i - club, 0);
          lookAlikes.push({ kind: "team", start, end: words[match.last]!.sourceEnd });
          i = match.last + 1;
          continue;
        }
      }
      // "موسكو، أيداهو": a US town; its later bare uses in the document are that town too.
      if (usTowns.has(entry.id) || usTownAfter(words, match.last)) {
        usTowns.add(entry.id);
        i = match.last + 1;
        continue;
      }
      if (usTownBeside(words, i, match.last, entry.id)) {
        usTownCues ??= new Set();
        usTownCues.add(entry.id);
      }
    }
    if (match.typos > 0 && entry.kind === "person" && isFeminineForm(words[match.last]!.key, match.lastKey)) {
      // ميدفيديفا، نزارباييفا: a woman of the family, not the leader.
      i++;
      continue;
    }
    let undecidedKey: string | undefined;
    if (match.last === i) {
      const ruleKey = rules.has(match.reading.base) ? match.reading.base : match.lastKey;
      const rule = rules.get(ruleKey);
      if (rule) {
        if (!entry.adjective && rule.documentEntity !== undefined) {
          ruleIds ??= new Map();
          ruleIds.set(ruleKey, entry.id);
        }
        const sense = senseAt(rule, ruleKey, senses, words, i);
        if (sense === noLink) {
          i++;
          continue;
        }
        if (sense === linkUndecided) undecidedKey = ruleKey;
      }
      if (entry.kind === "person") {
        const known = surnames.get(match.lastKey);
        const titled = afterTitle(words, i);
        // "ورحمون وجاباروف" is a list: a surname after و is no full name's.
        const namesake =
          (match.reading.stripped === 0 && afterOtherGivenName(gazetteer, words, i, entry.id)) ||
          afterNamesakeRole(words, i, (k) => writtenWithHamza(document, words[k]!));
        if (!titled && (namesake || nearKinship(words, i))) {
          // A relative or a namesake by their own name (ماكسيم باكييف، ابنه رستم …): later
          // bare uses of the surname follow them until the leader's full name comes up. After
          // a kinship word ("نجل نزارباييف") the surname is the parent's, so it settles nothing.
          if ((namesake || !kinshipBefore(words, i)) && !surnames.has(match.lastKey)) {
            surnames.set(match.lastKey, undefined);
          }
          i++;
          continue;
        }
        if (known === undefined && surnames.has(match.lastKey) && !titled) {
          i++;
          continue;
        }
        if (known === undefined && !titled) bareSurnameKey = match.lastKey;
        entry = known ?? entry;
      }
    } else if (entry.kind === "person") {
      // Not after a conjunction or another mention: "… وإمام علي رحمون وإسلام كريموف" is a list.
      const listed = match.reading.stripped > 0 || mentions.at(-1)?.end === words[i - 1]?.sourceEnd;
      if (!listed && afterOtherGivenName(gazetteer, words, i, entry.id)) {
        // "داريغا نور سلطان نزارباييف": a child named with the leader's full name after
        // their own (a Central Asian patronymic style); the bare surname later is theirs too.
        if (!surnames.has(match.lastKey)) surnames.set(match.lastKey, undefined);
        i = match.last + 1;
        continue;
      }
      surnames.set(match.lastKey, entry);
    }
    const start = spanStart(document, words, i, match.reading.skip);
    // A span ends where its last word's token ends (harakat, tatweel, Quranic marks inside).
    const end = match.sourceEnd ?? words[match.last]!.sourceEnd;
    const mention: EntityMention = { id: entry.id, text: text.slice(start, end), start, end, kind: entry.kind };
    mentions.push(mention);
    if (entry.adjective) adjectives.add(mention);
    if (openingQuoteBefore(normalized, words[i]!.start)) quoted.add(mention);
    if (bareSurnameKey !== undefined) {
      bareSurnames = addTo(bareSurnames, bareSurnameKey, mention);
      bareSurnameKey = undefined;
    }
    if (undecidedKey !== undefined) undecided = addTo(undecided, undecidedKey, mention);
    if (glossFollows(normalized, words, match.last)) {
      const windowEnd = words[Math.min(words.length - 1, match.last + glossWords + 1)]!.sourceEnd;
      glossed ??= [];
      glossed.push({ mention, windowEnd });
    }
    i = match.last + 1;
  }
  const dropped = takenBack(
    { undecided, senses, titles, quoted, bareSurnames, surnames, usTowns, usTownCues, glossed, ruleIds, adjectives },
    mentions,
    words,
    gazetteer,
  );
  const kept = dropped.size === 0 ? mentions : mentions.filter((mention) => !dropped.has(mention));
  return { mentions: kept, lookAlikes, keywords, normalized, document, words };
}

let masculinePlaceHeads: Set<string> | undefined;

/**
 * Whether a masculine definite nisba of a state (الكازاخي، الروسي) follows the city ending at
 * word `last`, and agrees with the city rather than with a masculine place noun before it
 * ("منتجع تشولبون آتا القرغيزي" is the resort; "تعادل أستانا الكازاخي" is the club).
 */
function masculineNisbaAfter(
  gazetteer: Gazetteer,
  words: readonly ScannedWord[],
  first: number,
  last: number,
): boolean {
  masculinePlaceHeads ??= wordKeys([
    "منتجع",
    "ميناء",
    "مطار",
    "إقليم",
    "شاطئ",
    "مجمع",
    "مركز",
    "قصر",
    "فندق",
    "ملعب",
    "حي",
    "سوق",
    "مصنع",
  ]);
  // Read through proclitics (بمنتجع، ولمطار) by the one proclitic reader.
  if (wordIs(words[first - 1], masculinePlaceHeads)) return false;
  const next = words[last + 1];
  if (next === undefined || !next.softGap || !next.key.startsWith("ال") || !next.key.endsWith("ي")) return false;
  const entry = gazetteer.exact.next.get(next.key)?.entry;
  return entry?.adjective === true && entry.kind === "state";
}

let placeWords: Set<string> | undefined;

/**
 * Whether word `i` is read as a place: a word that introduces one stands before it (في، إلى،
 * العاصمة، مدينة …) or it carries ب/ل (بأستانا، لموسكو).
 */
function placeWordBefore(words: readonly ScannedWord[], i: number, reading: CliticReading): boolean {
  if (reading.stripped > 0 && /^و?[بل]/.test(words[i]!.key)) return true;
  placeWords ??= wordKeys(["في", "إلى", "الى", "من", "بين", "العاصمة", "عاصمة", "مدينة", "بمدينة", "لمدينة", "وفي"]);
  const previous = words[i - 1];
  return previous !== undefined && placeWords.has(previous.key);
}

/**
 * "ولاية جورجيا الأمريكية … ثلاثة ملايين جورجي": when the text settles an ambiguous state name
 * as the other sense and names none of the state's own places or people (its adjectives aside),
 * the state's adjectives in it are the other sense's too.
 */
function otherSenseAdjectives(
  gazetteer: Gazetteer,
  ruleIds: ReadonlyMap<string, string>,
  senses: ReadonlyMap<string, Sense>,
  adjectives: ReadonlySet<EntityMention>,
  words: readonly ScannedWord[],
  dropped: Set<EntityMention>,
): void {
  if (adjectives.size === 0) return;
  const rules = ambiguousNameRules();
  for (const [key, id] of ruleIds) {
    if (senses.get(key) !== "other") continue;
    const cues = (rules.get(key)?.documentEntity ?? []).filter(
      (word) => gazetteer.exact.next.get(wordKey(word))?.entry?.adjective !== true,
    );
    if (words.some((word) => wordIs(word, cues))) continue;
    for (const mention of adjectives) if (mention.id === id) dropped.add(mention);
  }
}

/** Appends `mention` to the list of `key`, making the map on first use. */
function addTo(
  map: Map<string, EntityMention[]> | undefined,
  key: string,
  mention: EntityMention,
): Map<string, EntityMention[]> {
  const lists = map ?? new Map<string, EntityMention[]>();
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [mention]);
  else list.push(mention);
  return lists;
}

/** What a document settled about its words by the end of the scan, that takes back links made earlier. */
interface DocumentSettlement {
  /** Mentions of ambiguous words linked before their sense was decided, by word key. */
  undecided: ReadonlyMap<string, EntityMention[]> | undefined;
  senses: ReadonlyMap<string, Sense>;
  /** Entities whose name the document gave to a thing in quotes, and the quoted mentions. */
  titles: ReadonlySet<string> | undefined;
  quoted: ReadonlySet<EntityMention>;
  /** Lone surnames linked before anything settled them, by surname key. */
  bareSurnames: ReadonlyMap<string, EntityMention[]> | undefined;
  surnames: ReadonlyMap<string, GazetteerEntry | undefined>;
  /** Dataset cities the document showed to be US towns of that name. */
  usTowns: ReadonlySet<string>;
  /** Dataset cities a weaker cue read as US towns, kept when the text names their country. */
  usTownCues: ReadonlySet<string> | undefined;
  glossed: readonly Gloss[] | undefined;
  /** Ambiguous state names with a document sense, by rule key → the state's id. */
  ruleIds: ReadonlyMap<string, string> | undefined;
  /** The mentions made from a state's adjective. */
  adjectives: ReadonlySet<EntityMention>;
}

/** A mention followed by "، أي …", and the offset where the gloss's words end. */
interface Gloss {
  mention: EntityMention;
  windowEnd: number;
}

/** Whether a mention's text is written in Latin letters (CIS, NATO, CSTO). */
function latinMention(mention: EntityMention): boolean {
  const c = mention.text.charCodeAt(0) | 0x20;
  return c >= 0x61 && c <= 0x7a;
}

/**
 * The mentions the rest of the document takes back: an ambiguous word whose sense it settled as
 * "other" (a headline's جورجيا before ولاية جورجيا), a name it gave to a thing in quotes
 * (طبق «بوتين» … «بوتين»), a bare surname it gave to a namesake without naming the leader in full
 * or also wrote with the article (البوتين), a city it showed to be a US town, a name it explained
 * as a common word ("، أي …"), a Latin abbreviation with no Arabic name of the same entity, the
 * adjectives of a state whose name the document settled as the other sense.
 */
function takenBack(
  settled: DocumentSettlement,
  mentions: readonly EntityMention[],
  words: readonly ScannedWord[],
  gazetteer: Gazetteer,
): Set<EntityMention> {
  const dropped = new Set<EntityMention>();
  const { undecided, senses, titles, bareSurnames, surnames, usTowns } = settled;
  if (undecided !== undefined) {
    for (const [key, list] of undecided) if (senses.get(key) === "other") for (const m of list) dropped.add(m);
  }
  if (titles !== undefined) for (const m of settled.quoted) if (titles.has(m.id)) dropped.add(m);
  if (bareSurnames !== undefined) {
    let definite: Set<string> | undefined;
    for (const [key, list] of bareSurnames) {
      if (surnames.has(key) && surnames.get(key) === undefined) for (const m of list) dropped.add(m);
      // A surname never takes the article: "البوتين" in the same text makes بوتين a common
      // noun there (the Canadian dish), so its bare uses are not the leader.
      definite ??= definiteWords(words);
      if (definite.has(key)) for (const m of list) dropped.add(m);
    }
  }
  // A US town settled anywhere (a headline may name it before the body says ولاية فلوريدا) is
  // that town in the whole document.
  if (usTowns.size > 0) for (const m of mentions) if (usTowns.has(m.id)) dropped.add(m);
  const namesakes = usNamesakeTowns(settled.usTownCues, mentions, words, (id) => gazetteer.cityStates.get(id));
  if (namesakes.size > 0) for (const m of mentions) if (namesakes.has(m.id)) dropped.add(m);
  // A name the writer explains with "، أي" and words that name no entity (الناتو، أي فول الصويا
  // المخمر) is a common word of that spelling, here and elsewhere in the document; a gloss that
  // names an entity (الناتو، أي حلف شمال الأطلسي) keeps it.
  if (settled.glossed !== undefined) {
    for (const { mention, windowEnd } of settled.glossed) {
      if (mentions.some((m) => m.start >= mention.end && m.start < windowEnd)) continue;
      // The gloss explains that word: the state's adjectives elsewhere still name the state.
      const adjective = settled.adjectives.has(mention);
      for (const m of mentions) if (m.id === mention.id && settled.adjectives.has(m) === adjective) dropped.add(m);
    }
  }
  // An abbreviation in Latin letters (CIS, NATO) in Arabic text is a gloss of the Arabic name
  // beside it; alone it is another thing's acronym (معايير CIS: a security benchmark).
  let arabicIds: Set<string> | undefined;
  for (const m of mentions) {
    if (!latinMention(m)) continue;
    arabicIds ??= new Set(mentions.filter((other) => !latinMention(other)).map((other) => other.id));
    if (!arabicIds.has(m.id)) dropped.add(m);
  }
  if (settled.ruleIds !== undefined)
    otherSenseAdjectives(gazetteer, settled.ruleIds, senses, settled.adjectives, words, dropped);
  return dropped;
}

// What the sense of a lone ambiguous word allows: no link, a link its context or the document
// decided, or a link only because nothing has decided yet.
const noLink = 0;
const linkDecided = 1;
const linkUndecided = 2;

/**
 * Whether a lone ambiguous word may link, reading its local context first and the sense the
 * document has settled second: a context that decides (ولاية جورجيا، الرئيس رحمن) settles
 * the sense for the bare uses that follow; a word of the other sense anywhere in the document
 * (أتلانتا) settles it from the start.
 */
function senseAt(
  rule: ContextRule,
  key: string,
  senses: Map<string, Sense>,
  words: readonly ScannedWord[],
  i: number,
): number {
  const gated = rule.requirePrevious !== undefined;
  // A word that never links alone (صدر، علي) has no document sense.
  if (gated && rule.requirePrevious!.length === 0 && !rule.allowNear) return noLink;
  const local = contextDecision(rule, words, i);
  if (local === "blocked") {
    senses.set(key, "other");
    return noLink;
  }
  if (local === "blocked-near") return noLink;
  if (local === "allowed") {
    senses.set(key, "entity");
    return linkDecided;
  }
  // No deciding context here: the document's sense, else the rule's default.
  let sense = senses.get(key);
  if (sense === undefined && documentSaysOther(rule, words)) {
    sense = "other";
    senses.set(key, sense);
  }
  if (sense !== undefined) return sense === "entity" ? linkDecided : noLink;
  return gated ? noLink : linkUndecided;
}

/** The words of a text written with the article, without it (البوتين → بوتين). */
function definiteWords(words: readonly ScannedWord[]): Set<string> {
  const found = new Set<string>();
  for (const word of words) if (word.key.startsWith("ال") && word.key.length > 4) found.add(word.key.slice(2));
  return found;
}
