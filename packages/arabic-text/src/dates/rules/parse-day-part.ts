import type { DateExpression } from "../date-expression.js";
import type { DateRule } from "../date-rule.js";
import { directionAt } from "../direction-at.js";
import { weekdayExpr } from "../expression-shapes.js";
import { dateWords } from "../lexicon/date-words.js";
import { isPunctAt, lookupWord, type ScanContext, type TokenMatch, wordAt } from "../scan-context.js";
import { PARSER_BITS as B, tryAt } from "../starter-words.js";
import { parseDayMonth } from "./parse-calendar-date.js";
import { parseRelativeDay } from "./parse-relative.js";
import { parseWeekday, weekdayAt } from "./parse-weekday.js";

let table: Map<string, true> | undefined;

/**
 * A part of a day before a day expression: "صباح اليوم", "مساء أمس", "فجر الخميس",
 * "ليلة السبت الماضي", "صباح 27 نوفمبر". The value stays the day's.
 */
export function parseDayPart(ctx: ScanContext, i: number): TokenMatch | undefined {
  if (!table) {
    table = new Map();
    for (const w of ctx.words.dayParts) table.set(w, true);
  }
  const head = lookupWord(ctx, i, table, true);
  if (!head) return undefined;
  const k = i + 1;
  const inner =
    tryAt(ctx, k, B.relativeDay, parseRelativeDay) ??
    tryAt(ctx, k, B.weekday, parseWeekday) ??
    tryAt(ctx, k, B.dayMonth, parseDayMonth);
  if (inner?.prefix !== 0) return undefined;
  const e = inner.expr;
  if (e.kind === "period") return undefined;
  if (e.kind !== "relative-day" && e.kind !== "weekday" && e.kind !== "calendar") return undefined;
  if (e.kind === "calendar" && e.day === undefined) return undefined;
  const expr: DateExpression = { ...e, dayPart: true };
  const night = e.kind === "weekday" && nightWords.includes(wordAt(ctx, i)!.slice(head.prefix));
  const span = night ? nightSpan(ctx, inner.last + 1, e.weekday) : undefined;
  if (span) {
    const to = weekdayExpr({ kind: "weekday", weekday: span.weekday, direction: span.direction });
    return { expr: { kind: "range", from: expr, to }, first: i, last: span.last, prefix: head.prefix };
  }
  return { expr, first: i, last: inner.last, prefix: head.prefix };
}

const nightWords = ["ليل", "ليله"];

/**
 * "ليل الأحد-الاثنين", "ليلة السبت إلى الأحد", "ليل الجمعة السبت": the night from one weekday
 * into the next, the range of those two days. The second weekday (after a dash, a slash, إلى
 * or nothing) must be the day after the first.
 */
function nightSpan(
  ctx: ScanContext,
  k: number,
  weekday: number,
): { weekday: number; direction?: -1 | 1; last: number } | undefined {
  let j = k;
  if (isPunctAt(ctx, j, "-–/") || wordAt(ctx, j) === "الي") j++;
  const next = weekdayAt(ctx, j);
  if (next?.prefix !== 0 || next.first !== j || next.weekday !== (weekday % 7) + 1) return undefined;
  // "ليل الخميس/الجمعة المقبل": the direction after the pair holds for it.
  const dir = directionAt(ctx, next.last + 1);
  if (dir && dir.value !== 0) return { weekday: next.weekday, direction: dir.value, last: dir.last };
  return { weekday: next.weekday, last: next.last };
}

export const dayPartRule: DateRule = { name: "dayPart", startWords: () => dateWords().dayParts, parse: parseDayPart };
