import { CstoError } from "../errors/csto-error.js";
import { tokenizeForDates } from "./date-tokens.js";
import { parseExpressionAt } from "./parse-expression.js";
import { readReference } from "./reference.js";
import { resolveExpression } from "./resolve-expression.js";
import type { Anchor } from "./resolve-types.js";
import { createScanContext, type ScanContext, type TokenMatch } from "./scan-context.js";
import { toSearchText } from "./search-text.js";
import { detectTense } from "./tense.js";
import type { DateMention, DateOptions } from "./types.js";
import type { CalendarDay } from "./umm-al-qura.js";

/** Offsets in the original input of a token match (proclitics outside, trailing harakat inside). */
function originalSpan(ctx: ScanContext, m: TokenMatch): [number, number] {
  const first = ctx.tokens[m.first]!;
  const last = ctx.tokens[m.last]!;
  const start = ctx.map[first.start + m.prefix]!;
  let end = ctx.map[last.end - 1]! + 1;
  const src = ctx.source;
  // Keep a surrogate pair whole, and the harakat/tatweel that belong to the last letter ("غداً").
  if (end < src.length && (src.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
  while (end < src.length) {
    const c = src.charCodeAt(end);
    if ((c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640) end++;
    else break;
  }
  return [start, end];
}

const CHUNK = 4096;
const MAX_CHUNK = 65_536;

/** Where the chunk starting at `from` ends: after a sentence end past CHUNK characters. */
function chunkEnd(text: string, from: number): number {
  if (text.length - from <= CHUNK) return text.length;
  for (let i = from + CHUNK; i < text.length - 1 && i < from + MAX_CHUNK; i++) {
    const c = text[i];
    if ((c === "." || c === "؟" || c === "!" || c === "؛") && text[i + 1] === " ") return i + 1;
  }
  // No sentence end: cut at a space (a date never spans 64 KB of unpunctuated text anyway).
  const space = text.indexOf(" ", from + MAX_CHUNK);
  return space < 0 ? text.length : space;
}

function scanChunk(
  ctx: ScanContext,
  ref: CalendarDay,
  state: { previous: Anchor | undefined },
  mentions: DateMention[],
): void {
  const { tokens, source: text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const m = parseExpressionAt(ctx, i);
    if (!m) continue;
    if (m.rejected) {
      i = m.last;
      continue;
    }
    const resolved = resolveExpression(m.expr, {
      ref,
      previous: state.previous,
      tense: () => detectTense(ctx, m.first, m.last),
    });
    i = m.last;
    if (!resolved) continue;
    const [start, end] = originalSpan(ctx, m);
    const mention: DateMention = {
      text: text.slice(start, end),
      start,
      end,
      value: resolved.value,
      grain: resolved.grain,
      calendar: resolved.calendar,
      relative: resolved.relative,
    };
    if (resolved.mod) mention.mod = resolved.mod;
    mentions.push(mention);
    if (resolved.anchor) state.previous = resolved.anchor;
  }
}

/**
 * Finds every date expression in an Arabic text and resolves it against `ref` (the
 * publication date). Accepts any string and never throws on it; throws a `CstoError` only
 * when `ref` or `zone` is invalid.
 */
export function findDates(text: string, options: DateOptions): DateMention[] {
  if (options === null || typeof options !== "object") {
    throw new CstoError("INVALID_OPTION", "findDates needs an options object with a `ref`");
  }
  const ref = readReference(options.ref, options.zone ?? "UTC");
  if (typeof text !== "string" || text.length === 0) return [];
  const normalized = toSearchText(text);
  const mentions: DateMention[] = [];
  const state: { previous: Anchor | undefined } = { previous: undefined };
  // Sentence-sized chunks keep the token arrays small and short-lived, so time stays linear
  // in the input (one huge token array makes garbage collection grow faster than the text).
  for (let from = 0; from < normalized.text.length; ) {
    const to = chunkEnd(normalized.text, from);
    const tokens = tokenizeForDates(normalized.text, from, to);
    scanChunk(createScanContext(text, normalized.map, tokens), ref, state, mentions);
    from = to;
  }
  return mentions;
}
