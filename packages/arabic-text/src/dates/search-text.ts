import { foldTableFor } from "../normalize/fold-table.js";
import { normalizeWithMap } from "../normalize/normalize.js";
import { decodeUnits, normalizeIntoBuffer, releaseLargeBuffers } from "../normalize/normalize-buffer.js";
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

// The scanner's own offset-map buffer, lent to one scan at a time and reused by the next.
const mapBuffers = new SpareBuffer(4096, 1 << 20);

/** A search text whose map lives in a lent buffer; give it back with `releaseScanText`. */
export interface ScanText extends SearchText {
  buffer: Int32Array;
}

/** `toSearchText` for one findDates scan (the input is already checked). */
export function toScanText(input: string): ScanText {
  const result = normalizeIntoBuffer(input, foldTableFor(resolveNormalizeMask("search")));
  const text = decodeUnits(result);
  const n = result.length + 1;
  const buffer = mapBuffers.take(n);
  buffer.set(result.offsets.subarray(0, n));
  releaseLargeBuffers();
  return { text, map: buffer.subarray(0, n), buffer };
}

/** Returns a scan's map buffer for the next scan (nothing may read the map afterwards). */
export function releaseScanText(scan: ScanText): void {
  mapBuffers.give(scan.buffer);
}
