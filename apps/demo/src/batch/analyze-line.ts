import { isIsoDay } from "../cli/iso-day.js";
import { buildArticleAnalysis } from "../report/build-article-report.js";

/** Stable codes of batch error records (documented in the README). */
export type BatchErrorCode = "blank-line" | "invalid-json" | "invalid-record" | "analysis-failed";

/** The outcome of one input line: its output JSON (no newline) and whether it failed. */
export interface LineOutcome {
  readonly json: string;
  readonly errorCode?: BatchErrorCode;
}

function failure(line: number, id: unknown, code: BatchErrorCode, message: string): LineOutcome {
  const record = id === undefined ? { line, error: { code, message } } : { line, id, error: { code, message } };
  return { json: JSON.stringify(record), errorCode: code };
}

/**
 * Turns one JSONL line `{ id?, text, published }` into one output line. Never throws: a bad
 * line or a failing analysis becomes `{ line, id?, error: { code, message } }` in its place,
 * so output line n always answers input line n.
 */
export function analyzeLine(raw: string, line: number): LineOutcome {
  // Blank lines are reported, not skipped: a pipe stage must keep one output per input line.
  if (raw.trim() === "") return failure(line, undefined, "blank-line", "empty line");
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return failure(line, undefined, "invalid-json", error instanceof Error ? error.message : String(error));
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return failure(line, undefined, "invalid-record", "expected a JSON object {id, text, published}");
  }
  const record = parsed as Record<string, unknown>;
  const id = record.id;
  const idIsValid = id === undefined || typeof id === "string" || (typeof id === "number" && Number.isFinite(id));
  if (!idIsValid) return failure(line, undefined, "invalid-record", '"id" must be a string or a number');
  if (typeof record.text !== "string") return failure(line, id, "invalid-record", '"text" must be a string');
  if (typeof record.published !== "string" || !isIsoDay(record.published)) {
    return failure(line, id, "invalid-record", '"published" must be a date written YYYY-MM-DD');
  }
  try {
    const report = buildArticleAnalysis(record.text, record.published);
    const output = id === undefined ? { line, ...report } : { line, id, ...report };
    return { json: JSON.stringify(output) };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const message = error instanceof Error ? error.message : String(error);
    return failure(line, id, "analysis-failed", typeof code === "string" ? `${code}: ${message}` : message);
  }
}
