import { foldTableFor } from "../normalize/fold-table.js";
import { normalizeWithMap } from "../normalize/normalize.js";
import {
  decodeUnits,
  keepBuffers,
  type NormalizedBuffer,
  normalizeIntoBuffer,
  returnBuffers,
} from "../normalize/normalize-buffer.js";
import { resolveNormalizeMask } from "../normalize/normalize-options.js";
import { SpareBuffer } from "./spare-buffer.js";

/** Text in the `search` normalization profile with its map back to the input offsets. */
export interface SearchText {
  text: string;
  map: Int32Array;
}

/**
 * The date scanner works on search-normalized text (no harakat/tatweel/bidi marks, folded
 * alef/ya/ta marbuta, ASCII digits, collapsed spaces); lexicon entries go through the same
 * function so both sides always agree.
 */
export function toSearchText(input: string): SearchText {
  return normalizeWithMap(input, "search");
}

// Units copied out of a prepared document's text, lent to one scan at a time.
const unitBuffers = new SpareBuffer<Uint16Array>((length) => new Uint16Array(length), 4096, 1 << 20);

/**
 * A search text for one findDates scan, read by the tokenizer as UTF-16 units (a typed-array
 * read is cheaper than `charCodeAt` on a string). The text itself is decoded only when a token
 * needs a string no earlier token had (a word seen for the first time): a text of known words
 * costs no decoding. Give it back with `releaseScanText`.
 */
export interface ScanText {
  /** The normalized units, `length` of them (the buffer may be longer). */
  units: Uint16Array;
  length: number;
  /** The map from normalized offsets to input offsets (`length + 1` entries). */
  map: Int32Array;
  /** The normalized text once decoded (see scanString). */
  text: string | undefined;
  /** The normalization's own buffers, left to this scan (normalize-buffer.ts keepBuffers). */
  kept: NormalizedBuffer | undefined;
  /** The buffer lent for the units of a prepared text. */
  lent: Uint16Array | undefined;
}

/** The scan text of an input (already checked): normalized, nothing copied or decoded. */
export function toScanText(input: string): ScanText {
  const result = normalizeIntoBuffer(input, foldTableFor(resolveNormalizeMask("search")));
  keepBuffers(result);
  const map = result.offsets.subarray(0, result.length + 1);
  return { units: result.units, length: result.length, map, text: undefined, kept: result, lent: undefined };
}

/** The scan text of a text normalized earlier (a prepared document): its units copied out. */
export function scanTextOf(search: SearchText): ScanText {
  const text = search.text;
  const units = unitBuffers.take(text.length);
  for (let k = 0; k < text.length; k++) units[k] = text.charCodeAt(k);
  return { units, length: text.length, map: search.map, text, kept: undefined, lent: units };
}

/** The normalized text of a scan, decoded on first use. */
export function scanString(scan: ScanText): string {
  let text = scan.text;
  if (text === undefined) {
    text = decodeUnits(scan.kept!);
    scan.text = text;
  }
  return text;
}

/** Gives a scan's buffers back (nothing may read its units or map afterwards). */
export function releaseScanText(scan: ScanText): void {
  if (scan.kept !== undefined) returnBuffers(scan.kept);
  if (scan.lent !== undefined) unitBuffers.give(scan.lent);
}
