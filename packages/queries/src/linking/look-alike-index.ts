import { cliticReadings } from "./clitics.js";
import { type LookAlikeKind, lookAlikeNames } from "./look-alikes.js";
import type { ScannedWord } from "./scan-words.js";

interface LookAlikeNode {
  next: Map<string, LookAlikeNode>;
  kind?: LookAlikeKind;
}

/** The negative gazetteer as a word trie over the same keys the linker reads. */
export interface LookAlikeIndex {
  root: LookAlikeNode;
  /** Per text word key: the readings that enter the trie (almost always none). */
  entries: Map<string, readonly Entry[]>;
}

interface Entry {
  node: LookAlikeNode;
  skip: number;
}

const none: readonly Entry[] = [];
const maxCachedWords = 100_000;

/** A look-alike read at some word: its kind and the index of its last word. */
export interface LookAlikeMatch {
  kind: LookAlikeKind;
  last: number;
  /** Key units of the first word left out of the span (proclitics). */
  skip: number;
}

/** Builds the index; `keysOf` turns a name into word keys exactly as texts are read. */
export function buildLookAlikeIndex(keysOf: (name: string) => string[]): LookAlikeIndex {
  const root: LookAlikeNode = { next: new Map() };
  for (const [kind, names] of Object.entries(lookAlikeNames) as [LookAlikeKind, readonly string[]][]) {
    for (const name of names) {
      let node = root;
      for (const key of keysOf(name)) {
        let child = node.next.get(key);
        if (child === undefined) {
          child = { next: new Map() };
          node.next.set(key, child);
        }
        node = child;
      }
      if (node !== root) node.kind ??= kind;
    }
  }
  return { root, entries: new Map() };
}

function entriesOf(index: LookAlikeIndex, key: string): readonly Entry[] {
  let entries = index.entries.get(key);
  if (entries !== undefined) return entries;
  const found: Entry[] = [];
  for (const reading of cliticReadings(key)) {
    const node = index.root.next.get(reading.base);
    if (node !== undefined) found.push({ node, skip: reading.skip });
  }
  entries = found.length === 0 ? none : found;
  // Distinct words are few next to running text: each is read once.
  if (index.entries.size >= maxCachedWords) index.entries.clear();
  index.entries.set(key, entries);
  return entries;
}

/** The longest look-alike starting at word `i` (its first word read with or without proclitics). */
export function matchLookAlike(
  index: LookAlikeIndex,
  words: readonly ScannedWord[],
  i: number,
): LookAlikeMatch | undefined {
  const entries = entriesOf(index, words[i]!.key);
  if (entries === none) return undefined;
  let best: LookAlikeMatch | undefined;
  for (const entry of entries) {
    let node: LookAlikeNode | undefined = entry.node;
    let j = i;
    while (node !== undefined) {
      if (node.kind !== undefined && (best === undefined || j > best.last)) {
        best = { kind: node.kind, last: j, skip: entry.skip };
      }
      const next = words[j + 1];
      if (next === undefined || !next.softGap) break;
      node = node.next.get(next.key);
      j++;
    }
  }
  return best;
}
