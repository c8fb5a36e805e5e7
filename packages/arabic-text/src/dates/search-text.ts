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

// The scanner's own offset-map and unit buffers, lent to one scan at a time and reused by the next.
const mapBuffers = new SpareBuffer<Int32Array>((length) => new Int32Array(length), 4096, 1 << 20);
const unitBuffers = new SpareBuffer<Uint16Array>((length) => new Uint16Array(length), 4096, 1 << 20);

/**
 * A search text for one findDates scan, with its units in a lent buffer (the tokenizer reads
 * them: a typed-array read is cheaper than `charCodeAt` on a string) and, when the scan
 * normalized the input itself, its map in a lent buffer too. Give it back with `releaseScanText`.
 */
export interface ScanText extends SearchText {
  /** The UTF-16 units of `text` (the buffer may be longer). */
  units: Uint16Array;
  /** The lent buffer behind `map`, when the map is the scan's own. */
  buffer: Int32Array | undefined;
}

/** `toSearchText` for one findDates scan (the input is already checked). */
export function toScanText(input: string): ScanText {
  const result = normalizeIntoBuffer(input, foldTableFor(resolveNormalizeMask("search")));
  const text = decodeUnits(result);
  const n = result.length + 1;
  const buffer = mapBuffers.take(n);
  buffer.set(result.offsets.subarray(0, n));
  const units = unitBuffers.take(result.length);
  units.set(result.units.subarray(0, result.length));
  releaseLargeBuffers();
  return { text, map: buffer.subarray(0, n), units, buffer };
}

/** The scan text of a text normalized earlier (a prepared document): its units copied out. */
export function scanTextOf(search: SearchText): ScanText {
  const text = search.text;
  const units = unitBuffers.take(text.length);
  for (let k = 0; k < text.length; k++) units[k] = text.charCodeAt(k);
  return { text, map: search.map, units, buffer: undefined };
}

/** Returns a scan's buffers for the next scan (nothing may read them afterwards). */
export function releaseScanText(scan: ScanText): void {
  if (scan.buffer !== undefined) mapBuffers.give(scan.buffer);
  unitBuffers.give(scan.units);
}
