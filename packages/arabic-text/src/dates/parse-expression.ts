import type { DateRule, Refiner } from "./date-rule.js";
import { lazyWordSet } from "./lazy.js";
import { editionNounAt } from "./lexicon/edition-years.js";
import { attachTime } from "./refine/attach-time.js";
import { isOutletTitle, isQuotedAlone } from "./refine/outlet-title.js";
import { dayMonthRule, monthYearRule } from "./rules/parse-calendar-date.js";
import { clockTimeRule } from "./rules/parse-clock-time.js";
import { dayPartRule } from "./rules/parse-day-part.js";
import { durationRule } from "./rules/parse-duration.js";
import { holidayRule } from "./rules/parse-holiday.js";
import { nowRule } from "./rules/parse-now.js";
import { nthWeekdayRule } from "./rules/parse-nth-weekday.js";
import { numericDateRule } from "./rules/parse-numeric-date.js";
import { centuryRule, decadeRule, partOfPeriodRule, subYearRule } from "./rules/parse-period-extent.js";
import { rangeRule } from "./rules/parse-range.js";
import { agoRule, relativeDayRule, relativePeriodRule } from "./rules/parse-relative.js";
import { sinceRule } from "./rules/parse-since.js";
import { weekdayRule } from "./rules/parse-weekday.js";
import { yearRule } from "./rules/parse-year.js";
import { weekOfMonthRule } from "./rules/week-of-month.js";
import { lookupWord, type ScanContext, type TokenMatch, wordAt } from "./scan-context.js";
import { startMask } from "./starter-words.js";

export type { DateRule, Parser, Refiner } from "./date-rule.js";

/**
 * The rules of the date grammar, in priority order: at one start the longest match wins, and
 * on equal length the earlier rule. Rule k has start bit 1 << k (PARSER_BITS, checked by a
 * test), so a start mask is walked bit by bit. Adding a rule = one file under rules/ that
 * declares its DateRule, plus one entry here and its bit (docs/dates.md).
 */
export const RULES: readonly DateRule[] = [
  rangeRule,
  weekdayRule,
  dayPartRule,
  numericDateRule,
  dayMonthRule,
  subYearRule,
  partOfPeriodRule,
  monthYearRule,
  holidayRule,
  yearRule,
  relativeDayRule,
  relativePeriodRule,
  agoRule,
  decadeRule,
  centuryRule,
  clockTimeRule,
  durationRule,
  nthWeekdayRule,
  sinceRule,
  weekOfMonthRule,
  nowRule,
];

// Heads that turn a date into a proper name: "مدينة 6 أكتوبر"، "جسر 15 تموز"، "حركة 6 أبريل"،
// "محور 26 يوليو" (an Egyptian highway)، "نادي 6 أكتوبر".
const nameHeads = lazyWordSet(
  "مدينه جسر شارع ميدان ساحه حي مطار جامعه ملعب مستشفي مدرسه حركه قناه كوبري نفق محطه مجمع ثوره انتفاضه تيار تحالف لواء كتيبه فرقه مؤسسه قاعده جاده منطقه ضاحيه قريه محور كورنيش دوار نادي".split(
    " ",
  ),
);
// Words before a number that make it an anniversary/ordinal/count ("الذكرى الـ 30", "الدورة الـ25").
const countHeads = lazyWordSet(
  "الذكري ذكري الدوره الجوله النسخه المرحله رقم العدد الماده القرار البند الفقره".split(" "),
);

/**
 * The steps over the longest match at a start, in order: a date that is part of a name is
 * marked to be skipped (and nothing after runs on it); a day takes the clock time next to it.
 * Joining coordinated items, sharing their month or year and reading datelines happen inside
 * their rules (parse-list.ts, parse-numeric-date.ts), which see the tokens they need.
 */
export const REFINERS: readonly Refiner[] = [
  (ctx, start, m) => (isName(ctx, start, m) ? { ...m, rejected: true } : m),
  (ctx, _start, m) => attachTime(ctx, m),
];

/** The longest date expression starting at token i, refined, or undefined. */
export function parseExpressionAt(ctx: ScanContext, i: number): TokenMatch | undefined {
  const mask = startMask(ctx, i);
  if (mask === 0) return undefined;
  let best: TokenMatch | undefined;
  // RULES is in bit order, so walking the set bits from the lowest keeps the priority order.
  for (let rest = mask; rest !== 0; rest &= rest - 1) {
    const m = RULES[31 - Math.clz32(rest & -rest)]!.parse(ctx, i);
    if (m && (!best || m.last > best.last)) best = m;
  }
  if (!best) return undefined;
  for (let r = 0; r < REFINERS.length && best.rejected !== true; r++) best = REFINERS[r]!(ctx, i, best);
  return best;
}

function isName(ctx: ScanContext, i: number, m: TokenMatch): boolean {
  const e = m.expr;
  // "قناة روسيا اليوم", "بغداد اليوم - …": a lone اليوم in an outlet's name (refine/outlet-title.ts).
  // Checked here, on the match, rather than in the relative-day parser, which runs far more often.
  if (e.kind === "relative-day") {
    if (m.first !== m.last || m.prefix !== 0) return false;
    return isQuotedAlone(ctx, i) || (wordAt(ctx, i) === "اليوم" && isOutletTitle(ctx, i));
  }
  const startsWithNumber = ctx.tokens[i]?.kind === "number" || wordAt(ctx, i) === "ال";
  if (!startsWithNumber) return false;
  if (lookupWord(ctx, i - 1, nameHeads(), true)) return e.kind === "calendar" && e.day !== undefined;
  // "ذكرى حرب 1973": the anniversary of an event named by its year; the year stays.
  if (
    lookupWord(ctx, i - 1, countHeads(), true) ||
    (lookupWord(ctx, i - 2, countHeads(), true) && !editionNounAt(ctx, i - 1))
  ) {
    return e.kind === "calendar" && e.month === undefined;
  }
  return false;
}
