import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import type { Readable } from "node:stream";
import { defaultMaxLineBytes } from "../batch/read-lines.js";
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

// 256 MiB: far above any article, still a bound on what one line can make us hold.
const maxMaxLineBytes = 256 * 1024 * 1024;

export const analyzeCommand: Command = {
  name: "analyze",
  summary: "analyse one article, or a JSONL stream of articles (--jsonl)",
  help: `Usage: csto-demo analyze <file|-> --published YYYY-MM-DD [--format text|json]
       csto-demo analyze --jsonl <file|-> [--workers N] [--max-line-bytes N]

One article: reads the whole file (or stdin for "-") as Arabic text and prints its dates,
entities, matched session and what held on the publication date.

Batch (--jsonl): reads one JSON object per line, {"id": …, "text": "…", "published":
"YYYY-MM-DD"} ("id" optional), and writes one JSON result per line to stdout, in input order,
streaming with constant memory. A line that is blank, not JSON, missing a field, or whose
analysis fails becomes {"line": n, "id"?: …, "error": {"code", "message"}} in its place; codes:
blank-line, line-too-long, invalid-json, invalid-record, analysis-failed. Lines end at "\n"
only (a trailing "\r" is dropped; a leading UTF-8 BOM too); a numeric id is copied exactly as
written. A summary goes to stderr at the end, and a progress bar too when stderr is a terminal.

Options:
  --published DATE       publication date (one-article mode; anchors relative dates)
  --format text|json     one-article output format (default text)
  --jsonl                batch mode, JSONL in → JSONL out
  --workers N            batch mode: analyse on N worker threads (default 0 = main thread;
                         at most the number of CPUs, larger values are capped)
  --max-line-bytes N     batch mode: longest line accepted (default ${defaultMaxLineBytes} = 4 MiB)
  -h, --help             show this help

${exitCodeHelp}`,
  options: {
    published: { type: "string" },
    format: { type: "string" },
    jsonl: { type: "boolean" },
    workers: { type: "string" },
    "max-line-bytes": { type: "string" },
  },
  maxPositionals: 1,
  run(context) {
    return context.values.jsonl ? analyzeJsonl(context) : analyzeOne(context);
  },
};

async function analyzeOne({ values, positionals, stdin, out, stop }: CommandContext): Promise<number> {
  if (values.workers !== undefined) throw usageError("analyze: --workers needs --jsonl");
  if (values["max-line-bytes"] !== undefined) throw usageError("analyze: --max-line-bytes needs --jsonl");
  const path = positionals[0];
  if (path === undefined) throw usageError("analyze: missing input file (a path, or - for stdin)");
  const published = requireIsoDay(values.published as string | undefined, "published");
  const format = readFormat(values.format);
  const text = path === "-" ? await readAll(stdin, stop) : await readFile(path, "utf8").catch(rethrowUnreadable(path));
  if (stop.aborted) return ExitCode.ok; // runCli turns the stop into 128 + signal
  const report = buildArticleReport(text, published);
  if (format === "json") await out.write(`${JSON.stringify(report, null, 2)}\n`);
  else
    await out.write(
      `${formatArticleReport({ title: path === "-" ? "stdin" : path, subtitle: `published ${published}` }, report, createPalette(out))}\n`,
    );
  return ExitCode.ok;
}

async function analyzeJsonl({
  values,
  positionals,
  stdin,
  out,
  stderr,
  entryUrl,
  stop,
}: CommandContext): Promise<number> {
  if (values.published !== undefined)
    throw usageError("analyze --jsonl: --published is read from each line, not the command line");
  if (values.format !== undefined) throw usageError("analyze --jsonl: output is always JSONL; drop --format");
  const path = positionals[0];
  if (path === undefined) throw usageError("analyze --jsonl: missing input file (a path, or - for stdin)");
  const workers = capWorkers(readWorkers(values.workers as string | undefined), stderr);
  const maxLineBytes = readMaxLineBytes(values["max-line-bytes"] as string | undefined);
  const input = await openInput(path, stdin);
  try {
    const summary = await runBatch({
      input: input.stream,
      totalBytes: input.size,
      output: out,
      stderr,
      workers,
      entryUrl,
      maxLineBytes,
      stop,
    });
    // A broken stdout is reported by runCli (141 quietly, or 74 with one line).
    if (out.failed !== undefined) return ExitCode.ok;
    if (!stop.aborted) input.throwIfFailed();
    stderr.write(`${formatBatchSummary(summary)}\n`);
    return summary.failed > 0 ? ExitCode.someLinesFailed : ExitCode.ok;
  } finally {
    input.stream.destroy();
  }
}

function readWorkers(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d{1,6}$/.test(value))
    throw usageError(`--workers must be a whole number (0 = main thread), got ${JSON.stringify(value)}`);
  return Number(value);
}

/** More threads than CPUs only costs memory (a copy of the libraries each): cap, and say so. */
function capWorkers(requested: number, stderr: NodeJS.WritableStream): number {
  const available = availableParallelism();
  if (requested <= available) return requested;
  stderr.write(`csto-demo: --workers ${requested} is more than the ${available} CPUs available; using ${available}\n`);
  return available;
}

function readMaxLineBytes(value: string | undefined): number {
  if (value === undefined) return defaultMaxLineBytes;
  const bytes = Number(value);
  if (!/^\d{1,10}$/.test(value) || bytes < 1 || bytes > maxMaxLineBytes)
    throw usageError(
      `--max-line-bytes must be a whole number from 1 to ${maxMaxLineBytes}, got ${JSON.stringify(value)}`,
    );
  return bytes;
}

async function readAll(stream: Readable, stop: AbortSignal): Promise<string> {
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  try {
    await once(stream, "end", { signal: stop });
  } catch (error) {
    if (!stop.aborted) throw error;
  }
  return Buffer.concat(chunks).toString("utf8");
}

function rethrowUnreadable(path: string) {
  return (error: unknown): never => {
    throw unreadableInput(path, error);
  };
}
