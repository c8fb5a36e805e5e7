import type { MonthName } from "../lexicon/month-lexicon.js";
import { isPunctAt, matchPhrase, type ScanContext } from "../scan-context.js";

export interface MonthMatch {
  name: MonthName;
  last: number;
  prefix: number;
  /** True when a second name of the same month followed ("نوفمبر/تشرين الثاني", "نيسان (أبريل)"). */
  paired: boolean;
}

/** A second name at token k of the same month as `name` (in the same calendar). */
function sameMonth(ctx: ScanContext, k: number, name: MonthName): { last: number } | undefined {
  const m = matchPhrase(ctx, k, ctx.months, false);
  if (!m || m.entry.month !== name.month || (m.entry.system === "hijri") !== (name.system === "hijri"))
    return undefined;
  return m;
}

/**
 * A month name at token i, with a paired second name of the same month after "/" or "-" or inside
 * brackets or right after it. A slash followed by anything else is left alone (it is a dateline or a list).
 */
export function parseMonthName(ctx: ScanContext, i: number, clitics: boolean): MonthMatch | undefined {
  const first = matchPhrase(ctx, i, ctx.months, clitics);
  if (!first) return undefined;
  let last = first.last;
  // "/" and "\" between two names of one month, and a dash ("حزيران-يونيو 2012"): only the
  // same month's other name after it pairs, so a dateline's "يناير-2022" stays apart.
  if (isPunctAt(ctx, last + 1, "/\\-")) {
    const second = sameMonth(ctx, last + 2, first.entry);
    if (second) return { name: first.entry, last: second.last, prefix: first.prefix, paired: true };
  } else if (isPunctAt(ctx, last + 1, "(")) {
    const second = sameMonth(ctx, last + 2, first.entry);
    if (second && isPunctAt(ctx, second.last + 1, ")")) {
      last = second.last + 1;
      return { name: first.entry, last, prefix: first.prefix, paired: true };
    }
  } else {
    // "اكتوبر تشرين الأول عام 2007": two names of one month side by side, no separator.
    const second = sameMonth(ctx, last + 1, first.entry);
    if (second) return { name: first.entry, last: second.last, prefix: first.prefix, paired: true };
  }
  return { name: first.entry, last, prefix: first.prefix, paired: false };
}
