import type { EntityId } from "@csto/model";
import type { EntityCollections } from "../entities/entity-collections.js";
import { adjectiveForms } from "./adjective-forms.js";
import { ambiguousNameRules } from "./ambiguous-names.js";
import { commonGivenNames } from "./given-names.js";
import { type LookAlikeKind, lookAlikeNames } from "./look-alikes.js";
import { skeletonOf } from "./name-key.js";
import { buildPhraseIndex, type PhraseIndex } from "./phrase-index.js";
import { scanWords } from "./scan-words.js";
import type { EntityRecord, LinkedKind } from "./types.js";

/** What a complete name in the trie links to. */
export interface GazetteerEntry {
  id: EntityId;
  kind: LinkedKind;
  /** The entry came from an adjective (demonym) of a state. */
  adjective: boolean;
  /** A listed plural without its article (روس of الروس): links only after a plural noun. */
  bare?: true;
}

/** A word or phrase a caller wants found, with its own tag (e.g. "summit", "back"). */
export interface Keyword {
  phrase: string;
  tag: string;
}

/** A node of the word trie: one edge per word key. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: GazetteerEntry;
  /** Skeleton trie only: the exact word keys whose skeleton is the edge into this node. */
  originals?: string[];
}

/** Two word tries over the dataset's names: exact keys and vowel skeletons. */
export interface Gazetteer {
  exact: TrieNode;
  skeleton: TrieNode;
  /** Longest name in words: bounds the work per text position. */
  maxWords: number;
  /**
   * First words of names (7+ letters) by themselves and by each one-letter deletion, for
   * one-typo look-ups of a first word (كيرغيزستان → قيرغيزستان) without scanning the trie.
   */
  deletions: Map<string, string[]>;
  /** Given names → ids of the dataset persons who carry them (empty: someone else's name). */
  givenNames: Map<string, Set<string>>;
  /** Per text word: where it enters the tries (filled by the linker as it reads). */
  wordCache: Map<string, unknown>;
  /** The negative gazetteer: well-known look-alikes that never link. */
  lookAlikes: PhraseIndex<LookAlikeKind>;
  /** Words and phrases a caller wants reported where they occur (never linked), with the caller's tags. */
  keywords: PhraseIndex<Keyword>;
  /** City id → the id of its state. */
  cityStates: Map<string, string>;
}

/** Minimum length of a first word that may carry a typo. */
export const fuzzyFirstWordLength = 7;

function addDeletions(index: Map<string, string[]>, key: string): void {
  const add = (variant: string) => {
    const list = index.get(variant);
    if (list === undefined) index.set(variant, [key]);
    else if (!list.includes(key)) list.push(key);
  };
  add(key);
  for (let k = 0; k < key.length; k++) add(key.slice(0, k) + key.slice(k + 1));
}

function newNode(): TrieNode {
  return { next: new Map() };
}

function kindOf(id: string): LinkedKind {
  const prefix = id.slice(0, id.indexOf(":"));
  return prefix === "state" || prefix === "city" || prefix === "person" ? prefix : "org";
}

/** Word keys of a name, normalized exactly as texts are. */
export function nameKeys(name: string): string[] {
  return scanWords(name).words.map((word) => word.key);
}

function insert(root: TrieNode, keys: readonly string[], entry: GazetteerEntry, skeleton = false): void {
  if (keys.length === 0) return;
  let node = root;
  for (const key of keys) {
    const edge = skeleton ? skeletonOf(key) : key;
    let child = node.next.get(edge);
    if (child === undefined) {
      child = newNode();
      node.next.set(edge, child);
    }
    if (skeleton) {
      child.originals ??= [];
      if (!child.originals.includes(key)) child.originals.push(key);
    }
    node = child;
  }
  // The first record to claim a name keeps it: the data lists every name once per entity,
  // and a clash (two entities, one spelling) is a data problem the tests report.
  node.entry ??= entry;
}

/**
 * The name with the space before one of its ال words lost, as wire copy sometimes prints it
 * (روسياالبيضاء): one form per such gap, exact keys only.
 */
function gluedArticleForms(keys: readonly string[]): string[][] {
  const forms: string[][] = [];
  for (let k = 1; k < keys.length; k++) {
    if (!keys[k]!.startsWith("ال")) continue;
    forms.push([...keys.slice(0, k - 1), keys[k - 1]! + keys[k]!, ...keys.slice(k + 1)]);
  }
  return forms;
}

function namesOf(record: EntityRecord): string[] {
  const names = [...record.names.ar];
  if ("formerNames" in record && record.formerNames) {
    for (const former of record.formerNames) names.push(...former.names.ar);
  }
  if ("abbreviations" in record && record.abbreviations) {
    const { ar = [], en = [], ru = [] } = record.abbreviations;
    names.push(...ar, ...en, ...ru);
  }
  return names;
}

/** Builds the gazetteer from the names, variants and adjectives of `dataset`, and the caller's keywords. */
export function buildGazetteer(dataset: EntityCollections, keywords: readonly Keyword[] = []): Gazetteer {
  const exact = newNode();
  const skeleton = newNode();
  const ambiguous = ambiguousNameRules();
  let maxWords = 1;
  const deletions = new Map<string, string[]>();
  const givenNames = new Map<string, Set<string>>();
  for (const name of commonGivenNames) {
    const keys = nameKeys(name);
    // A two-word given name (أكيل بيك) is recognised by its last word.
    const key = keys[keys.length - 1];
    if (key !== undefined) givenNames.set(key, new Set());
  }
  const records: EntityRecord[] = [...dataset.persons, ...dataset.organizations, ...dataset.states, ...dataset.cities];
  for (const record of records) {
    const entry: GazetteerEntry = { id: record.id, kind: kindOf(record.id), adjective: false };
    for (const name of namesOf(record)) {
      const keys = nameKeys(name);
      maxWords = Math.max(maxWords, keys.length);
      insert(exact, keys, entry);
      for (const glued of gluedArticleForms(keys)) insert(exact, glued, entry);
      if (entry.kind === "person" && keys.length > 1) {
        const given = givenNames.get(keys[0]!) ?? new Set<string>();
        given.add(record.id);
        givenNames.set(keys[0]!, given);
      }
      const first = keys[0];
      if (first !== undefined && first.length >= fuzzyFirstWordLength) addDeletions(deletions, first);
      // Skeletons only for names, and never for a lone common word.
      if (!(keys.length === 1 && ambiguous.has(keys[0]!))) insert(skeleton, keys, entry, true);
    }
  }
  // "بيلا روسيا": a one-word state name printed as two words, the second another state's name
  // (the longer name wins over روسيا alone).
  const stateWords = new Set(
    dataset.states.flatMap((state) =>
      state.names.ar
        .map(nameKeys)
        .filter((keys) => keys.length === 1)
        .map((k) => k[0]!),
    ),
  );
  for (const state of dataset.states) {
    const entry: GazetteerEntry = { id: state.id, kind: "state", adjective: false };
    for (const name of state.names.ar) {
      const keys = nameKeys(name);
      if (keys.length !== 1) continue;
      for (const word of stateWords) {
        const key = keys[0]!;
        if (key.length - word.length >= 3 && key.endsWith(word))
          insert(exact, [key.slice(0, -word.length), word], entry);
      }
    }
  }
  for (const state of dataset.states) {
    const entry: GazetteerEntry = { id: state.id, kind: "state", adjective: true };
    for (const adjective of state.adjectives.ar) {
      const keys = nameKeys(adjective);
      if (keys.length !== 1) {
        insert(exact, keys, entry);
        continue;
      }
      for (const form of adjectiveForms(keys[0]!)) insert(exact, [form], entry);
      // "جنود روس": the listed plural (الروس) without its article, gated by the linker.
      if (keys[0]!.startsWith("ال")) insert(exact, [keys[0]!.slice(2)], { ...entry, bare: true });
    }
  }
  const lookAlikePhrases = (Object.entries(lookAlikeNames) as [LookAlikeKind, readonly string[]][]).flatMap(
    ([kind, names]) => names.map((name) => [name, kind] as const),
  );
  return {
    exact,
    skeleton,
    maxWords,
    deletions,
    givenNames,
    wordCache: new Map(),
    lookAlikes: buildPhraseIndex(lookAlikePhrases, nameKeys),
    keywords: buildPhraseIndex(
      keywords.map((keyword) => [keyword.phrase, keyword] as const),
      nameKeys,
    ),
    cityStates: new Map(dataset.cities.map((city) => [city.id, city.state])),
  };
}
