import type { ScanContext } from "../scan-context.js";
import type { Anchor } from "./resolve-types.js";
import { isSentenceEnd } from "./tense.js";

// How far back "منه" may look for its month (a clause or two of news prose).
const REACH = 60;

/**
 * The month "منه" (of it) refers to at token `first`: the previous date (`previous`, ending at
 * normalized offset `previousEnd`) when it has a month and ends in the same sentence or the one
 * before, at most REACH tokens back, with no Hijri month name between (a Hijri month sets no
 * anchor, so the previous date would be an older one: "في رمضان، وتحديدا في السابع عشر منه").
 */
export function monthBefore(
  ctx: ScanContext,
  first: number,
  previous: Anchor | undefined,
  previousEnd: number,
): Anchor | undefined {
  if (previous?.month === undefined || previousEnd < 0) return undefined;
  let sentences = 0;
  for (let k = first - 1; k >= 0 && k >= first - REACH; k--) {
    const t = ctx.tokens[k]!;
    if (t.end <= previousEnd) return previous;
    if (isSentenceEnd(ctx, k) && ++sentences > 1) return undefined;
    if (t.kind === "word" && ctx.months.get(t.text)?.some((m) => m.system === "hijri")) return undefined;
  }
  return undefined;
}
