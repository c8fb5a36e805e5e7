import { cliticReadings } from "./clitics.js";
import type { ScannedWord } from "./scan-words.js";

interface PhraseNode<T> {
  next: Map<string, PhraseNode<T>>;
  tag?: T;
}

/**
 * A word trie of phrases over the same keys the linker reads, each phrase with a tag: the
 * negative gazetteer (tag = look-alike kind) and the caller's keywords (tag = the phrase).
 */
export interface PhraseIndex<T> {
  root: PhraseNode<T>;
}

/** Where a text word enters a phrase index: a node and the proclitic units left out. */
export interface PhraseEntry<T> {
  node: PhraseNode<T>;
  skip: number;
}

/** A phrase read at some word: its tag, the index of its last word, the units skipped. */
export interface PhraseMatch<T> {
  tag: T;
  last: number;
  skip: number;
}

/** Builds an index; `keysOf` turns a phrase into word keys exactly as texts are read. */
export function buildPhraseIndex<T>(
  phrases: Iterable<readonly [phrase: string, tag: T]>,
  keysOf: (phrase: string) => string[],
): PhraseIndex<T> {
  const root: PhraseNode<T> = { next: new Map() };
  for (const [phrase, tag] of phrases) {
    let node = root;
    for (const key of keysOf(phrase)) {
      let child = node.next.get(key);
      if (child === undefined) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    if (node !== root) node.tag ??= tag;
  }
  return { root };
}

/** The readings of a word key (as written, proclitics off) that start a phrase; `undefined` when none. */
export function phraseEntries<T>(index: PhraseIndex<T>, key: string): PhraseEntry<T>[] | undefined {
  let found: PhraseEntry<T>[] | undefined;
  for (const reading of cliticReadings(key)) {
    const node = index.root.next.get(reading.base);
    if (node === undefined) continue;
    found ??= [];
    found.push({ node, skip: reading.skip });
  }
  return found;
}

/** The longest phrase starting at word `i`, given where its first word enters the index. */
export function matchPhrase<T>(
  entries: readonly PhraseEntry<T>[],
  words: readonly ScannedWord[],
  i: number,
): PhraseMatch<T> | undefined {
  let best: PhraseMatch<T> | undefined;
  for (const entry of entries) {
    let node: PhraseNode<T> | undefined = entry.node;
    let j = i;
    while (node !== undefined) {
      if (node.tag !== undefined && (best === undefined || j > best.last)) {
        best = { tag: node.tag, last: j, skip: entry.skip };
      }
      const next = words[j + 1];
      if (next === undefined || !next.softGap) break;
      node = node.next.get(next.key);
      j++;
    }
  }
  return best;
}
