import { checkTextInput } from "../errors/text-input.js";
import { foldTableFor } from "./fold-table.js";
import { decodeUnits, normalizeIntoBuffer, releaseLargeBuffers } from "./normalize-buffer.js";
import { type NormalizeOptions, type NormalizeProfile, resolveNormalizeMask } from "./normalize-options.js";

/** A normalized string and, for each of its UTF-16 units, the index of its source unit. */
export interface NormalizedText {
  text: string;
  /**
   * `map[i]` is the index in the input of the unit that produced output unit `i`;
   * `map.length === text.length + 1` and `map[text.length] === input.length`. Non-decreasing.
   */
  map: Int32Array;
}

/**
 * Normalizes Arabic text with the `search` profile (default), the `display` profile or an
 * options object. Accepts any string up to `MAX_INPUT_LENGTH` units (lone surrogates and
 * controls pass through); throws a `CstoError` only for misuse: a non-string (`INVALID_INPUT`),
 * a longer string (`INPUT_TOO_LARGE`), an unknown profile or a non-boolean / unknown option.
 */
export function normalize(text: string, options?: NormalizeProfile | NormalizeOptions): string {
  const input = checkTextInput(text, "normalize");
  const table = foldTableFor(resolveNormalizeMask(options));
  const result = normalizeIntoBuffer(input, table, false);
  const output = decodeUnits(result);
  releaseLargeBuffers();
  return output;
}

/** Like `normalize`, and also returns the offset map back to the input. */
export function normalizeWithMap(text: string, options?: NormalizeProfile | NormalizeOptions): NormalizedText {
  const input = checkTextInput(text, "normalizeWithMap");
  const table = foldTableFor(resolveNormalizeMask(options));
  const result = normalizeIntoBuffer(input, table);
  const output = decodeUnits(result);
  const map = result.offsets.slice(0, result.length + 1);
  releaseLargeBuffers();
  return { text: output, map };
}
