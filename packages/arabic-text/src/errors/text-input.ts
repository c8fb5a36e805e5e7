import { CstoError } from "./csto-error.js";

/**
 * The longest text, in UTF-16 code units, that the text functions accept: 10,000,000 units
 * (about 20 MB of Arabic as UTF-8). Longer text throws `CstoError` `INPUT_TOO_LARGE`.
 *
 * Why this number: the longest news article is well under 100,000 units, a whole book under
 * 2,000,000, so 10 M leaves room for any document a caller should pass in one call. Every
 * function is linear, and at the maximum a prepared document (original, normalized text,
 * offset map, tokens) needs a few hundred MB: the bound keeps a single call from taking a
 * process down, while anything larger belongs in a streaming or per-paragraph loop.
 */
export const MAX_INPUT_LENGTH = 10_000_000;

/** How a wrong value is named in an error message ("a number", "null", "an object"). */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * The one bad-input policy of every text function: a non-string throws `INVALID_INPUT`,
 * a string longer than `MAX_INPUT_LENGTH` throws `INPUT_TOO_LARGE`, any other string passes.
 */
export function checkTextInput(value: unknown, functionName: string): string {
  if (typeof value !== "string") {
    throw new CstoError("INVALID_INPUT", `${functionName} expects the text as a string, got ${describeValue(value)}`);
  }
  checkTextLength(value, functionName);
  return value;
}

/** The length half of `checkTextInput`, for callers that already know they hold a string. */
export function checkTextLength(value: string, functionName: string): void {
  if (value.length > MAX_INPUT_LENGTH) {
    throw new CstoError(
      "INPUT_TOO_LARGE",
      `${functionName} accepts at most ${MAX_INPUT_LENGTH} UTF-16 units of text, got ${value.length}; split the text first`,
    );
  }
}
