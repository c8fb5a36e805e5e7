import { createInterface } from "node:readline";
import type { BatchErrorCode } from "./analyze-line.js";
import { createBatchProgress } from "./batch-progress.js";
import { analyzeChunk, type ChunkResult, type LineChunk } from "./chunk-result.js";
import { LineWriter } from "./line-writer.js";
import { WorkerPool } from "./worker-pool.js";

export interface BatchOptions {
  readonly input: NodeJS.ReadableStream;
  /** Input size in bytes when known (a file), for the progress percentage and ETA. */
  readonly totalBytes?: number;
  readonly output: NodeJS.WritableStream;
  readonly stderr: NodeJS.WriteStream;
  /** 0 = analyse on the main thread. */
  readonly workers: number;
  readonly entryUrl: string;
}

export interface BatchSummary {
  readonly lines: number;
  readonly failed: number;
  readonly failures: Partial<Record<BatchErrorCode, number>>;
  readonly seconds: number;
}

// Lines per worker task: big enough to amortise the message cost, small enough to keep memory flat.
const chunkLines = 256;

/**
 * Streams JSONL through the analysis: one output line per input line, in input order. Memory
 * stays flat: readline pauses the input while we wait for the output to drain, and with workers
 * at most `2 × workers` chunks are in flight.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = process.hrtime.bigint();
  const writer = new LineWriter(options.output);
  const progress = createBatchProgress(options.stderr, options.totalBytes);
  const pool = options.workers > 0 ? new WorkerPool(options.workers, options.entryUrl) : undefined;
  const inFlight: Promise<ChunkResult>[] = [];
  const maxInFlight = Math.max(2, options.workers * 2);
  const failures: Partial<Record<BatchErrorCode, number>> = {};
  let lines = 0;
  let failed = 0;
  let written = 0;
  let bytes = 0;
  let chunk: string[] = [];
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
    const work: LineChunk = { firstLine: chunkStart, lines: chunk };
    chunk = [];
    chunkStart = lines + 1;
    if (!pool) return record(analyzeChunk(work));
    inFlight.push(pool.run(work));
    while (inFlight.length >= maxInFlight) await record(await (inFlight.shift() as Promise<ChunkResult>));
  };

  const reader = createInterface({ input: options.input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of reader) {
      lines++;
      bytes += Buffer.byteLength(line) + 1;
      chunk.push(line);
      if (chunk.length >= chunkLines) await submit();
    }
    if (chunk.length > 0) await submit();
    while (inFlight.length > 0) await record(await (inFlight.shift() as Promise<ChunkResult>));
    await writer.flush();
  } finally {
    reader.close();
    progress.stop();
    await pool?.close();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { lines, failed, failures, seconds };
}

/** The one-line summary written to stderr at the end of a run. */
export function formatBatchSummary(summary: BatchSummary): string {
  const rate = summary.seconds > 0 ? Math.round(summary.lines / summary.seconds) : summary.lines;
  const details = Object.entries(summary.failures)
    .map(([code, count]) => `${code} ${count}`)
    .join(", ");
  return (
    `csto-demo: ${summary.lines} lines, ${summary.lines - summary.failed} ok, ${summary.failed} failed` +
    `${details ? ` (${details})` : ""} in ${summary.seconds.toFixed(2)} s (${rate} lines/s)`
  );
}
