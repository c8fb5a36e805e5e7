import type { DateExpression } from "./date-expression.js";
import { lazyWordSet } from "./lazy.js";
import { parseYearAfter } from "./parse-year.js";
import { lookupWord, matchPhrase, type ScanContext, type TokenMatch, wordAt } from "./scan-context.js";

const orthodoxWords = lazyWordSet(["الارثوذكسي", "الشرقي", "الروسي", "الارثوذكسيه"]);

/** Named days: عيد الفطر، عيد الأضحى، عيد الميلاد (الأرثوذكسي)، يوم النصر … with an optional year or direction. */
export function parseHoliday(ctx: ScanContext, i: number): TokenMatch | undefined {
  const name = matchPhrase(ctx, i, ctx.holidays, true);
  if (!name) return undefined;
  let last = name.last;
  let orthodox = false;
  if (lookupWord(ctx, last + 1, orthodoxWords())) {
    orthodox = true;
    last++;
  }
  const expr: DateExpression = { kind: "holiday", rule: name.entry.rule, ...(orthodox ? { orthodox } : {}) };
  const year = parseYearAfter(ctx, last + 1);
  if (year && wordAt(ctx, last + 1) !== "من") {
    return { expr: { ...expr, year: year.year }, first: i, last: year.last, prefix: name.prefix };
  }
  const dir = lookupWord(ctx, last + 1, ctx.words.directions);
  if (dir && dir.value !== 0) {
    return { expr: { ...expr, direction: dir.value }, first: i, last: last + 1, prefix: name.prefix };
  }
  return { expr, first: i, last, prefix: name.prefix };
}
