// Scores `findDates` from @csto/arabic-text, and the chrono-node Arabic baseline, against the
// gold corpus in eval/dates/{dev,test}.jsonl (spec: shared/DATES.md).
//
//   npx tsx --conditions=@csto/source packages/arabic-text/eval/evaluate-dates.ts \
//     [--split dev|test|fresh|fresh2|fresh3|fresh4|fresh5|colloquial|all] [--system ours|chrono|both] [--json] [--errors]
//
// Strict matching: spans overlap AND value strings are equal (see dates/score.ts). Reports
// P/R/F1 overall and per category, exact-span accuracy among matched pairs, and how many
// trap sentences (which contain no date) received any prediction.
import { pathToFileURL } from "node:url";
import { chronoFindDates } from "./dates/chrono-baseline.js";
import { type GoldSentence, loadCorpus, type Split } from "./dates/corpus.js";
import {
  type DateFinder,
  formatMarkdown,
  type PredictedMention,
  type SystemScore,
  scoreSystem,
} from "./dates/score.js";

export interface EvalOptions {
  split: Split | "all";
  system: "ours" | "chrono" | "both";
  json: boolean;
  errors: boolean;
}

export function parseArgs(argv: readonly string[]): EvalOptions {
  const options: EvalOptions = { split: "all", system: "both", json: false, errors: false };
  const optionValue = (arg: string, name: string, i: number): [string | undefined, number] =>
    arg === name ? [argv[i + 1], i + 1] : [arg.slice(name.length + 1), i];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--json") options.json = true;
    else if (arg === "--errors") options.errors = true;
    else if (arg === "--split" || arg.startsWith("--split=")) {
      const [value, next] = optionValue(arg, "--split", i);
      i = next;
      if (
        value !== "dev" &&
        value !== "test" &&
        value !== "fresh" &&
        value !== "fresh2" &&
        value !== "fresh3" &&
        value !== "fresh4" &&
        value !== "fresh5" &&
        value !== "colloquial" &&
        value !== "all"
      ) {
        throw new Error(
          `--split must be dev, test, fresh, fresh2, fresh3, fresh4, fresh5, colloquial or all (got ${String(value)})`,
        );
      }
      options.split = value;
    } else if (arg === "--system" || arg.startsWith("--system=")) {
      const [value, next] = optionValue(arg, "--system", i);
      i = next;
      if (value !== "ours" && value !== "chrono" && value !== "both") {
        throw new Error(`--system must be ours, chrono or both (got ${String(value)})`);
      }
      options.system = value;
    } else throw new Error(`unknown argument: ${arg}`);
  }
  return options;
}

/** Imports findDates lazily so that the baseline still runs while it does not exist yet. */
async function loadOurs(): Promise<{ find?: DateFinder; reason?: string }> {
  try {
    const mod = (await import("@csto/arabic-text")) as Record<string, unknown>;
    const findDates = mod.findDates;
    if (typeof findDates !== "function") return { reason: "@csto/arabic-text exports no findDates" };
    const find = findDates as (text: string, options: { ref: string }) => PredictedMention[];
    return { find: (text, ref) => find(text, { ref }) };
  } catch (error) {
    return { reason: `@csto/arabic-text could not be imported: ${(error as Error).message}` };
  }
}

interface SystemRun {
  name: string;
  score?: SystemScore;
  unavailable?: string;
}

function errorReport(corpus: readonly GoldSentence[], run: SystemRun): string {
  if (!run.score) return "";
  const byId = new Map(corpus.map((s) => [s.id, s]));
  const out: string[] = [`#### Errors: ${run.name}`];
  for (const r of run.score.sentences) {
    if (r.missed.length === 0 && r.spurious.length === 0 && !r.error) continue;
    const s = byId.get(r.id);
    out.push(`- ${r.id} [${r.category}] ref ${s?.ref}: ${s?.text}`);
    if (r.error) out.push(`  - crashed: ${r.error}`);
    for (const g of r.missed) out.push(`  - missed: «${g.text}» ${g.start}-${g.end} = ${g.value}`);
    for (const p of r.spurious) {
      out.push(`  - spurious: «${s?.text.slice(p.start, p.end)}» ${p.start}-${p.end} = ${p.value}`);
    }
  }
  return out.join("\n");
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function summary(score: SystemScore) {
  const m = (x: SystemScore["overall"]) => ({
    ...x,
    precision: round(x.precision),
    recall: round(x.recall),
    f1: round(x.f1),
    spanAccuracy: round(x.spanAccuracy),
  });
  return {
    overall: m(score.overall),
    byCategory: Object.fromEntries(Object.entries(score.byCategory).map(([c, x]) => [c, m(x)])),
    trapSentencesWithPrediction: score.trapSentencesWithPrediction,
    trapSentences: score.trapSentences,
    crashes: score.crashes,
  };
}

export async function main(argv: readonly string[]): Promise<void> {
  const options = parseArgs(argv);
  const splits: Array<Split | "all"> = options.split === "all" ? ["dev", "test", "all"] : [options.split];
  const wanted = options.system === "both" ? (["ours", "chrono"] as const) : ([options.system] as const);
  const ours = wanted.includes("ours" as never) ? await loadOurs() : undefined;

  const report: Record<string, Record<string, unknown>> = {};
  const markdown: string[] = ["## Arabic date extraction: strict evaluation", ""];
  for (const split of splits) {
    const corpus = loadCorpus(split);
    const runs: SystemRun[] = wanted.map((name) => {
      if (name === "chrono") return { name: "chrono-node (ar)", score: scoreSystem(corpus, chronoFindDates) };
      if (!ours?.find) return { name: "ours (findDates)", unavailable: ours?.reason ?? "not loaded" };
      return { name: "ours (findDates)", score: scoreSystem(corpus, ours.find) };
    });
    report[split] = Object.fromEntries(
      runs.map((r) => [r.name, r.score ? summary(r.score) : { unavailable: r.unavailable }]),
    );
    markdown.push(formatMarkdown(split, corpus, runs), "");
    // Error listings are per split, never for the merged "all" view (it repeats dev and test).
    if (options.errors && split !== "all") for (const r of runs) markdown.push(errorReport(corpus, r), "");
  }
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${markdown.join("\n")}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
