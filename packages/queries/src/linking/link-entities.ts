import type { Dataset } from "@csto/model";
import { ambiguousNameRules, type ContextRule } from "./ambiguous-names.js";
import { type CliticReading, cliticReadings } from "./clitics.js";
import { buildGazetteer, type Gazetteer, type GazetteerEntry, type TrieNode } from "./gazetteer.js";
import { skeletonOf } from "./name-key.js";
import { type ScannedWord, scanWords, unitIndexOfKeyOffset } from "./scan-words.js";
import type { EntityMention } from "./types.js";

interface Match {
  entry: GazetteerEntry;
  reading: CliticReading;
  /** Index of the last word of the match. */
  last: number;
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

function walk(
  root: TrieNode,
  words: readonly ScannedWord[],
  i: number,
  first: string,
  skeleton: boolean,
  maxWords: number,
) {
  let node = root.next.get(first);
  if (node === undefined) return undefined;
  let found: { entry: GazetteerEntry; last: number } | undefined = node.entry
    ? { entry: node.entry, last: i }
    : undefined;
  const limit = Math.min(words.length, i + maxWords);
  for (let j = i + 1; j < limit; j++) {
    const word = words[j]!;
    if (!word.softGap) break;
    node = node.next.get(skeleton ? skeletonOf(word.key) : word.key);
    if (node === undefined) break;
    if (node.entry) found = { entry: node.entry, last: j };
  }
  return found;
}

function better(candidate: Match, best: Match | undefined): boolean {
  if (best === undefined) return true;
  if (candidate.last !== best.last) return candidate.last > best.last;
  return candidate.reading.stripped < best.reading.stripped;
}

function findMatch(gazetteer: Gazetteer, words: readonly ScannedWord[], i: number): Match | undefined {
  const readings = cliticReadings(words[i]!.key);
  let best: Match | undefined;
  for (const reading of readings) {
    const found = walk(gazetteer.exact, words, i, reading.base, false, gazetteer.maxWords);
    if (found) {
      const match = { ...found, reading };
      if (better(match, best)) best = match;
    }
  }
  if (best) return best;
  // Spelling variants with doubled or dropped long vowels: only words of 5+ letters.
  for (const reading of readings) {
    if (reading.base.length < 5) continue;
    const found = walk(gazetteer.skeleton, words, i, skeletonOf(reading.base), true, gazetteer.maxWords);
    if (found) {
      const match = { ...found, reading };
      if (better(match, best)) best = match;
    }
  }
  return best;
}

function wordIs(word: ScannedWord | undefined, keys: readonly string[]): boolean {
  if (word === undefined) return false;
  return cliticReadings(word.key).some((reading) => keys.includes(reading.base));
}

function contextAllows(rule: ContextRule, words: readonly ScannedWord[], i: number): boolean {
  const previous = words[i - 1];
  if (rule.requirePrevious && !wordIs(previous, rule.requirePrevious)) return false;
  if (rule.blockPrevious && wordIs(previous, rule.blockPrevious)) return false;
  if (rule.blockNear) {
    const window = rule.window ?? 5;
    const from = Math.max(0, i - window);
    const to = Math.min(words.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (j !== i && wordIs(words[j], rule.blockNear)) return false;
    }
  }
  return true;
}

const marks = /[\u064B-\u065F\u0670\u06D6-\u06ED]/;

function linkWithGazetteer(gazetteer: Gazetteer, text: string): EntityMention[] {
  const { normalized, map, words } = scanWords(text);
  const rules = ambiguousNameRules();
  const mentions: EntityMention[] = [];
  let i = 0;
  while (i < words.length) {
    const match = findMatch(gazetteer, words, i);
    if (match === undefined) {
      i++;
      continue;
    }
    if (match.last === i) {
      const rule = rules.get(match.reading.base);
      if (rule && !contextAllows(rule, words, i)) {
        i++;
        continue;
      }
    }
    const first = words[i]!;
    const startUnit = unitIndexOfKeyOffset(normalized, first.start, match.reading.skip);
    const start = map[startUnit]!;
    let end = map[words[match.last]!.end - 1]! + 1;
    // Harakat written on the last letter belong to the mention.
    while (end < text.length && marks.test(text[end]!)) end++;
    mentions.push({ id: match.entry.id, text: text.slice(start, end), start, end, kind: match.entry.kind });
    i = match.last + 1;
  }
  return mentions;
}
