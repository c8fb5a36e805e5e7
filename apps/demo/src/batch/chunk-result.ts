import { analyzeLine, type BatchErrorCode, failureOutcome, idSourceOf } from "./analyze-line.js";

/** A run of consecutive input lines, the unit handed to a worker. */
export interface LineChunk {
  readonly firstLine: number;
  /** The lines' text; `null` for a line longer than `maxLineBytes` (structured-clone friendly). */
  readonly lines: readonly (string | null)[];
  readonly maxLineBytes?: number;
}

/** The output of a chunk: its JSONL text (each line ends with "\n") and its failures by code. */
export interface ChunkResult {
  readonly output: string;
  readonly lineCount: number;
  readonly failures: Partial<Record<BatchErrorCode, number>>;
}

/** Analyses every line of a chunk in order. Never throws. */
export function analyzeChunk(chunk: LineChunk): ChunkResult {
  let output = "";
  const failures: Partial<Record<BatchErrorCode, number>> = {};
  chunk.lines.forEach((raw, index) => {
    const outcome = analyzeLine(raw ?? undefined, chunk.firstLine + index, chunk.maxLineBytes);
    output += `${outcome.json}\n`;
    if (outcome.errorCode) failures[outcome.errorCode] = (failures[outcome.errorCode] ?? 0) + 1;
  });
  return { output, lineCount: chunk.lines.length, failures };
}

/** The result for a one-line chunk whose worker died while analysing it. */
export function deadWorkerResult(chunk: LineChunk, reason: string): ChunkResult {
  const idSource = idSourceOf(chunk.lines[0]);
  const outcome = failureOutcome(chunk.firstLine, idSource, "analysis-failed", `the analysis worker died: ${reason}`);
  return { output: `${outcome.json}\n`, lineCount: 1, failures: { "analysis-failed": 1 } };
}

/** Concatenates results of consecutive chunks. */
export function joinResults(results: readonly ChunkResult[]): ChunkResult {
  const failures: Partial<Record<BatchErrorCode, number>> = {};
  for (const result of results) {
    for (const [code, count] of Object.entries(result.failures) as [BatchErrorCode, number][]) {
      failures[code] = (failures[code] ?? 0) + count;
    }
  }
  return {
    output: results.map((result) => result.output).join(""),
    lineCount: results.reduce((sum, result) => sum + result.lineCount, 0),
    failures,
  };
}
