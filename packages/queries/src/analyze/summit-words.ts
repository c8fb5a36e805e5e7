import { cliticReadings } from "../linking/clitics.js";
import { nameKeys } from "../linking/gazetteer.js";
import type { ScannedWord } from "../linking/scan-words.js";

// Words that say an article is about a summit or a council session (قمة، اجتماع، دورة …),
// as whole words: "الاجتماعي" (social) is not a meeting.
const summitWords = [
  "قمة",
  "القمة",
  "قمتهم",
  "قمتها",
  "قمته",
  "قمم",
  "اجتماع",
  "الاجتماع",
  "اجتماعهم",
  "اجتماعا",
  "اجتماعه",
  "دورة",
  "الدورة",
  "دورته",
  "دورتها",
  "جلسة",
  "الجلسة",
  "زعماء",
  "مجلس الأمن الجماعي",
  "رؤساء الدول",
  "قادة الدول",
];

interface SummitEntry {
  keys: string[];
  word: string;
}

interface SummitTable {
  /** First word key → the word sequences starting with it (as written in the table). */
  byFirst: Map<string, SummitEntry[]>;
  /** Per text word key: the entries one of its readings starts (almost always none). */
  cache: Map<string, readonly SummitEntry[]>;
}

const none: readonly SummitEntry[] = [];
const maxCachedWords = 100_000;

let table: SummitTable | undefined;

function summitTable(): SummitTable {
  if (table) return table;
  const byFirst = new Map<string, { keys: string[]; word: string }[]>();
  for (const word of summitWords) {
    const keys = nameKeys(word);
    const list = byFirst.get(keys[0]!) ?? [];
    list.push({ keys, word });
    byFirst.set(keys[0]!, list);
  }
  table = { byFirst, cache: new Map() };
  return table;
}

function entriesOf(summit: SummitTable, key: string): readonly SummitEntry[] {
  let entries = summit.cache.get(key);
  if (entries !== undefined) return entries;
  const found: SummitEntry[] = [];
  for (const reading of cliticReadings(key)) found.push(...(summit.byFirst.get(reading.base) ?? []));
  entries = found.length === 0 ? none : found;
  if (summit.cache.size >= maxCachedWords) summit.cache.clear();
  summit.cache.set(key, entries);
  return entries;
}

/** The summit words of an article (each once, in order of first appearance), read from its words. */
export function findSummitWords(words: readonly ScannedWord[]): string[] {
  const summit = summitTable();
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const entries = entriesOf(summit, words[i]!.key);
    if (entries === none) continue;
    for (const entry of entries) {
      let k = 1;
      while (k < entry.keys.length && words[i + k]?.key === entry.keys[k] && words[i + k]!.softGap) k++;
      if (k === entry.keys.length) found.add(entry.word);
    }
  }
  return [...found];
}
