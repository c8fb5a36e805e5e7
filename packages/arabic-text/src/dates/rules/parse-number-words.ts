import { parseArabicNumber } from "../../numbers/parse-arabic-number.js";
import { lazy, lazyWordSet } from "../lazy.js";
import { dateWords } from "../lexicon/date-words.js";
import { formsAt, lookupWord, numberAt, type ScanContext, wordAt } from "../scan-context.js";

// Date-specific number words only (day ordinals up to 31, small counts, "الـ 30"): anything
// larger — years in words — goes through the package's general parseArabicNumber.

const TENS: Record<string, number> = { العشرين: 20, العشرون: 20, الثلاثين: 30, الثلاثون: 30 };
const tensTable = lazy(() => new Map(Object.entries(TENS)));
const firstOfMonth = lazyWordSet(["غره", "فاتح", "مستهل"]);
const article = lazyWordSet(["ال"]);

/**
 * An ordinal in words at token i: الأول، الحادي عشر، الخامس والعشرين، العشرين، الثلاثين.
 * Returns the value and the last token used.
 */
export function parseOrdinalWords(
  ctx: ScanContext,
  i: number,
  clitics: boolean,
): { value: number; last: number; prefix: number } | undefined {
  const unit = lookupWord(ctx, i, ctx.words.ordinals, clitics);
  if (unit && unit.value > 0) {
    const next = wordAt(ctx, i + 1);
    if (unit.value < 10 && (next === "عشر" || next === "عشره")) {
      return { value: 10 + unit.value, last: i + 1, prefix: unit.prefix };
    }
    if (next?.startsWith("و") && unit.value < 10) {
      const tens = TENS[next.slice(1)];
      if (tens !== undefined) return { value: tens + unit.value, last: i + 1, prefix: unit.prefix };
    }
    return { value: unit.value, last: i, prefix: unit.prefix };
  }
  const tens = lookupWord(ctx, i, tensTable(), clitics);
  if (tens) return { value: tens.value, last: i, prefix: tens.prefix };
  return undefined;
}

/**
 * A day of the month at token i: "27", "الـ27" / "الـ 27", an ordinal word, or غرة/فاتح (the 1st).
 * `wordy` tells the caller the day was written in words (those need "من" before the month).
 */
export function parseDayOfMonth(
  ctx: ScanContext,
  i: number,
): { day: number; last: number; prefix: number; wordy: boolean; firstOf: boolean } | undefined {
  const n = numberAt(ctx, i);
  if (n) {
    if (n.digits <= 2 && n.value >= 1 && n.value <= 31)
      return { day: n.value, last: i, prefix: 0, wordy: false, firstOf: false };
    return undefined;
  }
  const w = wordAt(ctx, i);
  if (w === undefined) return undefined;
  // "الـ 30" / "بالـ30": the article standing alone before the number.
  const art = lookupWord(ctx, i, article(), true);
  if (art) {
    const m = numberAt(ctx, i + 1);
    if (m && m.digits <= 2 && m.value >= 1 && m.value <= 31) {
      return { day: m.value, last: i + 1, prefix: art.prefix, wordy: false, firstOf: false };
    }
    return undefined;
  }
  const first = lookupWord(ctx, i, firstOfMonth(), true);
  if (first) return { day: 1, last: i, prefix: first.prefix, wordy: true, firstOf: true };
  const ord = parseOrdinalWords(ctx, i, true);
  if (ord && ord.value >= 1 && ord.value <= 31) {
    return { day: ord.value, last: ord.last, prefix: ord.prefix, wordy: true, firstOf: false };
  }
  return undefined;
}

/** True when token k is a unit word (عام، أيام …). */
export function isUnit(ctx: ScanContext, k: number): boolean {
  return ctx.words.units.has(wordAt(ctx, k) ?? "");
}

/** True when token k is a unit word, possibly after proclitics (بيومين). */
export function isUnitWithClitics(ctx: ScanContext, k: number): boolean {
  return lookupWord(ctx, k, ctx.words.units, true) !== undefined;
}

/**
 * A count at token i that ends right before a unit word (or at `end` when given): digits, or
 * number words read by the general parseArabicNumber ("ثلاثين"، "خمسة وعشرين"، "وثلاث").
 * Only looks at words when a unit follows within three tokens, so the scan stays cheap.
 */
export function parseCountBefore(
  ctx: ScanContext,
  i: number,
  isUnit: (ctx: ScanContext, k: number) => boolean,
): { value: number; last: number; prefix: number } | undefined {
  const n = numberAt(ctx, i);
  if (n) return { value: n.value, last: i, prefix: 0 };
  if (ctx.tokens[i]?.kind !== "word") return undefined;
  let unitAt = -1;
  for (let k = i + 1; k <= i + 3 && ctx.tokens[k]?.kind === "word"; k++) {
    if (isUnit(ctx, k)) {
      unitAt = k;
      break;
    }
  }
  if (unitAt < 0) return undefined;
  let words = ctx.tokens[i]!.text;
  for (let k = i + 1; k < unitAt; k++) words += ` ${ctx.tokens[k]!.text}`;
  const cache = countCache();
  let count = cache.get(words);
  if (count === undefined) {
    count = readCount(formsAt(ctx, i), words.slice(ctx.tokens[i]!.text.length), ctx.words.counts) ?? null;
    if (cache.size >= 10_000) cache.clear();
    cache.set(words, count);
  }
  return count === null ? undefined : { value: count.value, last: unitAt - 1, prefix: count.prefix };
}

// Counts in words, by the words before the unit: news repeats the same few ("ثلاثة أيام").
const countCache = lazy(() => new Map<string, { value: number; prefix: number } | null>());

function readCount(
  forms: { base: string; prefix: number }[],
  rest: string,
  counts: Map<string, number>,
): { value: number; prefix: number } | undefined {
  for (const form of forms) {
    // Counts are cardinals: "أول أيام الصيام" and "الثلاثين يوما" are not durations.
    if (form.base.startsWith("ال") || form.base === "اول" || form.base === "اخر") continue;
    // The spoken counts of the date lexicon (تلات، تمانية) when the number reader does not know them.
    const value = parseArabicNumber(form.base + rest) ?? (rest === "" ? counts.get(form.base) : undefined);
    if (value !== undefined && Number.isInteger(value) && value > 0) return { value, prefix: form.prefix };
  }
  return undefined;
}

/** The words a day of the month in words may start on: the article, غرة/فاتح/مستهل, an ordinal. */
export function dayWordStarts(): string[] {
  return [...article().keys(), ...firstOfMonth().keys(), ...dateWords().ordinals.keys()];
}

/** The tens that close a compound ordinal day ("الخامس والعشرين"), which may also stand alone. */
export function tensWords(): Iterable<string> {
  return tensTable().keys();
}
