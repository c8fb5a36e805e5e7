import type { ClockTime } from "./date-expression.js";
import { lazyWordSet } from "./lazy.js";
import { parseClockTime } from "./parse-clock-time.js";
import { parseDayPart } from "./parse-day-part.js";
import { parseRelativeDay } from "./parse-relative.js";
import { parseWeekday } from "./parse-weekday.js";
import { type ScanContext, type TokenMatch, wordAt } from "./scan-context.js";
import { PARSER_BITS as B, tryAt } from "./starter-words.js";

const joiners = lazyWordSet(["عند", "في", "علي"]);
const eveningParts = lazyWordSet(["مساء", "عصر", "ليل", "ليله", "عشيه", "ظهر"]);

function hasDay(m: TokenMatch): boolean {
  const e = m.expr;
  return (e.kind === "calendar" && e.day !== undefined) || e.kind === "relative-day" || e.kind === "weekday";
}

/**
 * Joins a day and a clock time into one minute-grain expression:
 * "16 مايو 2022 الساعة 10:00", "… عند الساعة 12:00", and the time-first
 * "الساعة الخامسة من مساء أمس" (the day part then fixes am/pm).
 */
export function attachTime(ctx: ScanContext, m: TokenMatch): TokenMatch {
  const e = m.expr;
  if (e.kind === "time") return timeThenDay(ctx, m, e.time);
  if (!hasDay(m) || ("time" in e && e.time)) return m;
  let k = m.last + 1;
  if (ctx.tokens[k]?.kind === "punct" && "،,".includes(ctx.tokens[k]!.text)) k++;
  if (joiners().has(wordAt(ctx, k) ?? "") && wordAt(ctx, k + 1)?.endsWith("الساعه")) k++;
  if (wordAt(ctx, k) === "تمام" && wordAt(ctx, k + 1) === "الساعه") k++;
  const time = tryAt(ctx, k, B.clockTime, parseClockTime);
  if (time?.prefix !== 0 || time.expr.kind !== "time") return m;
  return { ...m, expr: { ...e, time: time.expr.time } as typeof e, last: time.last };
}

function timeThenDay(ctx: ScanContext, m: TokenMatch, time: ClockTime): TokenMatch {
  // "… من مساء أمس", or directly "الساعة الثامنة مساء أمس" / "الساعة 10 صباح اليوم".
  const k = wordAt(ctx, m.last + 1) === "من" ? m.last + 2 : m.last + 1;
  const day =
    tryAt(ctx, k, B.dayPart, parseDayPart) ??
    tryAt(ctx, k, B.relativeDay, parseRelativeDay) ??
    tryAt(ctx, k, B.weekday, parseWeekday);
  if (day?.prefix !== 0 || !hasDay(day)) return m;
  let hour = time.hour;
  if (eveningParts().has(wordAt(ctx, k) ?? "") && hour < 12) hour += 12;
  const { dayPart: _ignored, ...rest } = day.expr as typeof day.expr & { dayPart?: boolean };
  return { ...m, expr: { ...rest, time: { hour, minute: time.minute } } as typeof day.expr, last: day.last };
}
