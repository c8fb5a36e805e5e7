import type { MonthName } from "./month-lexicon.js";
import { isPunctAt, matchPhrase, type ScanContext } from "./scan-context.js";

export interface MonthMatch {
  name: MonthName;
  last: number;
  prefix: number;
  /** True when a second name of the same month followed ("نوفمبر/تشرين الثاني", "نيسان (أبريل)"). */
  paired: boolean;
}

/**
 * A month name at token i, with a paired second name of the same month after "/" or inside
 * brackets. A slash followed by anything else is left alone (it is a dateline or a list).
 */
export function parseMonthName(ctx: ScanContext, i: number, clitics: boolean): MonthMatch | undefined {
  const first = matchPhrase(ctx, i, ctx.months, clitics);
  if (!first) return undefined;
  const hijri = first.entry.system === "hijri";
  const sameMonth = (k: number) => {
    const m = matchPhrase(ctx, k, ctx.months, false);
    if (!m || m.entry.month !== first.entry.month || (m.entry.system === "hijri") !== hijri) return undefined;
    return m;
  };
  let last = first.last;
  if (isPunctAt(ctx, last + 1, "/\\")) {
    const second = sameMonth(last + 2);
    if (second) return { name: first.entry, last: second.last, prefix: first.prefix, paired: true };
  } else if (isPunctAt(ctx, last + 1, "(")) {
    const second = sameMonth(last + 2);
    if (second && isPunctAt(ctx, second.last + 1, ")")) {
      last = second.last + 1;
      return { name: first.entry, last, prefix: first.prefix, paired: true };
    }
  }
  return { name: first.entry, last, prefix: first.prefix, paired: false };
}
