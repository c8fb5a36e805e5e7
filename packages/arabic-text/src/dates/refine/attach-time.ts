import type { ClockTime } from "../date-expression.js";
import { lazyWordSet } from "../lazy.js";
import type { DayHalf } from "../lexicon/clock-words.js";
import { parseDayMonth } from "../rules/parse-calendar-date.js";
import { applyDayHalf, dayHalfAt, parseClockTime } from "../rules/parse-clock-time.js";
import { parseDayPart } from "../rules/parse-day-part.js";
import { parseNumericDate } from "../rules/parse-numeric-date.js";
import { parseTimeRangeAt } from "../rules/parse-range.js";
import { parseRelativeDay } from "../rules/parse-relative.js";
import { parseWeekday } from "../rules/parse-weekday.js";
import { isPunctAt, type ScanContext, type TokenMatch, wordAt } from "../scan-context.js";
import { PARSER_BITS as B, tryAt } from "../starter-words.js";

const joiners = lazyWordSet(["عند", "في", "علي", "حوالي", "نحو"]);
const zoneNames = lazyWordSet(["غرينتش", "غرينيتش", "جرينتش", "جرينيتش"]);
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
  // "الخميس من الساعة التاسعة وحتى الحادية عشرة", "باچر من 7 الصبح لين 2 الظهر": a day and a
  // range of clock times are one range of minutes on that day.
  const hours = parseTimeRangeAt(ctx, m.last + 1);
  if (hours?.expr.kind === "range" && hours.expr.from.kind === "time" && hours.expr.to.kind === "time") {
    const from = { ...e, time: hours.expr.from.time } as typeof e;
    const to = { ...e, time: hours.expr.to.time } as typeof e;
    return { ...m, expr: { kind: "range", from, to }, last: hours.last };
  }
  let k = m.last + 1;
  // "…، 10:00" and the header forms "الخميس 06 يناير 2022 - 04:15", "7-6-2022 | 21:21" (a dash
  // or a bar only before hh:mm digits; a bar also before the date makes a list of header
  // fields, "Site | 27-11-2025 | 04:35", whose fields stay apart).
  const sep = ctx.tokens[k]?.kind === "punct" ? ctx.tokens[k]!.text : "";
  const bar = sep === "|" && isPunctAt(ctx, m.first - 1, "|");
  const iso = isoTimeMark(ctx, m, k);
  const comma = "،,".includes(sep) && sep !== "";
  if (iso || comma) k++;
  else if (
    "-–|".includes(sep) &&
    sep !== "" &&
    !bar &&
    ctx.tokens[k + 1]?.kind === "number" &&
    ctx.tokens[k + 2]?.text === ":"
  )
    k++;
  // "اليوم بالليل الساعة ثمانية ونص": a part of the day between the day and its hour.
  const partAt = k;
  const between = dayHalfAt(ctx, k);
  if (between && !between.tonight) k = between.last + 1;
  if (joiners().has(wordAt(ctx, k) ?? "")) {
    k++;
    // "في حوالي الساعة 12:00": an approximation after the preposition.
    if (wordAt(ctx, k) === "حوالي" || wordAt(ctx, k) === "نحو") k++;
  }
  if (wordAt(ctx, k) === "تمام" && wordAt(ctx, k + 1) === "الساعه") k++;
  // "31/12/2025 منتصف الليل": a bare midnight after a day ends that day (the next day's 00:00),
  // so it is not read as the day's first minute; it stays its own mention.
  const bareMidnight = wordAt(ctx, k) === "منتصف" || wordAt(ctx, k) === "نص";
  const time = bareMidnight ? undefined : tryAt(ctx, k, B.clockTime, parseClockTime);
  if (time?.prefix !== 0 || time.expr.kind !== "time") {
    // "امس مساء", "الخميس صباحا": a part of the day after the day, with no hour; not after a
    // comma, nor عشية + a noun ("اليوم، عشية القمة", "أمس عشية انطلاق القمة": on the eve of).
    if (
      between &&
      !between.tonight &&
      !comma &&
      !eveOf(ctx, partAt, between.last) &&
      (e.kind === "relative-day" || e.kind === "weekday" || e.kind === "calendar")
    ) {
      return { ...m, expr: { ...e, dayPart: true } as typeof e, last: between.last };
    }
    return m;
  }
  let t = time.expr.time;
  if (iso) return { ...m, expr: { ...e, time: t } as typeof e, last: isoOffsetEnd(ctx, time.last) };
  // "مساء الغد عند الساعة الثامنة" = 20:00: the day part before the day fixes the half.
  const half = between?.half ?? (e.kind !== "calendar" || e.dayPart ? headHalf(ctx, m) : undefined);
  if (!t.fixed && half) t = { hour: applyDayHalf(t.hour, half), minute: t.minute, fixed: true };
  return { ...m, expr: { ...e, time: t } as typeof e, last: time.last };
}

/**
 * A bare "عشية" at k (the part of the day ending at `last`) governs the word after it: "on the
 * eve of". Before a preposition (the joiners: "اليوم عشية في المقهى") it is the Maghrebi afternoon.
 */
function eveOf(ctx: ScanContext, k: number, last: number): boolean {
  if (last !== k || wordAt(ctx, k) !== "عشيه" || ctx.tokens[k + 1]?.kind !== "word") return false;
  return !joiners().has(wordAt(ctx, k + 1)!);
}

/**
 * "2024-11-28T10:30:00": the ISO 8601 "T" glued between a numeric date that starts with its
 * 4-digit year and a glued hh:mm clock.
 */
function isoTimeMark(ctx: ScanContext, m: TokenMatch, k: number): boolean {
  const t = ctx.tokens[k];
  const year = ctx.tokens[m.first];
  if (t?.kind !== "word" || (t.text !== "T" && t.text !== "t") || t.spaced) return false;
  if (year?.kind !== "number" || year.text.length !== 4) return false;
  const hour = ctx.tokens[k + 1];
  return hour?.kind === "number" && !hour.spaced && isPunctAt(ctx, k + 2, ":");
}

/**
 * The last token of an ISO timestamp: its clock, or the offset glued after it ("Z",
 * "+03:00", "-0500"), which stays in the surface and is not converted (nor read as a time).
 */
function isoOffsetEnd(ctx: ScanContext, last: number): number {
  const t = ctx.tokens[last + 1];
  if (t === undefined || t.spaced) return last;
  if (t.kind === "word") return t.text === "Z" || t.text === "z" ? last + 1 : last;
  if (!isPunctAt(ctx, last + 1, "+-−") || ctx.tokens[last + 2]?.kind !== "number" || ctx.tokens[last + 2]!.spaced) {
    return last;
  }
  const digits = ctx.tokens[last + 2]!.text.length;
  if (digits === 4) return last + 2;
  const minutes = ctx.tokens[last + 4];
  if (digits === 2 && isPunctAt(ctx, last + 3, ":") && minutes?.kind === "number" && minutes.text.length === 2) {
    return last + 4;
  }
  return last;
}

// The half of the day named by a day-part head ("مساء الغد", "صباح الخميس") at the start of m.
function headHalf(ctx: ScanContext, m: TokenMatch): DayHalf | undefined {
  if (!("dayPart" in m.expr) || !m.expr.dayPart) return undefined;
  const w = wordAt(ctx, m.first)?.slice(m.prefix);
  if (w === undefined) return undefined;
  if (eveningParts().has(w)) return w === "ظهر" ? "noon" : w === "ليل" || w === "ليله" ? "night" : "pm";
  if (w === "الليله" || (w === "هذه" && wordAt(ctx, m.first + 1) === "الليله")) return "night";
  return w === "صباح" || w === "فجر" || w === "ضحي" || w === "صبيحه" ? "am" : undefined;
}

/**
 * After a digit clock, a time zone the value keeps as written (no conversion): "GMT", "UTC",
 * "(GMT)", "بتوقيت غرينتش". Returns the index after it, or i when there is none.
 */
function skipZone(ctx: ScanContext, i: number): number {
  const open = isPunctAt(ctx, i, "(") ? 1 : 0;
  const w = wordAt(ctx, i + open)?.toLowerCase();
  let k = -1;
  if (w === "gmt" || w === "utc") k = i + open + 1;
  else if (w === "بتوقيت" && zoneNames().has(wordAt(ctx, i + open + 1) ?? "")) k = i + open + 2;
  if (k < 0) return i;
  if (open) return isPunctAt(ctx, k, ")") ? k + 1 : i;
  return k;
}

/** "16:33 GMT 09.10.2025": a digit clock, maybe a zone, then a numeric or written date. */
function timeThenDate(ctx: ScanContext, m: TokenMatch, time: ClockTime): TokenMatch | undefined {
  if (ctx.tokens[m.first]?.kind !== "number") return undefined;
  const k = skipZone(ctx, m.last + 1);
  const date = tryAt(ctx, k, B.numericDate, parseNumericDate) ?? tryAt(ctx, k, B.dayMonth, parseDayMonth);
  if (date?.prefix !== 0 || date.expr.kind !== "calendar" || date.expr.day === undefined) return undefined;
  if (date.expr.year === undefined) return undefined;
  return { ...m, expr: { ...date.expr, time }, last: date.last };
}

const dayHeads = lazyWordSet(["مساء", "عصر", "ليل", "ليله", "عشيه", "ظهر", "صباح", "فجر", "ضحي", "صبيحه"]);

/**
 * "الساعة 00:05 يوم 13 سبتمبر", "الساعة الثامنة من مساء يوم 15 سبتمبر": a time, then يوم
 * (after من and a part of the day, maybe) and a day of a month. يوم is needed: a bare
 * "الساعة 10 13 سبتمبر" is too rare to tell from a count.
 */
function timeThenDayOfMonth(ctx: ScanContext, m: TokenMatch, time: ClockTime, k: number): TokenMatch | undefined {
  let hour = time.hour;
  const part = wordAt(ctx, k) ?? "";
  if (dayHeads().has(part)) {
    if (eveningParts().has(part) && hour < 12) hour += 12;
    k++;
  }
  if (wordAt(ctx, k) !== "يوم") return undefined;
  const date = tryAt(ctx, k + 1, B.numericDate, parseNumericDate) ?? tryAt(ctx, k + 1, B.dayMonth, parseDayMonth);
  if (date?.prefix !== 0 || date.expr.kind !== "calendar" || date.expr.day === undefined) return undefined;
  return { ...m, expr: { ...date.expr, time: { hour, minute: time.minute } }, last: date.last };
}

function timeThenDay(ctx: ScanContext, m: TokenMatch, time: ClockTime): TokenMatch {
  const dated = timeThenDate(ctx, m, time);
  if (dated) return dated;
  // "… من مساء أمس", or directly "الساعة الثامنة مساء أمس" / "الساعة 10 صباح اليوم".
  const k = wordAt(ctx, m.last + 1) === "من" ? m.last + 2 : m.last + 1;
  const ofMonth = timeThenDayOfMonth(ctx, m, time, k);
  if (ofMonth) return ofMonth;
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
