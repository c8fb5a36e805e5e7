import { once } from "node:events";
import { readFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import { formatBatchSummary, runBatch } from "../batch/run-batch.js";
import { unreadableInput, usageError } from "../cli/cli-error.js";
import type { Command, CommandContext } from "../cli/command.js";
import { exitCodeHelp } from "../cli/exit-code-help.js";
import { ExitCode } from "../cli/exit-codes.js";
import { requireIsoDay } from "../cli/iso-day.js";
import { readFormat } from "../cli/read-format.js";
import { createPalette } from "../format/palette.js";
import { formatArticleReport } from "../format/print-article-report.js";
import { buildArticleReport } from "../report/build-article-report.js";
import { openInput } from "./open-input.js";

export const analyzeCommand: Command = {
  name: "analyze",
  summary: "analyse one article, or a JSONL stream of articles (--jsonl)",
  help: `Usage: csto-demo analyze <file|-> --published YYYY-MM-DD [--format text|json]
       csto-demo analyze --jsonl <file|-> [--workers N]

One article: reads the whole file (or stdin for "-") as Arabic text and prints its dates,
entities, matched session and what held on the publication date.

Batch (--jsonl): reads one JSON object per line, {"id": …, "text": "…", "published":
"YYYY-MM-DD"} ("id" optional), and writes one JSON result per line to stdout, in input order,
streaming with constant memory. A line that is blank, not JSON, missing a field, or whose
analysis fails becomes {"line": n, "id"?: …, "error": {"code", "message"}} in its place; codes:
blank-line, invalid-json, invalid-record, analysis-failed. A summary goes to stderr at the end,
and a progress bar too when stderr is a terminal.

Options:
  --published DATE       publication date (one-article mode; anchors relative dates)
  --format text|json     one-article output format (default text)
  --jsonl                batch mode, JSONL in → JSONL out
  --workers N            batch mode: analyse on N worker threads (default 0 = main thread)
  -h, --help             show this help

${exitCodeHelp}`,
  options: {
    published: { type: "string" },
    format: { type: "string" },
    jsonl: { type: "boolean" },
    workers: { type: "string" },
  },
  maxPositionals: 1,
  run(context) {
    return context.values.jsonl ? analyzeJsonl(context) : analyzeOne(context);
  },
};

async function analyzeOne({ values, positionals, stdin, stdout }: CommandContext): Promise<number> {
  if (values.workers !== undefined) throw usageError("analyze: --workers needs --jsonl");
  const path = positionals[0];
  if (path === undefined) throw usageError("analyze: missing input file (a path, or - for stdin)");
  const published = requireIsoDay(values.published as string | undefined, "published");
  const format = readFormat(values.format);
  const text = path === "-" ? await readAll(stdin) : await readFile(path, "utf8").catch(rethrowUnreadable(path));
  const report = buildArticleReport(text, published);
  if (format === "json") stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else
    stdout.write(
      `${formatArticleReport({ title: path === "-" ? "stdin" : path, subtitle: `published ${published}` }, report, createPalette(stdout))}\n`,
    );
  return ExitCode.ok;
}

async function analyzeJsonl({ values, positionals, stdin, stdout, stderr, entryUrl }: CommandContext): Promise<number> {
  if (values.published !== undefined)
    throw usageError("analyze --jsonl: --published is read from each line, not the command line");
  if (values.format !== undefined) throw usageError("analyze --jsonl: output is always JSONL; drop --format");
  const path = positionals[0];
  if (path === undefined) throw usageError("analyze --jsonl: missing input file (a path, or - for stdin)");
  const workers = readWorkers(values.workers as string | undefined);
  const input = await openInput(path, stdin);
  // A consumer that goes away (`| head`) is not a crash: stop reading, say so, exit 1.
  let outputClosed: string | undefined;
  stdout.on("error", (error: NodeJS.ErrnoException) => {
    outputClosed = error.code ?? error.message;
    input.stream.destroy();
  });
  const stoppedEarly = () => {
    stderr.write(`csto-demo: cannot write to stdout (${outputClosed}); stopped early\n`);
    return ExitCode.someLinesFailed;
  };
  try {
    const summary = await runBatch({
      input: input.stream,
      totalBytes: input.size,
      output: stdout,
      stderr,
      workers,
      entryUrl,
    });
    if (outputClosed !== undefined) return stoppedEarly();
    input.throwIfFailed();
    stderr.write(`${formatBatchSummary(summary)}\n`);
    return summary.failed > 0 ? ExitCode.someLinesFailed : ExitCode.ok;
  } catch (error) {
    if (outputClosed !== undefined) return stoppedEarly();
    input.throwIfFailed();
    throw error;
  }
}

function readWorkers(value: string | undefined): number {
  if (value === undefined) return 0;
  const count = Number(value);
  if (!/^\d+$/.test(value) || count > 256)
    throw usageError(`--workers must be an integer from 0 to 256, got ${JSON.stringify(value)}`);
  return count;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  await once(stream, "end");
  return Buffer.concat(chunks).toString("utf8");
}

function rethrowUnreadable(path: string) {
  return (error: unknown): never => {
    throw unreadableInput(path, error);
  };
}
