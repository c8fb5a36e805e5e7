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
  const tokens = tokenizeForDates(normalized.text);
  const ctx = createScanContext(text, normalized.map, tokens);
  const mentions: DateMention[] = [];
  let previous: Anchor | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const m = parseExpressionAt(ctx, i);
    if (!m) continue;
    if (m.rejected) {
      i = m.last;
      continue;
    }
    const resolved = resolveExpression(m.expr, {
      ref,
      previous,
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
    if (resolved.anchor) previous = resolved.anchor;
  }
  return mentions;
}
