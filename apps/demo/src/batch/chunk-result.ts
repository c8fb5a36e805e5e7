import { analyzeLine, type BatchErrorCode } from "./analyze-line.js";

/** A run of consecutive input lines, the unit handed to a worker. */
export interface LineChunk {
  readonly firstLine: number;
  readonly lines: readonly string[];
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
    const outcome = analyzeLine(raw, chunk.firstLine + index);
    output += `${outcome.json}\n`;
    if (outcome.errorCode) failures[outcome.errorCode] = (failures[outcome.errorCode] ?? 0) + 1;
  });
  return { output, lineCount: chunk.lines.length, failures };
}
