import type { Readable } from "node:stream";
import type { OutputWriter } from "../cli/output-writer.js";
import type { BatchErrorCode } from "./analyze-line.js";
import { createBatchProgress } from "./batch-progress.js";
import { analyzeChunk, type ChunkResult, deadWorkerResult, joinResults, type LineChunk } from "./chunk-result.js";
import { LineWriter } from "./line-writer.js";
import { defaultMaxLineBytes, readLines } from "./read-lines.js";
import { WorkerDiedError, WorkerPool } from "./worker-pool.js";

export interface BatchOptions {
  readonly input: Readable;
  /** Input size in bytes when known (a file), for the progress percentage and ETA. */
  readonly totalBytes?: number;
  readonly output: OutputWriter;
  readonly stderr: NodeJS.WriteStream;
  /** 0 = analyse on the main thread. */
  readonly workers: number;
  readonly entryUrl: string;
  /** Longest accepted line in bytes; longer ones become `line-too-long` records. */
  readonly maxLineBytes?: number;
  /** Aborted on SIGINT/SIGTERM: stop reading, write the records already made, drop the rest. */
  readonly stop?: AbortSignal;
}

export interface BatchSummary {
  readonly lines: number;
  /** Lines whose record was written (less than `lines` after a stop or a broken output). */
  readonly written: number;
  readonly failed: number;
  readonly failures: Partial<Record<BatchErrorCode, number>>;
  readonly seconds: number;
  /** Set when the run was stopped before the end of the input. */
  readonly stoppedBy?: string;
}

// Lines per worker task: big enough to amortise the message cost, small enough to keep memory flat.
const chunkLines = 256;

/**
 * Streams JSONL through the analysis: one output line per input line, in input order. Memory
 * stays flat: reading pauses while we wait for the output to be taken, lines are capped at
 * `maxLineBytes`, and with workers at most `2 × workers` chunks are in flight.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = process.hrtime.bigint();
  const maxLineBytes = options.maxLineBytes ?? defaultMaxLineBytes;
  const writer = new LineWriter(options.output);
  const progress = createBatchProgress(options.stderr, options.totalBytes);
  const pool = options.workers > 0 ? new WorkerPool(options.workers, options.entryUrl) : undefined;
  const inFlight: Promise<ChunkResult>[] = [];
  const maxInFlight = Math.max(2, options.workers * 2);
  const failures: Partial<Record<BatchErrorCode, number>> = {};
  const stop = options.stop;
  const halted = () => stop?.aborted === true || options.output.failed !== undefined;
  let lines = 0;
  let failed = 0;
  let written = 0;
  let bytes = 0;
  let chunk: (string | null)[] = [];
  let chunkStart = 1;

  const record = async (result: ChunkResult) => {
    await writer.write(result.output);
    written += result.lineCount;
    for (const [code, count] of Object.entries(result.failures) as [BatchErrorCode, number][]) {
      failures[code] = (failures[code] ?? 0) + count;
      failed += count;
    }
    progress.update(written, bytes);
  };
  const submit = async () => {
    const work: LineChunk = { firstLine: chunkStart, lines: chunk, maxLineBytes };
    chunk = [];
    chunkStart = lines + 1;
    if (!pool) return record(analyzeChunk(work));
    inFlight.push(runOnPool(pool, work));
    while (inFlight.length >= maxInFlight && !halted()) await record(await (inFlight.shift() as Promise<ChunkResult>));
  };

  // Destroying the input wakes a read that is waiting for data (a quiet pipe, /dev/zero).
  const onStop = () => options.input.destroy();
  stop?.addEventListener("abort", onStop, { once: true });
  try {
    try {
      for await (const line of readLines(options.input, maxLineBytes)) {
        if (halted()) break;
        lines++;
        bytes += line.bytes;
        chunk.push(line.text ?? null);
        // An over-long line goes out at once, so its record shows up while the rest is skipped.
        if (line.text === undefined || chunk.length >= chunkLines) await submit();
      }
    } catch (error) {
      if (!halted()) throw error;
    }
    if (!halted() && chunk.length > 0) await submit();
    while (inFlight.length > 0 && !halted()) await record(await (inFlight.shift() as Promise<ChunkResult>));
    // After a stop the records already made are whole lines: they go out, in-flight chunks do not.
    await writer.flush();
  } finally {
    stop?.removeEventListener("abort", onStop);
    progress.stop();
    await pool?.close();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const stoppedBy = stop?.aborted ? String(stop.reason) : undefined;
  return { lines, written, failed, failures, seconds, ...(stoppedBy ? { stoppedBy } : {}) };
}

/**
 * Runs a chunk on the pool; when its worker dies (out of memory, a crash), retries it line by
 * line so only the line that kills a worker becomes `analysis-failed`.
 */
async function runOnPool(pool: WorkerPool, work: LineChunk): Promise<ChunkResult> {
  try {
    return await pool.run(work);
  } catch (error) {
    if (!(error instanceof WorkerDiedError)) throw error;
    if (work.lines.length === 1) return deadWorkerResult(work, error.message);
    const single = work.lines.map((line, index) =>
      runOnPool(pool, { firstLine: work.firstLine + index, lines: [line], maxLineBytes: work.maxLineBytes }),
    );
    return joinResults(await Promise.all(single));
  }
}

/** The one-line summary written to stderr at the end of a run. */
export function formatBatchSummary(summary: BatchSummary): string {
  const rate = summary.seconds > 0 ? Math.round(summary.lines / summary.seconds) : summary.lines;
  const details = Object.entries(summary.failures)
    .map(([code, count]) => `${code} ${count}`)
    .join(", ");
  const stopped = summary.stoppedBy ? `; stopped by ${summary.stoppedBy} after ${summary.written} records` : "";
  return (
    `csto-demo: ${summary.lines} lines, ${summary.lines - summary.failed} ok, ${summary.failed} failed` +
    `${details ? ` (${details})` : ""} in ${summary.seconds.toFixed(2)} s (${rate} lines/s)${stopped}`
  );
}
