import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** One gold mention: `text === sentence.text.slice(start, end)`. */
export interface GoldMention {
  id: string;
  text: string;
  start: number;
  end: number;
  /** Only used by fill-offsets.mjs to pick a repeated surface. */
  occurrence?: number;
}

/** One annotated sentence of the entity-linking corpus. */
export interface GoldSentence {
  id: string;
  text: string;
  mentions: GoldMention[];
  tags: string[];
  why: string;
}

/** "fresh" and "fresh2" are later held-out sets written from real news pages; "all" stays test + dev. */
export type Split = "dev" | "test" | "fresh" | "fresh2";

/** The tags a sentence may carry; per-tag scores are reported for each. */
export const CORPUS_TAGS = [
  "full-name",
  "surname",
  "adjective",
  "clitic",
  "lil-contraction",
  "longest-match",
  "variant",
  "old-name",
  "noise",
  "homograph-trap",
  "anaphora-trap",
  "org",
  "city",
  "sg",
  "typo",
] as const;

/** Absolute path of a split's JSONL file (beside this module). */
export function corpusPath(split: Split): string {
  return fileURLToPath(new URL(`./${split}.jsonl`, import.meta.url));
}

/** Parses JSONL text; throws with the line number on malformed JSON. */
export function parseCorpus(jsonl: string, source = "corpus"): GoldSentence[] {
  const out: GoldSentence[] = [];
  jsonl.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    try {
      out.push(JSON.parse(line) as GoldSentence);
    } catch (error) {
      throw new Error(`${source}:${index + 1}: ${(error as Error).message}`);
    }
  });
  return out;
}

/** Reads one split, or both (`"all"`: test first, then dev). */
export function loadCorpus(split: Split | "all"): GoldSentence[] {
  const splits: Split[] = split === "all" ? ["test", "dev"] : [split];
  return splits.flatMap((s) => parseCorpus(readFileSync(corpusPath(s), "utf8"), `${s}.jsonl`));
}
