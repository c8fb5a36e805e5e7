import { isIsoDay } from "../cli/iso-day.js";
import { buildArticleAnalysis } from "../report/build-article-report.js";
import { memberSource } from "./member-source.js";

/** Stable codes of batch error records (documented in the README). */
export type BatchErrorCode = "blank-line" | "line-too-long" | "invalid-json" | "invalid-record" | "analysis-failed";

/** The outcome of one input line: its output JSON (no newline) and whether it failed. */
export interface LineOutcome {
  readonly json: string;
  readonly errorCode?: BatchErrorCode;
}

/**
 * `{"line":n,"id":…,…rest}` with the id given as JSON source text, so a numeric id is copied
 * exactly as the input wrote it (64-bit ids keep joining).
 */
function recordJson(line: number, idSource: string | undefined, rest: object): string {
  const head = idSource === undefined ? `{"line":${line}` : `{"line":${line},"id":${idSource}`;
  const body = JSON.stringify(rest);
  return body === "{}" ? `${head}}` : `${head},${body.slice(1)}`;
}

/** The error record for line `line`. */
export function failureOutcome(
  line: number,
  idSource: string | undefined,
  code: BatchErrorCode,
  message: string,
): LineOutcome {
  return { json: recordJson(line, idSource, { error: { code, message } }), errorCode: code };
}

/**
 * Turns one JSONL line `{ id?, text, published }` into one output line. Never throws: a bad
 * line or a failing analysis becomes `{ line, id?, error: { code, message } }` in its place,
 * so output line n always answers input line n. `raw` is `undefined` for a line that was
 * longer than `maxLineBytes` (and skipped).
 */
export function analyzeLine(raw: string | undefined, line: number, maxLineBytes?: number): LineOutcome {
  if (raw === undefined) {
    const limit = maxLineBytes === undefined ? "the maximum" : `${maxLineBytes} bytes`;
    return failureOutcome(line, undefined, "line-too-long", `line longer than ${limit}; skipped to the next newline`);
  }
  // Blank lines are reported, not skipped: a pipe stage must keep one output per input line.
  if (raw.trim() === "") return failureOutcome(line, undefined, "blank-line", "empty line");
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return failureOutcome(line, undefined, "invalid-json", error instanceof Error ? error.message : String(error));
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return failureOutcome(line, undefined, "invalid-record", "expected a JSON object {id, text, published}");
  }
  const record = parsed as Record<string, unknown>;
  const id = Object.hasOwn(record, "id") ? record.id : undefined;
  let idSource: string | undefined;
  if (typeof id === "string") idSource = JSON.stringify(id);
  else if (typeof id === "number") idSource = memberSource(raw, "id");
  else if (id !== undefined)
    return failureOutcome(line, undefined, "invalid-record", '"id" must be a string or a number');
  const text = Object.hasOwn(record, "text") ? record.text : undefined;
  const published = Object.hasOwn(record, "published") ? record.published : undefined;
  if (typeof text !== "string") return failureOutcome(line, idSource, "invalid-record", '"text" must be a string');
  if (typeof published !== "string" || !isIsoDay(published)) {
    return failureOutcome(line, idSource, "invalid-record", '"published" must be a date written YYYY-MM-DD');
  }
  try {
    return { json: recordJson(line, idSource, buildArticleAnalysis(text, published)) };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const message = error instanceof Error ? error.message : String(error);
    return failureOutcome(
      line,
      idSource,
      "analysis-failed",
      typeof code === "string" ? `${code}: ${message}` : message,
    );
  }
}

/** The id of a line as JSON source text, when the line is a JSON object with a valid id. Never throws. */
export function idSourceOf(raw: string | null | undefined): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null || !Object.hasOwn(parsed, "id")) return undefined;
    const id = (parsed as { id: unknown }).id;
    if (typeof id === "string") return JSON.stringify(id);
    return typeof id === "number" ? memberSource(raw, "id") : undefined;
  } catch {
    return undefined;
  }
}
