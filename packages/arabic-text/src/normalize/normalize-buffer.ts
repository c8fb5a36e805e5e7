import { isWhitespace } from "./char-classes.js";
import { composeHamza } from "./compose-hamza.js";
import { DELETE, EXPANSION, type FoldTable, MARK, SPACE } from "./fold-table.js";

// Output and map buffers are reused across calls and grow on demand, so normalizing many
// short strings allocates nothing but the result. Buffers above this size are not kept.
const keepLimit = 1 << 22;
let units = new Uint16Array(0);
let offsets = new Int32Array(0);

/** The output of one pass: `length` units in `units` with their input indexes in `offsets`. */
export interface NormalizedBuffer {
  units: Uint16Array;
  offsets: Int32Array;
  length: number;
}

function ensureCapacity(needed: number, length: number): void {
  if (needed <= units.length) return;
  const capacity = Math.max(needed, units.length * 2, 64);
  const grownUnits = new Uint16Array(capacity);
  grownUnits.set(units.subarray(0, length));
  const grownOffsets = new Int32Array(capacity + 1);
  grownOffsets.set(offsets.subarray(0, length));
  units = grownUnits;
  offsets = grownOffsets;
}

/** Lets a huge one-off input's buffers be collected instead of pinning them forever. */
export function releaseLargeBuffers(): void {
  if (units.length > keepLimit) {
    units = new Uint16Array(0);
    offsets = new Int32Array(0);
  }
}

/**
 * The single normalization pass over UTF-16 code units. Each unit is looked up in the fold
 * table; the rare actions (marks that compose with the previous letter, ligatures) take a
 * slower branch. Whitespace runs are held as one pending space (its map entry = the first
 * whitespace unit of the run) and only written when a non-space follows, which collapses and
 * trims in the same pass.
 */
export function normalizeIntoBuffer(input: string, table: FoldTable): NormalizedBuffer {
  const n = input.length;
  ensureCapacity(n + 1, 0);
  let out = units;
  let map = offsets;
  const codes = table.codes;
  const trim = table.trim;
  let length = 0;
  let pending = -1;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    let action = codes[c]!;
    if (action >= 0) {
      if (pending >= 0) {
        if (length > 0 || !trim) {
          out[length] = 0x20;
          map[length++] = pending;
        }
        pending = -1;
      }
      out[length] = action;
      map[length++] = i;
      continue;
    }
    if (action === SPACE) {
      if (pending < 0) pending = i;
      continue;
    }
    if (action === DELETE) continue;
    if (action === MARK) {
      if (pending < 0 && length > 0) {
        const composed = composeHamza(out[length - 1]!, c);
        if (composed !== 0) {
          // The composed letter keeps the map entry of its base letter.
          out[length - 1] = codes[composed]!;
          continue;
        }
      }
      if (table.stripMarks) continue;
      action = c;
      if (pending >= 0) {
        if (length > 0 || !trim) {
          out[length] = 0x20;
          map[length++] = pending;
        }
        pending = -1;
      }
      out[length] = action;
      map[length++] = i;
      continue;
    }
    // A ligature: every produced unit maps to the ligature's own index.
    const expansion = table.expansions[EXPANSION - action]!;
    ensureCapacity(length + expansion.length + (n - i) + 1, length);
    out = units;
    map = offsets;
    for (let k = 0; k < expansion.length; k++) {
      const unit = expansion[k]!;
      if (unit === SPACE) {
        if (pending < 0) pending = i;
        continue;
      }
      if (pending >= 0) {
        if (length > 0 || !trim) {
          out[length] = 0x20;
          map[length++] = pending;
        }
        pending = -1;
      }
      out[length] = unit;
      map[length++] = i;
    }
  }
  if (pending >= 0 && !trim) {
    out[length] = 0x20;
    map[length++] = pending;
  }
  if (table.trimWithoutCollapse) length = trimBuffer(out, map, length);
  map[length] = n;
  return { units: out, offsets: map, length };
}

/** Trim for option sets that trim but do not collapse: drop whitespace units at both ends. */
function trimBuffer(out: Uint16Array, map: Int32Array, length: number): number {
  let end = length;
  while (end > 0 && isWhitespace(out[end - 1]!)) end--;
  let start = 0;
  while (start < end && isWhitespace(out[start]!)) start++;
  if (start > 0) {
    out.copyWithin(0, start, end);
    map.copyWithin(0, start, end);
  }
  return end - start;
}

const chunkSize = 8192;

/** Decodes output units into a string. fromCharCode keeps lone surrogates as they are. */
export function decodeUnits(out: Uint16Array, length: number): string {
  if (length <= chunkSize) {
    return String.fromCharCode.apply(null, out.subarray(0, length) as unknown as number[]);
  }
  let text = "";
  for (let start = 0; start < length; start += chunkSize) {
    const end = Math.min(start + chunkSize, length);
    text += String.fromCharCode.apply(null, out.subarray(start, end) as unknown as number[]);
  }
  return text;
}
