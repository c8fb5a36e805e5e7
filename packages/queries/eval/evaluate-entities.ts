// Scores `linkEntities` from @csto/queries against the hand-annotated Arabic corpus in
// eval/entities/{test,dev}.jsonl.
//
//   npx tsx --conditions=@csto/source packages/queries/eval/evaluate-entities.ts \
//     [--split dev|test|fresh|fresh2|all] [--json] [--errors]
//
// Precision/recall/F1 compare the SET of entity ids predicted vs gold in each sentence,
// micro-averaged; exact-span recall counts gold mentions predicted with identical id/start/end.
import { pathToFileURL } from "node:url";
import { CORPUS_TAGS, loadCorpus, type Split } from "./entities/corpus.js";
import { formatMarkdown, type Linker, scoreCorpus } from "./entities/score.js";

export interface EvalOptions {
  split: Split | "all";
  json: boolean;
  errors: boolean;
}

export function parseArgs(argv: readonly string[]): EvalOptions {
  const options: EvalOptions = { split: "all", json: false, errors: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") options.json = true;
    else if (arg === "--errors") options.errors = true;
    else if (arg === "--split" || arg?.startsWith("--split=")) {
      const value = arg === "--split" ? argv[++i] : arg.slice("--split=".length);
      if (value !== "dev" && value !== "test" && value !== "fresh" && value !== "fresh2" && value !== "all") {
        throw new Error(`--split must be dev, test, fresh, fresh2 or all (got ${String(value)})`);
      }
      options.split = value;
    } else {
      throw new Error(`unknown argument: ${arg}`);
    }
  }
  return options;
}

/** Loads linkEntities lazily so the corpus statistics still print while it does not exist yet. */
async function loadLinker(): Promise<{ link?: Linker; reason?: string }> {
  try {
    const mod = (await import("@csto/queries")) as Record<string, unknown>;
    if (typeof mod.linkEntities !== "function") return { reason: "@csto/queries exports no linkEntities" };
    return { link: mod.linkEntities as Linker };
  } catch (error) {
    return { reason: `@csto/queries could not be imported: ${(error as Error).message}` };
  }
}

function corpusStats(split: EvalOptions["split"]) {
  const corpus = loadCorpus(split);
  const tags: Record<string, number> = {};
  for (const t of CORPUS_TAGS) tags[t] = corpus.filter((s) => s.tags.includes(t)).length;
  return {
    sentences: corpus.length,
    mentions: corpus.reduce((n, s) => n + s.mentions.length, 0),
    sentencesWithoutMentions: corpus.filter((s) => s.mentions.length === 0).length,
    tags,
  };
}

export async function main(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv);
  const corpus = loadCorpus(options.split);
  const { link, reason } = await loadLinker();
  if (!link) {
    const stats = corpusStats(options.split);
    if (options.json) console.log(JSON.stringify({ split: options.split, available: false, reason, corpus: stats }));
    else {
      console.log(`linkEntities: not available (${reason})`);
      console.log(`corpus (${options.split}): ${stats.sentences} sentences, ${stats.mentions} gold mentions`);
    }
    return 0;
  }
  const report = scoreCorpus(corpus, link);
  if (options.json) {
    const { errors, ...rest } = report;
    console.log(JSON.stringify({ split: options.split, available: true, ...rest, errors: errors.slice(0, 30) }));
  } else {
    console.log(formatMarkdown(report, `linkEntities — split: ${options.split}`, options.errors ? 30 : 0));
  }
  return 0;
}

// Run only when executed as a script, so tests can import parseArgs/main without side effects.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error((error as Error).message);
      process.exitCode = 1;
    },
  );
}
