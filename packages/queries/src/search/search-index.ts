import { normalize } from "@csto/arabic-text";
import type { EntityCollections } from "../entities/entity-collections.js";
import { foldKey, skeletonOf } from "../linking/name-key.js";
import type { EntityRecord, LinkedKind } from "../linking/types.js";

/** One searchable spelling of an entity. */
export interface SearchName {
  record: EntityRecord;
  kind: LinkedKind;
  /** Whole name as a key: search-normalized, folded, words joined by one space. */
  key: string;
  words: string[];
  skeleton: string;
  /** Adjectives (demonyms) rank below names. */
  weight: number;
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/** Key words of any text, in any script, normalized as the gazetteer is. */
export function searchWords(text: string): string[] {
  return foldKey(normalize(text, "search")).match(wordPattern) ?? [];
}

function kindOf(id: string): LinkedKind {
  const prefix = id.slice(0, id.indexOf(":"));
  return prefix === "state" || prefix === "city" || prefix === "person" ? prefix : "org";
}

function spellings(record: EntityRecord): [string, number][] {
  const out: [string, number][] = [];
  const { ar, en, ru } = record.names;
  for (const name of [...ar, ...en, ...ru]) out.push([name, 1]);
  if ("formerNames" in record && record.formerNames) {
    for (const former of record.formerNames)
      for (const name of [...former.names.ar, ...former.names.en, ...former.names.ru]) out.push([name, 0.97]);
  }
  if ("abbreviations" in record && record.abbreviations) {
    const { ar: a = [], en: e = [], ru: r = [] } = record.abbreviations;
    for (const name of [...a, ...e, ...r]) out.push([name, 1]);
  }
  if ("adjectives" in record) for (const adjective of record.adjectives.ar) out.push([adjective, 0.9]);
  return out;
}

/** Every spelling of every state, city, person and organisation of `dataset`. */
export function buildSearchIndex(dataset: EntityCollections): SearchName[] {
  const records: EntityRecord[] = [...dataset.states, ...dataset.cities, ...dataset.persons, ...dataset.organizations];
  const index: SearchName[] = [];
  for (const record of records) {
    const seen = new Set<string>();
    for (const [name, weight] of spellings(record)) {
      const words = searchWords(name);
      const key = words.join(" ");
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      index.push({ record, kind: kindOf(record.id), key, words, skeleton: words.map(skeletonOf).join(" "), weight });
    }
  }
  return index;
}
