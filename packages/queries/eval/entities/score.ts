import { CORPUS_TAGS, type GoldSentence } from "./corpus.js";

/** What `linkEntities` returns for one mention. */
export interface PredictedMention {
  id: string;
  text: string;
  start: number;
  end: number;
}

export type Linker = (text: string) => readonly PredictedMention[];

/** Micro-averaged counts of entity ids compared as sets per sentence. */
export interface Counts {
  sentences: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Rates {
  precision: number;
  recall: number;
  f1: number;
}

export interface EntityError {
  sentence: string;
  kind: "missing" | "spurious" | "crash" | "bad-offsets";
  id: string;
  surface: string;
}

export interface EntityReport {
  sentences: number;
  goldMentions: number;
  ids: Counts & Rates;
  /** Gold mentions predicted with exactly the same id, start and end. */
  exactSpan: { matched: number; total: number; recall: number };
  /** Predictions whose `text` is not `input.slice(start, end)`. */
  badOffsets: number;
  crashes: number;
  perTag: Record<string, Counts & Rates>;
  errors: EntityError[];
  elapsedMs: number;
}

function emptyCounts(): Counts {
  return { sentences: 0, tp: 0, fp: 0, fn: 0 };
}

/** precision = tp/(tp+fp), recall = tp/(tp+fn); an empty denominator counts as perfect (1). */
export function rates(c: Counts): Counts & Rates {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function addTo(target: Counts, gold: Set<string>, predicted: Set<string>): void {
  target.sentences++;
  for (const id of predicted) if (gold.has(id)) target.tp++;
  for (const id of predicted) if (!gold.has(id)) target.fp++;
  for (const id of gold) if (!predicted.has(id)) target.fn++;
}

/** Runs `link` on every sentence and scores it against the gold annotations. */
export function scoreCorpus(corpus: readonly GoldSentence[], link: Linker): EntityReport {
  const started = performance.now();
  const total = emptyCounts();
  const perTag = new Map<string, Counts>(CORPUS_TAGS.map((t) => [t, emptyCounts()]));
  const errors: EntityError[] = [];
  let exact = 0;
  let goldMentions = 0;
  let badOffsets = 0;
  let crashes = 0;

  for (const sentence of corpus) {
    let predicted: readonly PredictedMention[] = [];
    try {
      predicted = link(sentence.text);
    } catch (error) {
      crashes++;
      errors.push({ sentence: sentence.id, kind: "crash", id: "", surface: String(error) });
    }
    for (const p of predicted) {
      if (sentence.text.slice(p.start, p.end) !== p.text) {
        badOffsets++;
        errors.push({ sentence: sentence.id, kind: "bad-offsets", id: p.id, surface: p.text });
      }
    }
    const goldIds = new Set(sentence.mentions.map((m) => m.id));
    const predIds = new Set(predicted.map((p) => p.id));
    addTo(total, goldIds, predIds);
    for (const tag of sentence.tags) {
      if (!perTag.has(tag)) perTag.set(tag, emptyCounts());
      addTo(perTag.get(tag)!, goldIds, predIds);
    }

    const spans = new Set(predicted.map((p) => `${p.id}@${p.start}:${p.end}`));
    goldMentions += sentence.mentions.length;
    for (const m of sentence.mentions) if (spans.has(`${m.id}@${m.start}:${m.end}`)) exact++;

    for (const m of sentence.mentions) {
      if (!predIds.has(m.id)) errors.push({ sentence: sentence.id, kind: "missing", id: m.id, surface: m.text });
    }
    for (const p of predicted) {
      if (!goldIds.has(p.id)) errors.push({ sentence: sentence.id, kind: "spurious", id: p.id, surface: p.text });
    }
  }

  return {
    sentences: corpus.length,
    goldMentions,
    ids: rates(total),
    exactSpan: { matched: exact, total: goldMentions, recall: goldMentions === 0 ? 1 : exact / goldMentions },
    badOffsets,
    crashes,
    perTag: Object.fromEntries([...perTag].map(([tag, c]) => [tag, rates(c)])),
    errors,
    elapsedMs: Math.round(performance.now() - started),
  };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** Markdown summary; `errorLimit` > 0 appends the first errors. */
export function formatMarkdown(report: EntityReport, title: string, errorLimit = 0): string {
  const { ids } = report;
  const lines = [
    `## ${title}`,
    "",
    "| metric | value |",
    "| --- | --- |",
    `| sentences | ${report.sentences} |`,
    `| gold mentions | ${report.goldMentions} |`,
    `| id precision | ${pct(ids.precision)} (${ids.tp}/${ids.tp + ids.fp}) |`,
    `| id recall | ${pct(ids.recall)} (${ids.tp}/${ids.tp + ids.fn}) |`,
    `| id F1 | ${pct(ids.f1)} |`,
    `| exact-span recall | ${pct(report.exactSpan.recall)} (${report.exactSpan.matched}/${report.exactSpan.total}) |`,
    `| predictions with bad offsets | ${report.badOffsets} |`,
    `| sentences that threw | ${report.crashes} |`,
    `| time | ${report.elapsedMs} ms |`,
    "",
    "| tag | sentences | recall | precision | missing | spurious |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const [tag, c] of Object.entries(report.perTag)) {
    if (c.sentences === 0) continue;
    lines.push(`| ${tag} | ${c.sentences} | ${pct(c.recall)} | ${pct(c.precision)} | ${c.fn} | ${c.fp} |`);
  }
  if (errorLimit > 0) {
    lines.push("", `### First ${Math.min(errorLimit, report.errors.length)} of ${report.errors.length} errors`, "");
    for (const e of report.errors.slice(0, errorLimit)) {
      lines.push(`- ${e.sentence} ${e.kind} \`${e.id}\` «${e.surface}»`);
    }
  }
  return lines.join("\n");
}
