import { lazyWordSet } from "./lazy.js";
import { attachTime } from "./refine/attach-time.js";
import { parseDayMonth, parseMonthYear } from "./rules/parse-calendar-date.js";
import { parseClockTime } from "./rules/parse-clock-time.js";
import { parseDayPart } from "./rules/parse-day-part.js";
import { parseDuration } from "./rules/parse-duration.js";
import { parseHoliday } from "./rules/parse-holiday.js";
import { parseNow } from "./rules/parse-now.js";
import { parseNthWeekday } from "./rules/parse-nth-weekday.js";
import { parseNumericDate } from "./rules/parse-numeric-date.js";
import { parseCentury, parseDecade, parsePartOfPeriod, parseSubYear } from "./rules/parse-period-extent.js";
import { parseRange } from "./rules/parse-range.js";
import { parseAgo, parseRelativeDay, parseRelativePeriod } from "./rules/parse-relative.js";
import { parseSince } from "./rules/parse-since.js";
import { parseWeekday } from "./rules/parse-weekday.js";
import { parseStandaloneYear } from "./rules/parse-year.js";
import { parseWeekOfMonth } from "./rules/week-of-month.js";
import { lookupWord, type ScanContext, type TokenMatch, wordAt } from "./scan-context.js";
import { PARSER_BITS, startMask } from "./starter-words.js";

export type Parser = (ctx: ScanContext, i: number) => TokenMatch | undefined;

// In priority order: on equal length the earlier parser wins. Each carries the bit of
// starter-words.ts that says on which tokens it can start; entry k has bit 1 << k (checked
// by a test), so a start mask can be walked bit by bit.
export const PARSERS: readonly [Parser, number][] = [
  [parseRange, PARSER_BITS.range],
  [parseWeekday, PARSER_BITS.weekday],
  [parseDayPart, PARSER_BITS.dayPart],
  [parseNumericDate, PARSER_BITS.numericDate],
  [parseDayMonth, PARSER_BITS.dayMonth],
  [parseSubYear, PARSER_BITS.subYear],
  [parsePartOfPeriod, PARSER_BITS.partOfPeriod],
  [parseMonthYear, PARSER_BITS.monthYear],
  [parseHoliday, PARSER_BITS.holiday],
  [parseStandaloneYear, PARSER_BITS.year],
  [parseRelativeDay, PARSER_BITS.relativeDay],
  [parseRelativePeriod, PARSER_BITS.relativePeriod],
  [parseAgo, PARSER_BITS.ago],
  [parseDecade, PARSER_BITS.decade],
  [parseCentury, PARSER_BITS.century],
  [parseClockTime, PARSER_BITS.clockTime],
  [parseDuration, PARSER_BITS.duration],
  [parseNthWeekday, PARSER_BITS.nthWeekday],
  [parseSince, PARSER_BITS.since],
  [parseWeekOfMonth, PARSER_BITS.weekOfMonth],
  [parseNow, PARSER_BITS.now],
];

// Heads that turn a date into a proper name: "مدينة 6 أكتوبر"، "جسر 15 تموز"، "حركة 6 أبريل".
const nameHeads = lazyWordSet(
  "مدينه جسر شارع ميدان ساحه حي مطار جامعه ملعب مستشفي مدرسه حركه قناه كوبري نفق محطه مجمع ثوره انتفاضه تيار تحالف لواء كتيبه فرقه مؤسسه قاعده جاده منطقه ضاحيه قريه".split(
    " ",
  ),
);
// Words before a number that make it an anniversary/ordinal/count ("الذكرى الـ 30", "الدورة الـ25").
const countHeads = lazyWordSet(
  "الذكري ذكري الدوره الجوله النسخه المرحله رقم العدد الماده القرار البند الفقره".split(" "),
);

/** The longest date expression starting at token i, or undefined. */
export function parseExpressionAt(ctx: ScanContext, i: number): TokenMatch | undefined {
  const mask = startMask(ctx, i);
  if (mask === 0) return undefined;
  let best: TokenMatch | undefined;
  // PARSERS is in bit order, so walking the set bits from the lowest keeps the priority order.
  for (let rest = mask; rest !== 0; rest &= rest - 1) {
    const m = PARSERS[31 - Math.clz32(rest & -rest)]![0](ctx, i);
    if (m && (!best || m.last > best.last)) best = m;
  }
  if (!best) return undefined;
  if (isName(ctx, i, best)) return { ...best, rejected: true };
  return attachTime(ctx, best);
}

function isName(ctx: ScanContext, i: number, m: TokenMatch): boolean {
  const e = m.expr;
  const startsWithNumber = ctx.tokens[i]?.kind === "number" || wordAt(ctx, i) === "ال";
  if (!startsWithNumber) return false;
  if (lookupWord(ctx, i - 1, nameHeads(), true)) return e.kind === "calendar" && e.day !== undefined;
  if (lookupWord(ctx, i - 1, countHeads(), true) || lookupWord(ctx, i - 2, countHeads(), true)) {
    return e.kind === "calendar" && e.month === undefined;
  }
  return false;
}
