import type { ScanContext } from "../scan-context.js";
import type { Anchor } from "./resolve-types.js";
import { isSentenceEnd, lineBreakAfter } from "./tense.js";
import type { CalendarDay } from "./umm-al-qura.js";

// How far back (tokens) the date that sets a sentence's year may end.
const REACH = 40;

/**
 * The date a year-less month or day is read against when its sentence is about another time:
 * the previous mention carried a written year more than a year away from ref and ends in the
 * same sentence, before token `first` ("نالت الجمهورية استقلالها في 31 أغسطس 1991، وأعلنت مطلع
 * سبتمبر عيدا وطنيا": September 1991). Undefined otherwise, and the usual rules (direction,
 * tense, nearest to ref) decide.
 */
export function narrativeAnchor(
  ctx: ScanContext,
  first: number,
  previous: Anchor | undefined,
  previousEnd: number,
  previousWritten: boolean,
  ref: CalendarDay,
): Anchor | undefined {
  if (!previousWritten || previous === undefined || Math.abs(previous.year - ref.year) <= 1) return undefined;
  for (let k = first - 1; k >= 0 && k >= first - REACH; k--) {
    const t = ctx.tokens[k]!;
    // A headline or a dateline ends at its line break ("… استراتيجية 2025\nيريفان، 15 تشرين
    // الأول" is not a sentence about 2025).
    if (lineBreakAfter(ctx, k)) return undefined;
    if (t.end <= previousEnd) return previous;
    if (isSentenceEnd(ctx, k)) return undefined;
  }
  return undefined;
}
