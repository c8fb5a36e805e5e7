// Strict scoring of predicted date mentions against the gold corpus.
// A prediction matches a gold mention when the spans overlap AND the values are identical
// strings (the value already encodes the grain, so "2025-11" never equals "2025-11-27"; a
// range matches only when both ends are equal). Each gold mention and each prediction is
// used at most once; among candidates the one with the largest overlap wins.
import { CATEGORIES, type Category, type GoldMention, type GoldSentence } from "./corpus.js";

export interface PredictedMention {
  start: number;
  end: number;
  value: string;
  text?: string;
  grain?: string;
}

export type DateFinder = (text: string, ref: string) => PredictedMention[];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** Matched pairs whose start and end are both identical. */
  exactSpan: number;
}

export interface Metrics extends Counts {
  precision: number;
  recall: number;
  f1: number;
  spanAccuracy: number;
}

export interface SentenceResult {
  id: string;
  category: Category;
  matched: Array<{ gold: GoldMention; predicted: PredictedMention }>;
  missed: GoldMention[];
  spurious: PredictedMention[];
  error?: string;
}

export interface SystemScore {
  overall: Metrics;
  byCategory: Record<Category, Metrics>;
  trapSentences: number;
  trapSentencesWithPrediction: number;
  /** Sentences on which the system threw. */
  crashes: number;
  sentences: SentenceResult[];
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

export function matchSentence(gold: readonly GoldMention[], predicted: readonly PredictedMention[]) {
  const used = new Set<number>();
  const matched: SentenceResult["matched"] = [];
  const missed: GoldMention[] = [];
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    predicted.forEach((p, i) => {
      if (used.has(i) || p.value !== g.value) return;
      const o = overlap(g, p);
      if (o > bestOverlap) {
        best = i;
        bestOverlap = o;
      }
    });
    const hit = predicted[best];
    if (hit === undefined) missed.push(g);
    else {
      used.add(best);
      matched.push({ gold: g, predicted: hit });
    }
  }
  const spurious = predicted.filter((_, i) => !used.has(i));
  return { matched, missed, spurious };
}

export function toMetrics(c: Counts): Metrics {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1, spanAccuracy: c.tp === 0 ? 0 : c.exactSpan / c.tp };
}

export function scoreSystem(corpus: readonly GoldSentence[], find: DateFinder): SystemScore {
  const total: Counts = { tp: 0, fp: 0, fn: 0, exactSpan: 0 };
  const perCategory = new Map<Category, Counts>(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0, exactSpan: 0 }]));
  const sentences: SentenceResult[] = [];
  let trapSentences = 0;
  let trapSentencesWithPrediction = 0;
  let crashes = 0;
  for (const s of corpus) {
    let predicted: PredictedMention[] = [];
    let error: string | undefined;
    try {
      predicted = find(s.text, s.ref);
    } catch (e) {
      crashes++;
      error = (e as Error).message;
    }
    const result = matchSentence(s.mentions, predicted);
    const exactSpan = result.matched.filter(
      (m) => m.gold.start === m.predicted.start && m.gold.end === m.predicted.end,
    ).length;
    for (const c of [total, perCategory.get(s.category)!]) {
      c.tp += result.matched.length;
      c.fp += result.spurious.length;
      c.fn += result.missed.length;
      c.exactSpan += exactSpan;
    }
    if (s.category === "trap") {
      trapSentences++;
      if (predicted.length > 0) trapSentencesWithPrediction++;
    }
    sentences.push({ id: s.id, category: s.category, ...result, ...(error === undefined ? {} : { error }) });
  }
  const byCategory = Object.fromEntries([...perCategory].map(([c, counts]) => [c, toMetrics(counts)])) as Record<
    Category,
    Metrics
  >;
  return { overall: toMetrics(total), byCategory, trapSentences, trapSentencesWithPrediction, crashes, sentences };
}

const pct = (x: number) => (100 * x).toFixed(1);

/** One Markdown section for one split: overall rows per system, then a per-category table. */
export function formatMarkdown(
  split: string,
  corpus: readonly GoldSentence[],
  systems: ReadonlyArray<{ name: string; score?: SystemScore; unavailable?: string }>,
): string {
  const lines: string[] = [];
  const gold = corpus.reduce((n, s) => n + s.mentions.length, 0);
  lines.push(`### Split: ${split} (${corpus.length} sentences, ${gold} gold mentions)`, "");
  lines.push("| system | P | R | F1 | tp | fp | fn | exact span | trap sentences with a date |");
  lines.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const sys of systems) {
    const o = sys.score?.overall;
    if (!sys.score || !o) {
      lines.push(`| ${sys.name} | not available: ${sys.unavailable ?? "?"} | | | | | | | |`);
      continue;
    }
    const crash = sys.score.crashes > 0 ? ` (${sys.score.crashes} crashes)` : "";
    lines.push(
      `| ${sys.name}${crash} | ${pct(o.precision)} | ${pct(o.recall)} | ${pct(o.f1)} | ${o.tp} | ${o.fp} | ${o.fn} | ${pct(o.spanAccuracy)} | ${sys.score.trapSentencesWithPrediction} / ${sys.score.trapSentences} |`,
    );
  }
  const scored = systems.filter((s): s is { name: string; score: SystemScore } => s.score !== undefined);
  if (scored.length > 0) {
    lines.push("", `| category | n | ${scored.map((s) => `${s.name} P / R / F1`).join(" | ")} |`);
    lines.push(`|---|---:|${scored.map(() => "---|").join("")}`);
    for (const c of CATEGORIES) {
      const n = corpus.filter((s) => s.category === c).length;
      if (n === 0) continue;
      const cells = scored.map((s) => {
        const m = s.score.byCategory[c];
        return c === "trap" ? `fp ${m.fp}` : `${pct(m.precision)} / ${pct(m.recall)} / ${pct(m.f1)}`;
      });
      lines.push(`| ${c} | ${n} | ${cells.join(" | ")} |`);
    }
  }
  return lines.join("\n");
}
