import { isWhitespace } from "./char-classes.js";
import { composeHamza } from "./compose-hamza.js";
import { EXPANSION, type FoldTable, MARK, SPACE, SURROGATE } from "./fold-table.js";

// Output and map buffers are reused across calls and grow on demand, so normalizing many
// short strings allocates nothing but the result. Buffers above this size are not kept.
const keepLimit = 1 << 22;
// Allocated on first use (nothing is built at import time).
let units: Uint16Array = undefined as unknown as Uint16Array;
let offsets: Int32Array = undefined as unknown as Int32Array;

/** The output of one pass: `length` units in `units` with their input indexes in `offsets`. */
export interface NormalizedBuffer {
  units: Uint16Array;
  offsets: Int32Array;
  length: number;
  /** Whether a surrogate unit was written (the output then needs a surrogate-safe decoder). */
  surrogates: boolean;
}

function ensureCapacity(needed: number, length: number): void {
  const current = units === undefined ? 0 : units.length;
  if (needed <= current) return;
  const capacity = Math.max(needed, current * 2, 64);
  const grownUnits = new Uint16Array(capacity);
  const grownOffsets = new Int32Array(capacity + 1);
  if (length > 0) {
    grownUnits.set(units.subarray(0, length));
    grownOffsets.set(offsets.subarray(0, length));
  }
  units = grownUnits;
  offsets = grownOffsets;
}

// A pair of buffers given back by a caller that kept the previous pair (keepBuffers).
let spareUnits: Uint16Array | undefined;
let spareOffsets: Int32Array | undefined;

/**
 * Leaves the buffers of `result` (the latest pass) to the caller, who reads them as long as it
 * needs instead of copying them out; later passes write into a spare pair or new buffers.
 * Give them back with `returnBuffers`.
 */
export function keepBuffers(result: NormalizedBuffer): void {
  if (result.units !== units) return;
  units = spareUnits as Uint16Array;
  offsets = spareOffsets as Int32Array;
  spareUnits = undefined;
  spareOffsets = undefined;
}

/** Takes back buffers left to a caller by `keepBuffers` (huge ones are let go). */
export function returnBuffers(kept: NormalizedBuffer): void {
  if (kept.units.length > keepLimit) return;
  if (units === undefined) {
    units = kept.units;
    offsets = kept.offsets;
  } else if (spareUnits === undefined) {
    spareUnits = kept.units;
    spareOffsets = kept.offsets;
  }
}

/** Lets a huge one-off input's buffers be collected instead of pinning them forever. */
export function releaseLargeBuffers(): void {
  if (units !== undefined && units.length > keepLimit) {
    units = undefined as unknown as Uint16Array;
    offsets = undefined as unknown as Int32Array;
  }
}

/**
 * The single normalization pass over UTF-16 code units. Each unit is looked up in the fold
 * table; a unit that maps to a unit is written with its input index, a deleted unit is
 * written but not kept, and the rare rest (composing marks, ligatures, surrogates) goes to
 * `rareAction`. Without `withMap` the map entries are not written (only `units` is valid).
 *
 * Collapsing whitespace is branch-free: a SPACE entry writes U+0020 but only advances the
 * output when the previous output unit is not a space, so the map entry of a collapsed space
 * is the index of the first whitespace unit of its run. Trimming starts as if a space had
 * just been written (dropping leading ones) and drops a trailing one at the end.
 */
export function normalizeIntoBuffer(input: string, table: FoldTable, withMap = true): NormalizedBuffer {
  const n = input.length;
  ensureCapacity(n + 1, 0);
  sawSurrogate = false;
  // Two copies of the hot loop, each in its own function so that V8 optimizes each for its
  // caller: `normalize` needs no map, and skipping its store saves about 20 % of the time.
  let length = withMap ? foldWithMap(input, table) : foldWithoutMap(input, table);
  const out = units;
  const map = offsets;
  // A trailing collapsed space (the only kind of U+0020 when whitespace collapses).
  if (table.trim && table.collapses && length > 0 && out[length - 1] === 0x20) length--;
  if (table.trimWithoutCollapse) length = trimBuffer(out, map, length);
  map[length] = n;
  return { units: out, offsets: map, length, surrogates: sawSurrogate };
}

/** The loop that also writes the map. Keep it identical to foldWithoutMap apart from that store. */
function foldWithMap(input: string, table: FoldTable): number {
  const n = input.length;
  const codes = table.codes;
  let length = 0;
  // 1 while the last output unit is a collapsed space (or nothing was written and we trim).
  let afterSpace = table.trim ? 1 : 0;
  let i = 0;
  // The buffers are constants inside one sweep; a ligature that needs more room grows them
  // and starts a new sweep at the same unit (V8 keeps the hot loop tighter this way).
  sweep: for (;;) {
    const out = units;
    const map = offsets;
    for (; i < n; i++) {
      const action = codes[input.charCodeAt(i)]!;
      if (action >= 0) {
        // Branch-free: a unit is always written, and the output advances unless the unit is
        // deleted or is a space right after a space. A Uint16Array store keeps the low 16
        // bits, so SPACE writes U+0020.
        const skip = action >>> 17;
        const space = (action >>> 16) & 1;
        out[length] = action;
        map[length] = i;
        length += ((space & afterSpace) | skip) ^ 1;
        // A deleted unit (an RLM inside a run of spaces) leaves afterSpace as it was.
        afterSpace ^= (space ^ afterSpace) & (skip ^ 1);
      } else {
        const next = rareAction(input, i, action, table, out, map, length);
        if (next < 0) {
          ensureCapacity(length + (n - i) + maxExpansion + 1, length);
          continue sweep;
        }
        length = next;
        afterSpace = afterRareAction(out, length, table);
      }
    }
    return length;
  }
}

/** The loop for `normalize`: as foldWithMap, without the map store. */
function foldWithoutMap(input: string, table: FoldTable): number {
  const n = input.length;
  const codes = table.codes;
  let length = 0;
  let afterSpace = table.trim ? 1 : 0;
  let i = 0;
  sweep: for (;;) {
    const out = units;
    for (; i < n; i++) {
      const action = codes[input.charCodeAt(i)]!;
      if (action >= 0) {
        const skip = action >>> 17;
        const space = (action >>> 16) & 1;
        out[length] = action;
        length += ((space & afterSpace) | skip) ^ 1;
        afterSpace ^= (space ^ afterSpace) & (skip ^ 1);
      } else {
        const next = rareAction(input, i, action, table, out, offsets, length);
        if (next < 0) {
          ensureCapacity(length + (n - i) + maxExpansion + 1, length);
          continue sweep;
        }
        length = next;
        afterSpace = afterRareAction(out, length, table);
      }
    }
    return length;
  }
}

function afterRareAction(out: Uint16Array, length: number, table: FoldTable): number {
  if (length === 0) return table.trim ? 1 : 0;
  return out[length - 1] === 0x20 && table.collapses ? 1 : 0;
}

// The longest ligature expansion is 4 units (ﷲ ﷳ ﷴ … ﷼; the phrase ligatures ﷺ ﷻ ﷽ are
// kept whole), so the output is at most 4× the input. Room to spare.
const maxExpansion = 32;
let sawSurrogate = false;

/**
 * Marks that compose with the previous letter, surrogates and ligatures: rare units kept out
 * of the hot loop. Returns the new output length, or -1 when a ligature needs more room.
 */
function rareAction(
  input: string,
  i: number,
  action: number,
  table: FoldTable,
  out: Uint16Array,
  map: Int32Array,
  length: number,
): number {
  const c = input.charCodeAt(i);
  if (action === MARK) {
    const composed = length > 0 ? composeHamza(out[length - 1]!, c) : 0;
    if (composed !== 0) {
      // The composed letter keeps the map entry of its base letter.
      out[length - 1] = table.codes[composed]!;
      return length;
    }
    if (table.stripMarks) return length;
    out[length] = c;
    map[length] = i;
    return length + 1;
  }
  if (action === SURROGATE) {
    sawSurrogate = true;
    out[length] = c;
    map[length] = i;
    return length + 1;
  }
  // A ligature: every produced unit maps to the ligature's own index.
  const expansion = table.expansions[EXPANSION - action]!;
  if (length + expansion.length + (input.length - i) + 1 > out.length) return -1;
  for (let k = 0; k < expansion.length; k++) {
    const unit = expansion[k]!;
    if (unit !== SPACE) {
      out[length] = unit;
      map[length++] = i;
    } else if (length > 0 ? out[length - 1] !== 0x20 : !table.trim) {
      out[length] = 0x20;
      map[length++] = i;
    }
  }
  return length;
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
let decoder: TextDecoder | undefined;

/** Node's Buffer, when the runtime has one: its UTF-16 decoder is the fastest and keeps lone surrogates. */
interface NodeBuffer {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { ucs2Slice(start: number, end: number): string };
}
let nodeBuffer: NodeBuffer | null | undefined;
let nodeView: { buffer: ArrayBufferLike; view: { ucs2Slice(start: number, end: number): string } } | undefined;

/**
 * Decodes output units into a string. Node's Buffer (ucs2Slice) is the fast path where it
 * exists; elsewhere TextDecoder, which would turn a lone surrogate into U+FFFD, so output
 * holding surrogates goes through fromCharCode there, which keeps them as they are.
 */
export function decodeUnits(result: NormalizedBuffer): string {
  const { units: out, length } = result;
  if (length === 0) return "";
  if (nodeBuffer === undefined) {
    const candidate = (globalThis as unknown as { Buffer?: NodeBuffer }).Buffer;
    nodeBuffer = typeof candidate?.from === "function" ? candidate : null;
  }
  if (nodeBuffer !== null) {
    if (nodeView?.buffer !== out.buffer) {
      nodeView = { buffer: out.buffer, view: nodeBuffer.from(out.buffer, 0, out.buffer.byteLength) };
    }
    return nodeView.view.ucs2Slice(out.byteOffset, out.byteOffset + length * 2);
  }
  return decodePortable(result);
}

/** The decoder for runtimes without Buffer (browsers, workers). */
export function decodePortable(result: NormalizedBuffer): string {
  const { units: out, length } = result;
  if (!result.surrogates) {
    // ignoreBOM keeps a U+FEFF that an option set chose not to remove.
    decoder ??= new TextDecoder("utf-16le", { ignoreBOM: true });
    return decoder.decode(out.subarray(0, length));
  }
  let text = "";
  for (let start = 0; start < length; start += chunkSize) {
    const end = Math.min(start + chunkSize, length);
    text += String.fromCharCode.apply(null, out.subarray(start, end) as unknown as number[]);
  }
  return text;
}
