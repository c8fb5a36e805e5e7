import { lazy } from "./lazy.js";
import { RULES } from "./parse-expression.js";
import type { ScanContext } from "./scan-context.js";

/** The rules of parse-expression.ts (`RULES`), by the bit used in start masks: rule k has 1 << k. */
export const PARSER_BITS = {
  range: 1 << 0,
  weekday: 1 << 1,
  dayPart: 1 << 2,
  numericDate: 1 << 3,
  dayMonth: 1 << 4,
  subYear: 1 << 5,
  partOfPeriod: 1 << 6,
  monthYear: 1 << 7,
  holiday: 1 << 8,
  year: 1 << 9,
  relativeDay: 1 << 10,
  relativePeriod: 1 << 11,
  ago: 1 << 12,
  decade: 1 << 13,
  century: 1 << 14,
  clockTime: 1 << 15,
  duration: 1 << 16,
  nthWeekday: 1 << 17,
  since: 1 << 18,
  weekOfMonth: 1 << 19,
  now: 1 << 20,
} as const;

const B = PARSER_BITS;

/** word → the rules that can start on it, built once from each rule's own start words. */
const startMasks = lazy(() => {
  const masks = new Map<string, number>();
  for (const rule of RULES) {
    const bit = PARSER_BITS[rule.name];
    for (const w of rule.startWords()) masks.set(w, (masks.get(w) ?? 0) | bit);
  }
  return masks;
});

function maskOf(word: string): number {
  return startMasks().get(word) ?? 0;
}

function cliticMask(text: string): number {
  let mask = maskOf(text);
  const c0 = text[0];
  if (text.length > 2 && (c0 === "و" || c0 === "ف")) {
    mask |= maskOf(text.slice(1));
    const c1 = text[1];
    if (text.length > 3 && (c1 === "ب" || c1 === "ل" || c1 === "ك")) {
      mask |= maskOf(text.slice(2));
      if (c1 === "ل" && text[2] === "ل") mask |= maskOf(`ا${text.slice(2)}`);
    }
  } else if (text.length > 2 && (c0 === "ب" || c0 === "ل" || c0 === "ك")) {
    mask |= maskOf(text.slice(1));
    if (c0 === "ل" && text[1] === "ل") mask |= maskOf(`ا${text.slice(1)}`);
  }
  return mask;
}

const DASHES = "-–—";

/**
 * The numeric parsers a digit run can start, from its value and the token after it; each
 * test is a condition the parser itself checks first (a dash for a bare range "2021-2025",
 * a glued separator for "27/11/2025", 1–31 for a day, 622–2999 for a year, ≤ 24 for an hour,
 * a unit word for "3 أيام").
 */
// Separators that may open "D - M" or "20 / 11 / 2025" with spaces around them.
const DATELINE_SEPS = ["-", "/", "–", "—"];

function numberMask(ctx: ScanContext, i: number, value: number, digits: number): number {
  if (value < 0) return 0;
  const next = ctx.tokens[i + 1];
  let mask = 0;
  if (next?.kind === "punct") {
    // A spaced dash still opens the "CITY - D - M - AGENCY" dateline of parse-numeric-date.
    // A spaced slash opens "20 / 11 / 2025".
    if ((!next.spaced && "/-.".includes(next.text)) || DATELINE_SEPS.includes(next.text)) mask |= B.numericDate;
    if (DASHES.includes(next.text)) mask |= B.range;
    // "2024/2025": a school, fiscal or sports year (parse-range.ts yearPair).
    if (next.text === "/" && digits === 4) mask |= B.range;
  } else if (next?.kind === "number") {
    // "موسكو ـ 5 ـ 12 (واس)": a dateline whose tatweel dashes normalization deleted.
    if (digits <= 2 && next.spaced && next.text.length <= 2) mask |= B.numericDate;
  } else if (next?.kind === "word") {
    // "14 و15 يناير": coordinated days.
    if (next.text === "و" && ctx.tokens[i + 2]?.kind === "number") mask |= B.range;
    // "13 إلى 15 تموز": a bare day range closed by a word.
    if (next.text === "الي" || next.text === "حتي" || next.text === "لغايه") mask |= B.range;
    // A year with its era suffix before the dash ("800م-900م").
    const after = ctx.tokens[i + 2];
    if (after?.kind === "punct" && DASHES.includes(after.text)) mask |= B.range;
    if (digits <= 3 && value >= 1 && ctx.words.units.has(next.text)) mask |= B.duration;
  }
  if (digits <= 2) {
    if (value >= 1 && value <= 31) mask |= B.dayMonth;
    if (value <= 24) mask |= B.clockTime;
  } else if (digits <= 4 && value >= 622 && value <= 2999) {
    mask |= B.year;
  }
  return mask;
}

/**
 * Which parsers may start at token i: digit runs start the numeric ones (see numberMask); a
 * word starts those listing one of its clitic readings ("وبالأمس" → الأمس), plus the duration
 * parser when a unit word follows within three tokens (a count in words: "ثلاثين عاما"). Most
 * tokens of a text get 0 here, which keeps the scan fast. A word's answer is two field reads
 * (its shared bits and the tokenizer's unit mark); a number's is cached per token.
 * Allocation-free.
 */
export function startMask(ctx: ScanContext, i: number): number {
  const t = ctx.tokens[i];
  if (t === undefined) return 0;
  const info = t.info;
  if (info !== undefined) {
    let bits = info.bits;
    if (bits < 0) {
      bits = cliticMask(info.text);
      info.bits = bits;
    }
    // A unit word within three words after it (marked by the tokenizer): a count in words.
    return t.unitAhead ? bits | B.duration : bits;
  }
  if (t.kind !== "number") return 0;
  const cached = ctx.masks[i]!;
  if (cached >= 0) return cached;
  const mask = numberMask(ctx, i, t.value, t.text.length);
  ctx.masks[i] = mask;
  return mask;
}

/** True when the parser with `bit` may match at token i: a cheap gate before calling it. */
export function canStart(ctx: ScanContext, i: number, bit: number): boolean {
  return (startMask(ctx, i) & bit) !== 0;
}

/** Runs a sub-parser at token i only when its start bit allows a match there. */
export function tryAt<T>(
  ctx: ScanContext,
  i: number,
  bit: number,
  parse: (ctx: ScanContext, i: number) => T | undefined,
): T | undefined {
  return (startMask(ctx, i) & bit) !== 0 ? parse(ctx, i) : undefined;
}
