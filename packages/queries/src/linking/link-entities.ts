import type { Dataset } from "@csto/model";
import { boundedEditDistance } from "../search/edit-distance.js";
import { ambiguousNameRules } from "./ambiguous-names.js";
import { type CliticReading, cliticReadings } from "./clitics.js";
import { contextAllows, nearKinship } from "./context-gates.js";
import {
  buildGazetteer,
  fuzzyFirstWordLength,
  type Gazetteer,
  type GazetteerEntry,
  type TrieNode,
} from "./gazetteer.js";
import { skeletonOf } from "./name-key.js";
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
}

/** Links every mention of a dataset entity in `text` (ENTITIES.md). Never throws on a string. */
export type LinkEntities = (text: string) => EntityMention[];

/** A linker over `dataset`; its gazetteer is built on the first call. */
export function createLinker(dataset: Dataset): LinkEntities {
  let gazetteer: Gazetteer | undefined;
  return (text) => {
    gazetteer ??= buildGazetteer(dataset);
    return linkWithGazetteer(gazetteer, typeof text === "string" ? text : "");
  };
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

interface WordSteps {
  exact: FirstStep[];
  skeleton: FirstStep[];
  typo: FirstStep[];
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
      if (skeleton) steps.skeleton.push({ reading, node: skeleton[0], key: skeleton[1], typos: skeleton[2] });
    }
    // One typo in a long first word (كيرغيزستان، لوكاشنكو).
    for (const neighbour of typoNeighbours(gazetteer, reading.base)) {
      const node = gazetteer.exact.next.get(neighbour);
      if (node) steps.typo.push({ reading, node, key: neighbour, typos: 1 });
    }
  }
  const result = steps.exact.length + steps.skeleton.length + steps.typo.length === 0 ? noSteps : steps;
  if (gazetteer.wordCache.size >= maxCachedWords) gazetteer.wordCache.clear();
  gazetteer.wordCache.set(key, result);
  return result;
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
  const carriers = gazetteer.givenNames.get(previous.key);
  return carriers !== undefined && !carriers.has(id);
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

function findMatch(gazetteer: Gazetteer, words: readonly ScannedWord[], i: number): Match | undefined {
  const steps = firstSteps(gazetteer, words[i]!.key);
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

const marks = /[\u064B-\u065F\u0670\u06D6-\u06ED]/;

function linkWithGazetteer(gazetteer: Gazetteer, text: string): EntityMention[] {
  const { normalized, map, words } = scanWords(text);
  const rules = ambiguousNameRules();
  const mentions: EntityMention[] = [];
  // Surname → person of the latest full name ending with it: "حيدر علييف … علييف" stays Heydar.
  const surnames = new Map<string, GazetteerEntry>();
  let i = 0;
  while (i < words.length) {
    const match = findMatch(gazetteer, words, i);
    if (match === undefined) {
      i++;
      continue;
    }
    let entry = match.entry;
    if (match.typos > 0 && entry.kind === "person" && isFeminineForm(words[match.last]!.key, match.lastKey)) {
      // ميدفيديفا، نزارباييفا: a woman of the family, not the leader.
      i++;
      continue;
    }
    if (match.last === i) {
      const rule = rules.get(match.reading.base) ?? rules.get(match.lastKey);
      const isPerson = entry.kind === "person";
      if (
        (rule && !contextAllows(rule, words, i)) ||
        (isPerson && (nearKinship(words, i) || afterOtherGivenName(gazetteer, words, i, entry.id)))
      ) {
        i++;
        continue;
      }
      if (isPerson) entry = surnames.get(match.lastKey) ?? entry;
    } else if (entry.kind === "person") {
      surnames.set(match.lastKey, entry);
    }
    const first = words[i]!;
    const startUnit = unitIndexOfKeyOffset(normalized, first.start, match.reading.skip);
    const start = map[startUnit]!;
    let end = map[words[match.last]!.end - 1]! + 1;
    // Harakat written on the last letter belong to the mention.
    while (end < text.length && marks.test(text[end]!)) end++;
    mentions.push({ id: entry.id, text: text.slice(start, end), start, end, kind: entry.kind });
    i = match.last + 1;
  }
  return mentions;
}
