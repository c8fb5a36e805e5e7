import type { DateRule } from "../date-rule.js";
import { calendarExpr } from "../expression-shapes.js";
import { lazyWordSet } from "../lazy.js";
import { isValidDay } from "../resolve/civil-day.js";
import { glued, isPunctAt, lookupWord, numberAt, type ScanContext, type TokenMatch, wordAt } from "../scan-context.js";
import { parseEraSuffix } from "./parse-year.js";

/**
 * All-digit dates with one separator kind, no spaces: D/M/Y ("27/11/2025", "7-6-2022",
 * "22.10.2025"), M/D/Y only when the middle number cannot be a month ("8/21/2021"), or Y/M/D
 * when the 4-digit year comes first. Two-digit years are not read.
 */
export function parseNumericDate(ctx: ScanContext, i: number): TokenMatch | undefined {
  const a = numberAt(ctx, i);
  if (!a) return undefined;
  const sep = ctx.tokens[i + 1];
  if (sep?.kind === "number") return tatweelBetween(ctx, i) ? parseDatelineDayMonth(ctx, i, 1) : undefined;
  if (sep?.kind === "punct" && sep.spaced && (sep.text === "–" || sep.text === "—"))
    return parseDatelineDayMonth(ctx, i);
  if (sep?.kind !== "punct" || !"/-.".includes(sep.text)) return undefined;
  if (!glued(ctx, i + 1)) return sep.text === "-" ? parseDatelineDayMonth(ctx, i) : parseSpacedSlashes(ctx, i);
  const b = numberAt(ctx, i + 2);
  if (!b || !glued(ctx, i + 2)) return undefined;
  if (!isPunctAt(ctx, i + 3, sep.text) || !glued(ctx, i + 3))
    return sep.text === "." ? undefined : parseMonthSlashYear(ctx, i, a, b);
  const c = numberAt(ctx, i + 4);
  if (!c || !glued(ctx, i + 4) || b.digits > 2) return undefined;
  if (continuesAsIdentifier(ctx, i + 5)) return undefined;
  let year: number;
  let month: number;
  let day: number;
  if (a.digits === 4 && c.digits <= 2) {
    [year, month, day] = [a.value, b.value, c.value];
  } else if (c.digits === 4 && a.digits <= 2) {
    [year, month, day] = [c.value, b.value, a.value];
    // "8/21/2021": no 21st month, so a site's US template wrote month/day/year.
    if (month > 12 && day <= 12) [month, day] = [day, month];
  } else {
    return undefined;
  }
  if (year < 1000 || !isValidDay(year, month, day)) return undefined;
  const suffix = parseEraSuffix(ctx, i + 5);
  const hijri = suffix?.hijri === true;
  if (hijri && (month > 12 || day > 30)) return undefined;
  return {
    expr: calendarExpr({
      kind: "calendar",
      calendar: hijri ? "hijri" : "gregorian",
      day,
      month: { abs: month },
      year: { abs: year },
    }),
    first: i,
    last: suffix ? suffix.last : i + 4,
    prefix: 0,
  };
}

/**
 * "20 / 11 / 2025": a D/M/YYYY date typed with spaces around both slashes (web copy). Only the
 * slash, only with a 4-digit year last and the same spacing on both sides, so fractions and
 * scores ("3 / 4") are not read.
 */
function parseSpacedSlashes(ctx: ScanContext, i: number): TokenMatch | undefined {
  const a = numberAt(ctx, i);
  const b = numberAt(ctx, i + 2);
  const c = numberAt(ctx, i + 4);
  if (!a || !b || !c || !isPunctAt(ctx, i + 1, "/") || !isPunctAt(ctx, i + 3, "/")) return undefined;
  if (glued(ctx, i + 2) || glued(ctx, i + 3) || glued(ctx, i + 4)) return undefined;
  if (a.digits > 2 || b.digits > 2 || c.digits !== 4 || c.value < 1000) return undefined;
  if (!isValidDay(c.value, b.value, a.value)) return undefined;
  return {
    expr: calendarExpr({
      kind: "calendar",
      calendar: "gregorian",
      day: a.value,
      month: { abs: b.value },
      year: { abs: c.value },
    }),
    first: i,
    last: i + 4,
    prefix: 0,
  };
}

// Heads that make "M/YYYY" a document number ("القانون رقم 11/2025"), not a month.
const documentHeads = lazyWordSet(
  "رقم الرقم القانون قانون القرار قرار المرسوم مرسوم الامر امر التعميم تعميم البلاغ بلاغ العدد عدد الملف ملف القضيه قضيه".split(
    " ",
  ),
);

/** "11/2025", "3-2024": month and 4-digit year, month grain (never after a document head). */
// A digit, or a separator and a digit, glued right after a numeric date makes it part of a
// longer identifier (1.2.3.4, 11/2025/7), not a date.
export function continuesAsIdentifier(ctx: ScanContext, k: number): boolean {
  const after = ctx.tokens[k];
  return (
    after !== undefined &&
    !after.spaced &&
    (after.kind === "number" ||
      (after.kind === "punct" && "/-.".includes(after.text) && numberAt(ctx, k + 1) !== undefined))
  );
}

function parseMonthSlashYear(
  ctx: ScanContext,
  i: number,
  a: { value: number; digits: number },
  b: { value: number; digits: number },
): TokenMatch | undefined {
  if (a.digits > 2 || a.value < 1 || a.value > 12 || b.digits !== 4 || b.value < 1900 || b.value > 2100)
    return undefined;
  if (continuesAsIdentifier(ctx, i + 3)) return undefined;
  // A glued separator before would make it the tail of a longer number ("5/11/2025" read late, "1-11-2025").
  const before = ctx.tokens[i - 1];
  if (ctx.tokens[i]?.spaced === false && before?.kind === "punct") return undefined;
  if (lookupWord(ctx, i - 1, documentHeads(), true) || lookupWord(ctx, i - 2, documentHeads(), true)) return undefined;
  return {
    expr: calendarExpr({ kind: "calendar", calendar: "gregorian", month: { abs: a.value }, year: { abs: b.value } }),
    first: i,
    last: i + 2,
    prefix: 0,
  };
}

// News agencies that sign a dateline: "الكويت - 9 - 11 - كونا -", "عمان - 3 - 5 (بترا)".
const agencies = lazyWordSet(
  (
    "كونا قنا وام واس بنا بترا سانا سبا وات وطنيه العمانيه الاناضول رويترز شينخوا " +
    "وفا ومع واج سونا نينا يونا تاس نوفوستي سبوتنيك ارنا"
  ).split(" "),
);

// Agencies that sign with three letters: "(أ ش أ)" (MENA), "(أ ف ب)" (AFP), "(د ب أ)" (dpa).
const LETTER_AGENCIES = ["ا ش ا", "ا ف ب", "د ب ا"];

function isMenaAt(ctx: ScanContext, k: number): boolean {
  const a = wordAt(ctx, k);
  if (a === undefined || a.length !== 1) return false;
  return LETTER_AGENCIES.includes(`${a} ${wordAt(ctx, k + 1)} ${wordAt(ctx, k + 2)}`);
}
const datelineSeparators = "-–—،,";

/**
 * The Levantine/Gulf dateline "CITY - D - M - AGENCY": a spaced day - month after a city (one
 * to three words) that opens the text, a line or a sentence (a headline may stand above it, as
 * article pages print it), and before an agency name, bare after a dash or in brackets.
 * Anything less specific is left alone: "9 - 11" elsewhere is a score, a range or a count. `gap` is 2 for a dash between day and
 * month, 1 for a tatweel dash ("موسكو ـ 5 ـ 12 (واس)"), which normalization deletes.
 */
function parseDatelineDayMonth(ctx: ScanContext, i: number, gap = 2): TokenMatch | undefined {
  const d = numberAt(ctx, i);
  const m = numberAt(ctx, i + gap);
  if (!d || !m || d.digits > 2 || m.digits > 2 || d.value < 1 || d.value > 31 || m.value < 1 || m.value > 12)
    return undefined;
  const after = i + gap + 1;
  // A tatweel dash before a bare agency is gone too ("عمان ـ 21 ـ 6 ـ بترا").
  let close =
    isPunctAt(ctx, after, "(") || isPunctAt(ctx, after, datelineSeparators) ? after + 1 : gap === 1 ? after : -1;
  // "القاهرة - 15 - 1 - (أ ش أ)": a dash, then the agency in brackets.
  if (close > after && isPunctAt(ctx, after, datelineSeparators) && isPunctAt(ctx, close, "(")) close++;
  const agency = close < 0 ? undefined : ctx.tokens[close];
  if (agency?.kind !== "word" || !(agencies().has(agency.text) || isMenaAt(ctx, close))) return undefined;
  // The city: one to three words before the day, with or without a dash ("عمان - 3 - 5
  // (بترا)", "عمان 3 - 5 (بترا)"), opening the text, a line or a sentence.
  const cityEnd = isPunctAt(ctx, i - 1, datelineSeparators) ? i - 2 : i - 1;
  let k = cityEnd;
  while (k > cityEnd - 2 && ctx.tokens[k]?.kind === "word" && !opensLine(ctx, k)) k--;
  if (ctx.tokens[k]?.kind !== "word" || !opensLine(ctx, k)) return undefined;
  if (!isValidDay(2000, m.value, d.value)) return undefined;
  return {
    expr: calendarExpr({
      kind: "calendar",
      calendar: "gregorian",
      day: d.value,
      month: { abs: m.value },
      nearest: true,
    }),
    first: i,
    last: i + gap,
    prefix: 0,
  };
}

/**
 * Token k opens the text, a line or a sentence: nothing before it, a line break before it in
 * the original text (a headline above the dateline), or a sentence end.
 */
function opensLine(ctx: ScanContext, k: number): boolean {
  const before = ctx.tokens[k - 1];
  if (before === undefined) return true;
  if (before.kind === "punct" && '.!?؟:»"'.includes(before.text)) return true;
  const gap = ctx.source.slice(ctx.map[before.end - 1]! + 1, ctx.map[ctx.tokens[k]!.start]);
  return gap.includes("\n");
}

/** "5 ـ 12": two numbers with only a tatweel between them in the original text. */
function tatweelBetween(ctx: ScanContext, i: number): boolean {
  const a = ctx.tokens[i]!;
  const b = ctx.tokens[i + 1]!;
  const gap = ctx.source.slice(ctx.map[a.end - 1]! + 1, ctx.map[b.start]);
  return gap.includes("\u0640");
}

/** Numeric dates start on digits only (numberMask: a digit run before a separator). */
export const numericDateRule: DateRule = { name: "numericDate", startWords: () => [], parse: parseNumericDate };
