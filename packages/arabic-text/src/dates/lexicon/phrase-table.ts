import { toSearchText } from "../search-text.js";

/** One entry of a phrase table: its folded words and the value it stands for. */
export interface PhraseEntry<V> {
  words: string[];
  value: V;
}

/**
 * Builds a lookup from readable source rows (Arabic as a reader writes it, with hamza, ة and
 * harakat) to entries indexed by their first folded word, longest phrases first. Every
 * spelling goes through the scanner's own normalization, so a table line never has to be
 * folded by hand and can never disagree with the text.
 */
export function phraseTable<V>(rows: readonly (readonly [V, readonly string[]])[]): Map<string, PhraseEntry<V>[]> {
  const byFirst = new Map<string, PhraseEntry<V>[]>();
  for (const [value, spellings] of rows) {
    for (const spelling of spellings) {
      const words = toSearchText(spelling).text.split(" ");
      const list = byFirst.get(words[0]!) ?? [];
      if (!list.some((e) => e.words.join(" ") === words.join(" "))) list.push({ words, value });
      byFirst.set(words[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

/** A one-word table: folded spelling → value (a multi-word spelling is a table error). */
export function wordTable<V>(rows: readonly (readonly [V, readonly string[]])[]): Map<string, V> {
  const map = new Map<string, V>();
  for (const [value, spellings] of rows) for (const s of spellings) map.set(toSearchText(s).text, value);
  return map;
}
