import { lazy } from "./lazy.js";
import { lookupWord, type ScanContext, wordAt } from "./scan-context.js";
import { toSearchText } from "./search-text.js";

// The spoken relative clause "اللي جاي / اللي فات" (that comes / that went) after a period,
// a month or a weekday; the relative pronoun in its common spellings.
const RELATIVE_PRONOUNS = ["اللي", "إللي", "اللى", "الي"];
const SPOKEN = [
  [1, ["جاي", "جاية", "جايين", "جايه"]],
  [-1, ["فات", "فاتت", "فاتو", "فاتوا", "راح", "راحت"]],
] as const;

const spoken = lazy(() => {
  const table = new Map<string, -1 | 1>();
  for (const [value, words] of SPOKEN) for (const w of words) table.set(toSearchText(w).text, value);
  return { pronouns: new Set(RELATIVE_PRONOUNS.map((w) => toSearchText(w).text)), table };
});

/**
 * The direction after a period, month or weekday at token k: one word (الماضي -1, الجاري 0,
 * المقبل/الجاي +1) or the spoken "اللي جاي" / "اللي فات". Returns its value and last token.
 */
export function directionAt(ctx: ScanContext, k: number): { value: -1 | 0 | 1; last: number } | undefined {
  const one = lookupWord(ctx, k, ctx.words.directions);
  if (one) return { value: one.value, last: k };
  const w = wordAt(ctx, k);
  if (w === undefined) return undefined;
  const s = spoken();
  if (!s.pronouns.has(w)) return undefined;
  const value = s.table.get(wordAt(ctx, k + 1) ?? "");
  return value === undefined ? undefined : { value, last: k + 1 };
}
