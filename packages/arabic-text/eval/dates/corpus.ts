// The Arabic date-expression gold corpus (test.jsonl, dev.jsonl, and the held-out fresh.jsonl, fresh2.jsonl,
// fresh3.jsonl, fresh4.jsonl and fresh5.jsonl written later from real news pages, beside this file): its record
// shape, the closed lists of categories/registers/grains, and a loader. The corpus follows
// shared/DATES.md; offsets are filled by fill-offsets.mjs, never typed by hand.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export type Split = "dev" | "test" | "fresh" | "fresh2" | "fresh3" | "fresh4" | "fresh5" | "colloquial";

export const CATEGORIES = [
  "absolute-dmy",
  "paired-months",
  "month-year",
  "day-month",
  "numeric",
  "words",
  "year",
  "relative-day",
  "weekday",
  "relative-period",
  "month-relative",
  "part-of-period",
  "range",
  "duration",
  "decade-century",
  "hijri",
  "holiday",
  "time",
  "anaphora",
  "noise",
  "trap",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const REGISTERS = ["egyptian", "levantine", "gulf", "maghrebi", "iraqi", "wire"] as const;
export type Register = (typeof REGISTERS)[number];

export const GRAINS = [
  "minute",
  "time",
  "day",
  "part-of-day",
  "week",
  "part-of-week",
  "month",
  "part-of-month",
  "quarter",
  "half-year",
  "year",
  "part-of-year",
  "decade",
  "part-of-decade",
  "century",
  "part-of-century",
  "duration",
] as const;
export type Grain = (typeof GRAINS)[number];

export interface GoldMention {
  text: string;
  start: number;
  end: number;
  value: string;
  grain: Grain;
  mod?: "start" | "mid" | "end";
  calendar?: "hijri";
  relative?: true;
  /** Which occurrence of `text` in the sentence is meant (1-based), when it occurs twice. */
  occurrence?: number;
}

export interface GoldSentence {
  id: string;
  text: string;
  /** Publication date, the anchor for relative expressions. */
  ref: string;
  category: Category;
  register: Register;
  mentions: GoldMention[];
  why: string;
}

export function corpusPath(split: Split): string {
  return join(dirname(fileURLToPath(import.meta.url)), `${split}.jsonl`);
}

/** Reads one split, or dev then test for "all" (the fresh splits stay separate). Throws with the line number on bad JSON. */
export function loadCorpus(split: Split | "all"): GoldSentence[] {
  const splits: Split[] = split === "all" ? ["dev", "test"] : [split];
  return splits.flatMap((s) =>
    readFileSync(corpusPath(s), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line, i) => {
        try {
          return JSON.parse(line) as GoldSentence;
        } catch (error) {
          throw new Error(`${s}.jsonl line ${i + 1}: ${(error as Error).message}`);
        }
      }),
  );
}
