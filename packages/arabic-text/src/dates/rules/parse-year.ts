import { parseArabicNumber } from "../../numbers/parse-arabic-number.js";
import type { YearRef } from "../date-expression.js";
import type { DateRule } from "../date-rule.js";
import { directionAt } from "../direction-at.js";
import { calendarExpr } from "../expression-shapes.js";
import { lazy, lazyWordSet } from "../lazy.js";
import { anaphoraAt } from "../lexicon/anaphora-words.js";
import { afterEditionNoun, countedNounAt } from "../lexicon/edition-years.js";
import { isPunctAt, lookupWord, numberAt, type ScanContext, type TokenMatch, wordAt, wordIs } from "../scan-context.js";

const YEAR_NOUNS = ["عام", "العام", "سنه", "السنه", "عامي", "سنتي"];
const HIJRI_SUFFIX = ["ه", "هجري", "هجريه", "للهجره", "هجرية"];
const GREGORIAN_SUFFIX = ["م", "ميلادي", "ميلاديه", "للميلاد"];
// Nouns that make a preceding number a count, never a year ("في 2000 موقع").
const counted = lazy(
  () =>
    new Set(
      "الف الاف مليون ملايين مليار جندي جنديا عسكري عسكريا شخص شخصا قتيل قتيلا طن كيلومتر كلم كم متر دولار دولارا روبل يورو موقع مواطن لاجئ طائره دبابه صاروخ قطعه وحده مره مرات عنصر عنصرا فرد فردا".split(
        " ",
      ),
    ),
);
const startingWords = lazyWordSet(["ابتداء", "اعتبارا", "بدءا", "انطلاقا", "بداء"]);
/** Year nouns a standalone year starts on (عام 2025، السنة 2025). */
export const yearNounTable = lazyWordSet(["عام", "العام", "سنه", "السنه"]);

/** The era suffix after a year number (م / هـ / هجري / ميلادي), if any. */
export function parseEraSuffix(ctx: ScanContext, i: number): { hijri: boolean; last: number } | undefined {
  const w = wordAt(ctx, i);
  if (w === undefined) return undefined;
  if (HIJRI_SUFFIX.includes(w)) return { hijri: true, last: i };
  if (GREGORIAN_SUFFIX.includes(w)) return { hijri: false, last: i };
  return undefined;
}

/**
 * A year written in words after عام/سنة: "ألفين وخمسة وعشرين", "ألف وتسعمائة واثنين وتسعين".
 * Only starts on a word beginning with ألف, so ordinary text costs nothing.
 */
export function yearWordsAt(ctx: ScanContext, k: number): { value: number; last: number } | undefined {
  const first = wordAt(ctx, k);
  if (first === undefined || !first.startsWith("الف")) return undefined;
  const words: string[] = [];
  for (let j = k; j < k + 8 && ctx.tokens[j]?.kind === "word"; j++) words.push(ctx.tokens[j]!.text);
  for (let n = words.length; n >= 1; n--) {
    const value = parseArabicNumber(words.slice(0, n).join(" "));
    if (value !== undefined && Number.isInteger(value) && value >= 1000 && value <= 2999)
      return { value, last: k + n - 1 };
  }
  return undefined;
}

/** A plausible year number at token i (3–4 digits, 622–2999). */
export function yearNumberAt(ctx: ScanContext, i: number): number | undefined {
  const n = numberAt(ctx, i);
  if (!n || n.digits < 3 || n.digits > 4 || n.value < 622 || n.value > 2999) return undefined;
  return n.value;
}

/**
 * A year number after a year noun (عام/سنة): every 4-digit number is a year there (0000–9999,
 * the window of ISO values, so "عام 0622" and "عام 3000" read back what formatArabicDate
 * writes); shorter ones must be plausible years (622–2999).
 */
export function yearAfterNounAt(ctx: ScanContext, i: number): number | undefined {
  const n = numberAt(ctx, i);
  if (n?.digits === 4) return n.value;
  return yearNumberAt(ctx, i);
}

/**
 * Bidi-mangled copy moves the comma or dot after a year to its front: "سنة ،1992 روسيا"،
 * "14 يونيو ،2009 في". At token k, a comma or dot with a space before it and a 4-digit number
 * glued after it (then a space, a closing mark or the end) is that displaced mark: the year
 * token k + 1 is returned, else k. A list comma ("يونيو، 2009", glued to the word before) is
 * not displaced.
 */
export function skipDisplacedMark(ctx: ScanContext, k: number): number {
  const mark = ctx.tokens[k];
  if (mark?.kind !== "punct" || !mark.spaced || !"،,.".includes(mark.text)) return k;
  const n = ctx.tokens[k + 1];
  if (n?.kind !== "number" || n.spaced || n.text.length !== 4) return k;
  const after = ctx.tokens[k + 2];
  if (after !== undefined && !after.spaced && !(after.kind === "punct" && "،,.؛:)".includes(after.text))) return k;
  // "،2009.5" is a number with a decimal part, not a year and its full stop.
  if (after?.text === "." && ctx.tokens[k + 3]?.kind === "number" && !ctx.tokens[k + 3]!.spaced) return k;
  return k + 1;
}

/**
 * The year part that may follow a month or a day-month: "2025", "عام 2025م", "من العام 2025",
 * "من العام الماضي", "من هذا العام", "العام نفسه", "1446 هـ".
 */
export function parseYearAfter(
  ctx: ScanContext,
  j: number,
): { year: YearRef; last: number; hijri?: boolean } | undefined {
  let k = j;
  const hadMin = wordAt(ctx, k) === "من";
  if (hadMin) k++;
  // Optional comma between a month and its year ("نوفمبر، 2025") is not accepted: it is too
  // often a list separator.
  const noun = wordIs(ctx, k, YEAR_NOUNS);
  if (noun) k++;
  const inWords = noun ? yearWordsAt(ctx, k) : undefined;
  if (inWords) return { year: { abs: inWords.value }, last: inWords.last };
  if (!hadMin) k = skipDisplacedMark(ctx, k);
  const y = noun ? yearAfterNounAt(ctx, k) : yearNumberAt(ctx, k);
  if (y !== undefined && (noun || !hadMin)) {
    const suffix = parseEraSuffix(ctx, k + 1);
    return { year: { abs: y }, last: suffix ? suffix.last : k, ...(suffix ? { hijri: suffix.hijri } : {}) };
  }
  const relative = parseRelativeYear(ctx, hadMin ? j + 1 : j);
  if (relative && (hadMin || relative.explicit)) return { year: relative.year, last: relative.last };
  return undefined;
}

/** "العام الماضي", "هذا العام", "العام نفسه", "نفس العام" as a year reference. */
export function parseRelativeYear(
  ctx: ScanContext,
  k: number,
): { year: YearRef; last: number; explicit: boolean } | undefined {
  const w = wordAt(ctx, k);
  if (w === "هذا" || w === "هذه") {
    if (wordIs(ctx, k + 1, ["العام", "السنه"])) return { year: { rel: 0 }, last: k + 1, explicit: true };
    return undefined;
  }
  if (w === "نفس" && wordIs(ctx, k + 1, ["العام", "السنه"]))
    return { year: { same: true }, last: k + 1, explicit: true };
  if (w === "العام" || w === "السنه") {
    const dir = directionAt(ctx, k + 1);
    if (dir) return { year: { rel: dir.value }, last: dir.last, explicit: true };
    // "من العام التالي", "من العام الذي سبقه": the year after/before the previous date's.
    const ana = anaphoraAt(ctx, k + 1);
    if (ana) {
      const year: YearRef = ana.step === 0 ? { same: true } : { same: true, plus: ana.step };
      return { year, last: ana.last, explicit: true };
    }
    // Bare "من العام" after a month means the current year ("مطلع نوفمبر من العام").
    return { year: { rel: 0 }, last: k, explicit: false };
  }
  return undefined;
}

/**
 * A year on its own: "عام 2025", "العام 2025م", "2025م", "1446 هـ", or a 4-digit number after
 * في/منذ/حتى/بحلول… (the preposition stays outside the surface).
 */
export function parseStandaloneYear(ctx: ScanContext, i: number): TokenMatch | undefined {
  const noun = lookupWord(ctx, i, yearNounTable(), true);
  if (noun) {
    const inWords = yearWordsAt(ctx, i + 1);
    if (inWords) return yearMatch(inWords.value, false, i, inWords.last, noun.prefix);
    const k = skipDisplacedMark(ctx, i + 1);
    const y = yearAfterNounAt(ctx, k);
    if (y === undefined) return undefined;
    const suffix = parseEraSuffix(ctx, k + 1);
    return yearMatch(y, suffix?.hijri ?? false, i, suffix ? suffix.last : k, noun.prefix);
  }
  const y = yearNumberAt(ctx, i);
  if (y === undefined) return undefined;
  const suffix = parseEraSuffix(ctx, i + 1);
  if (suffix) return yearMatch(y, suffix.hijri, i, suffix.last, 0);
  if (y < 1900 || y > 2100 || (numberAt(ctx, i)?.digits ?? 0) !== 4) return undefined;
  // "فاز بـ 2019 صوتا": an accusative counted noun after the number makes it a count.
  if (countedNounAt(ctx, i + 1)) return undefined;
  const prev = lookupWord(ctx, i - 1, prepositionTable(ctx), true);
  if (!prev) {
    const next = ctx.tokens[i + 1];
    if (next?.kind === "number" || (next?.kind === "word" && counted().has(next.text))) return undefined;
    return afterEditionNoun(ctx, i) ? yearMatch(y, false, i, i, 0) : undefined;
  }
  // "ابتداء من 2026", "اعتبارا من 2026": من after these is a date cue, not "more than".
  const startingFrom = wordAt(ctx, i - 1) === "من" && lookupWord(ctx, i - 2, startingWords()) !== undefined;
  const next = ctx.tokens[i + 1];
  if (next?.kind === "word" && counted().has(next.text)) return undefined;
  if (next?.kind === "number") return undefined;
  // "من 2000" is usually "more than 2000 …"; accept it only before punctuation or the end.
  const prevWord = wordAt(ctx, i - 1);
  if (
    !startingFrom &&
    (prevWord === "من" || prevWord === "عن") &&
    next !== undefined &&
    !isPunctAt(ctx, i + 1, "،,.؛:)")
  )
    return undefined;
  return yearMatch(y, false, i, i, 0);
}

const prepositions = lazy(() => new Map<string, true>());

function prepositionTable(ctx: ScanContext): Map<string, true> {
  const table = prepositions();
  if (table.size === 0) for (const w of ctx.words.yearPrepositions) table.set(w, true);
  return table;
}

function yearMatch(year: number, hijri: boolean, first: number, last: number, prefix: number): TokenMatch {
  if (hijri) return { expr: { kind: "hijri-year", year }, first, last, prefix };
  return { expr: calendarExpr({ kind: "calendar", calendar: "gregorian", year: { abs: year } }), first, last, prefix };
}

/** A year after its noun (عام/سنة); digit runs 622–2999 by numberMask. */
export const yearRule: DateRule = {
  name: "year",
  startWords: () => yearNounTable().keys(),
  parse: parseStandaloneYear,
};
