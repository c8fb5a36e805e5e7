import type { DateExpression } from "../date-expression.js";
import type { DateRule } from "../date-rule.js";
import { dateWords } from "../lexicon/date-words.js";
import { lookupWord, type ScanContext, type TokenMatch } from "../scan-context.js";
import { PARSER_BITS as B, tryAt } from "../starter-words.js";
import { parseDayMonth } from "./parse-calendar-date.js";
import { parseRelativeDay } from "./parse-relative.js";
import { parseWeekday } from "./parse-weekday.js";

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
  return { expr, first: i, last: inner.last, prefix: head.prefix };
}

export const dayPartRule: DateRule = { name: "dayPart", startWords: () => dateWords().dayParts, parse: parseDayPart };
