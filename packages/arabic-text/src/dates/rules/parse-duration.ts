import { parseArabicNumber } from "../../numbers/parse-arabic-number.js";
import type { DateExpression, DurationPart } from "../date-expression.js";
import type { DateRule } from "../date-rule.js";
import { durationExpr } from "../expression-shapes.js";
import { lazy, lazyWordSet } from "../lazy.js";
import type { TimeUnit } from "../lexicon/date-words.js";
import { dateWords } from "../lexicon/date-words.js";
import { wordTable } from "../lexicon/phrase-table.js";
import { isPunctAt, lookupWord, numberAt, type ScanContext, type TokenMatch, wordAt, wordIs } from "../scan-context.js";
import { isUnit, parseCountBefore } from "./parse-number-words.js";

/**
 * Durations: "خمس سنوات", "24 ساعة", "عامين", "لمدة عام" (the cue word stays outside), compound
 * ones ("11 عاما وشهرين" = P11Y2M) and "السنوات الثلاث الماضية" (= P3Y).
 */
export function parseDuration(ctx: ScanContext, i: number): TokenMatch | undefined {
  const plural = parsePluralPeriod(ctx, i);
  if (plural) return plural;
  // "ربع ساعة" (15 minutes), "نصف ساعة" / "نص ساعة" (30 minutes).
  const fraction = lookupWord(ctx, i, hourFractions(), true);
  if (fraction && wordIs(ctx, i + 1, ["ساعه"])) {
    const expr: DateExpression = durationExpr({ kind: "duration", amount: fraction.value, unit: "minute" });
    return { expr, first: i, last: i + 1, prefix: fraction.prefix };
  }
  const head = parseSimpleDuration(ctx, i);
  if (!head || (head.unit === "year" && (isAgeLimit(ctx, i) || isAge(ctx, i, head.last)))) return undefined;
  // "عشر عاما" inside "تسعة عشر عاما" that an age word before it has already ruled out.
  if (isTeenTail(ctx, i)) return undefined;
  // "1 دقيقة قراءة"، "7 دقائق للقراءة"، "مدة القراءة: 3 دقائق": a page's reading time, no span
  // the text speaks of.
  if (head.unit === "minute") {
    const before = isPunctAt(ctx, i - 1, ":") ? i - 2 : i - 1;
    if (lookupWord(ctx, head.last + 1, readingWords()) || wordAt(ctx, before) === "القراءه") return undefined;
  }
  // Smaller units joined by و: "عامين وثلاثة أشهر", "ساعتين و30 دقيقة".
  let last = head.last;
  let unit = head.unit;
  const more: DurationPart[] = [];
  for (;;) {
    const next = andPart(ctx, last + 1) ?? andHalf(ctx, last + 1, unit);
    if (!next || UNIT_RANK[next.unit] >= UNIT_RANK[unit]) break;
    more.push({ amount: next.amount, unit: next.unit });
    last = next.last;
    unit = next.unit;
  }
  const expr: DateExpression = durationExpr({
    kind: "duration",
    amount: head.amount,
    unit: head.unit,
    ...(more.length > 0 ? { more } : {}),
  });
  return { expr, first: i, last, prefix: head.prefix };
}

const readingWords = lazyWordSet(["قراءه", "للقراءه"]);

// "دون 18 عاما", "تحت 23 سنة": an age below which, never a span of time.
const underWords = lazyWordSet(["دون", "تحت", "ودون", "وتحت"]);
const lessWords = lazyWordSet(["اقل", "لاقل", "للاقل", "باقل"]);
// Who has the age: a team or age group, players, children ("المنتخب المغربي لأقل من 20 سنة").
const ageHolders = lazyWordSet(
  (
    "منتخب المنتخب منتخبات المنتخبات فئه لفئه الفئه الشباب للشباب الناشئين للناشئين الناشئات اللاعبين " +
    "لاعبي لاعبين الاطفال للاطفال اطفال الاعمار اعمارهم اعمار سن"
  ).split(" "),
);

/**
 * An age limit before the count of years at token i: "دون 18 عاما", "تحت 23 سنة", and
 * "أقل من 20 سنة" after a team, a group of players or children within four words
 * ("المنتخب المغربي لأقل من 20 سنة"). It names an age, not a duration.
 */
function isAgeLimit(ctx: ScanContext, i: number): boolean {
  if (lookupWord(ctx, i - 1, underWords())) return true;
  if (wordAt(ctx, i - 1) !== "من" || !lookupWord(ctx, i - 2, lessWords())) return false;
  for (let k = i - 3; k >= i - 6 && k >= 0; k--) if (lookupWord(ctx, k, ageHolders())) return true;
  return false;
}

// Words right before a count of years that make it someone's age: "البالغة من العمر 17 عاما",
// "عمره 45 عاما", "عن عمر يناهز 80 عاما", "في سن 16 عاما", "ابن 7 سنوات".
const ageWords = lazyWordSet(
  (
    "العمر عمر بعمر عمره عمرها عمرهم عمرهما عمري عمرك عمرنا يناهز ناهز تناهز سن السن بسن " +
    "البالغ البالغه البالغين البالغات ابن ابنه بنت"
  ).split(" "),
);
// Verbs of dying before "عن N عاما" ("توفي عن 80 عاما", "رحلت عن 64 عاما"), search-folded by
// wordTable like the scan (قضى and يتوفى are read as قضي and يتوفي).
const deathVerbs = lazy(() =>
  wordTable([[true, "توفي توفيت يتوفى رحل رحلت مات ماتت قضى قضت فارق فارقت استشهد استشهدت".split(" ")]]),
);
// Words that make "(N عاما)" a span after them, not an age after a name.
const spanWords = lazyWordSet(
  "في من منذ خلال لمده مده طوال طول طيله قبل بعد عن الى حتى علي نحو حوالي قرابه مدار مدي غضون".split(" "),
);

// Verbs whose object is a span of time ("قضى في السجن، منذ ذلك الحين، 20 عاما"), search-folded
// by wordTable (ى and أ as the scan reads them).
const spanVerbs = lazy(() =>
  wordTable([[true, "قضى قضت أمضى أمضت استمر استمرت دام دامت امتد امتدت عاش عاشت ظل ظلت بقي بقيت".split(" ")]]),
);

/** Whether a verb taking a span of time stands up to eight tokens before token i. */
function spanVerbBefore(ctx: ScanContext, i: number): boolean {
  for (let k = i - 2; k >= i - 9 && k >= 0; k--) if (lookupWord(ctx, k, spanVerbs(), true)) return true;
  return false;
}

/** Token i is the عشر of a teen number whose unit word stands before it ("تسعة عشر"). */
function isTeenTail(ctx: ScanContext, i: number): boolean {
  const w = wordAt(ctx, i);
  if (w !== "عشر" && w !== "عشره") return false;
  const before = wordAt(ctx, i - 1);
  return before !== undefined && parseArabicNumber(`${before} ${w}`) !== undefined;
}

/**
 * A person's age at the count of years at token i (its unit ending at `last`): after an age
 * word (من العمر، عمره، يناهز، سن، البالغ، ابن), after "عن" when a verb of dying is up to four
 * words before it ("توفي الفنان في باريس عن 80 عاما"), or alone in brackets right after a name
 * or a noun ("جو بايدن (77 عاما)", "طفل (5 سنوات)") or between commas ("ميدفيديف، 25 عاما،")
 * with no preposition in the two words before it. Spans keep their cues: "منذ 20 عاما", "لمدة 5 سنوات", "قضى 20 عاما".
 */
function isAge(ctx: ScanContext, i: number, last: number): boolean {
  if (lookupWord(ctx, i - 1, ageWords(), true)) return true;
  if (wordAt(ctx, i - 1) === "عن") {
    for (let k = i - 2; k >= i - 7 && k >= 0; k--) {
      if (ctx.tokens[k]?.kind !== "word") break;
      if (lookupWord(ctx, k, deathVerbs(), true)) return true;
    }
    return false;
  }
  // "ميدفيديف، 25 عاماً، تأهل": the same age set off by commas right after a name.
  const commas = isPunctAt(ctx, i - 1, "،,") && isPunctAt(ctx, last + 1, "،,") && !spanVerbBefore(ctx, i);
  if (!commas && (!isPunctAt(ctx, i - 1, "(") || !isPunctAt(ctx, last + 1, ")"))) return false;
  const name = wordAt(ctx, i - 2);
  if (name === undefined || lookupWord(ctx, i - 2, spanWords(), true)) return false;
  return ctx.tokens[i - 3]?.kind !== "word" || !lookupWord(ctx, i - 3, spanWords(), true);
}

const hourFractions = lazy(
  () =>
    new Map([
      ["ربع", 15],
      ["نصف", 30],
      ["نص", 30],
    ]),
);

// Larger units rank higher; a compound duration goes strictly down ("عام وشهران", not "شهر وعام").
const UNIT_RANK: Record<TimeUnit, number> = {
  century: 8,
  decade: 7,
  year: 6,
  month: 5,
  week: 4,
  day: 3,
  hour: 2,
  minute: 1,
};

interface SimpleDuration {
  amount: number;
  unit: TimeUnit;
  last: number;
  prefix: number;
}

/** The part after "و" at token k: "وشهرين", "وثلاثة أشهر", "و 6 أشهر", "و6 أشهر". */
function andPart(ctx: ScanContext, k: number): SimpleDuration | undefined {
  const w = wordAt(ctx, k);
  if (w === "و") {
    const d = parseSimpleDuration(ctx, k + 1);
    return d && d.prefix === 0 ? d : undefined;
  }
  if (w === undefined || w[0] !== "و") return undefined;
  const d = parseSimpleDuration(ctx, k);
  if (d) return d.prefix === 1 ? d : undefined;
  // "عام وشهر": a bare singular unit after و counts one.
  const unit = lookupWord(ctx, k, ctx.words.units, true);
  if (unit?.prefix !== 1 || unit.value.count !== undefined || !SINGULARS.includes(w.slice(1))) return undefined;
  const last = wordIs(ctx, k + 1, ["واحد", "واحده"]) ? k + 1 : k;
  return { amount: 1, unit: unit.value.unit, last, prefix: 1 };
}

const SINGULARS = ["عام", "سنه", "شهر", "اسبوع", "يوم", "ساعه", "دقيقه"];

// "عام ونصف" = a year and six months, "ساعتين ونصف" = two hours and thirty minutes.
function andHalf(ctx: ScanContext, k: number, unit: TimeUnit): SimpleDuration | undefined {
  if (wordAt(ctx, k) !== "ونصف") return undefined;
  if (unit === "year") return { amount: 6, unit: "month", last: k, prefix: 1 };
  if (unit === "hour") return { amount: 30, unit: "minute", last: k, prefix: 1 };
  return undefined;
}

function parseSimpleDuration(ctx: ScanContext, i: number): SimpleDuration | undefined {
  const count = parseCountForDuration(ctx, i);
  let k = i;
  let amount: number | undefined;
  let prefix = 0;
  if (count) {
    amount = count.value;
    prefix = count.prefix;
    k = count.last + 1;
  }
  const unit = lookupWord(ctx, k, ctx.words.units, !count);
  if (!unit) return undefined;
  if (!count) prefix = unit.prefix;
  let last = k;
  if (unit.value.count !== undefined) {
    if (count) return undefined;
    amount = unit.value.count;
  } else if (!count) {
    // A bare singular unit needs a duration cue before it ("لمدة عام") or واحد after it; a
    // bare plural counts nothing ("طيلة أيام الأسبوع", "طوال أسابيع").
    const one = wordIs(ctx, k + 1, ["واحد", "واحده"]);
    if ((!one && !lookupWord(ctx, i - 1, lazyCues(), true)) || unit.prefix > 0) return undefined;
    if (!SINGULARS.includes(wordAt(ctx, k)!)) return undefined;
    amount = 1;
    if (one || wordIs(ctx, k + 1, ["كامل", "كامله"])) last = k + 1;
  }
  if (amount === undefined || amount <= 0) return undefined;
  return { amount, unit: unit.value.unit, last, prefix };
}

const lazyCues = lazyWordSet(["لمده", "مده", "طوال", "طيله", "مدي", "غضون", "خلال", "مدار", "مدتها", "مدته"]);

function parseCountForDuration(ctx: ScanContext, i: number) {
  const c = parseCountBefore(ctx, i, isUnit);
  if (!c) return undefined;
  const n = numberAt(ctx, i);
  if (n && (n.digits > 3 || n.value < 1)) return undefined;
  return c;
}

/**
 * "السنوات الثلاث الماضية"، "الأيام العشرة المقبلة"، "الساعات الـ24 الأخيرة"، "العامين الماضيين":
 * a definite plural (or dual) period noun, its count, and a past/next word. Without a count
 * ("في الأيام المقبلة") it is vague and yields nothing.
 */
export function parsePluralPeriod(ctx: ScanContext, i: number): TokenMatch | undefined {
  const noun = lookupWord(ctx, i, pluralPeriods(), true);
  if (!noun) return undefined;
  let k = i + 1;
  let amount = noun.value.count;
  if (amount === undefined) {
    const c = definiteCount(ctx, k);
    if (!c) return undefined;
    amount = c.value;
    k = c.last + 1;
  }
  if (!lookupWord(ctx, k, pastOrNext())) return undefined;
  const expr: DateExpression = durationExpr({ kind: "duration", amount, unit: noun.value.unit });
  return { expr, first: i, last: k, prefix: noun.prefix };
}

// "الثلاث"، "الستة"، "العشر"، "الـ24": a count with the article, as it follows a definite noun.
function definiteCount(ctx: ScanContext, k: number): { value: number; last: number } | undefined {
  const w = wordAt(ctx, k);
  if (w === undefined) return undefined;
  if (w === "ال") {
    const n = numberAt(ctx, k + 1);
    return n && n.value > 0 && n.digits <= 3 ? { value: n.value, last: k + 1 } : undefined;
  }
  if (!w.startsWith("ال") || w.length < 4) return undefined;
  const value = parseArabicNumber(w.slice(2));
  return value !== undefined && Number.isInteger(value) && value > 1 && value <= 1000 ? { value, last: k } : undefined;
}

const pastOrNext = lazyWordSet(
  "الماضي الماضيه الماضيين الماضيتين المنصرم المنصرمه الفائت الفائته الاخير الاخيره الاخيرين الاخيرتين المقبل المقبله المقبلين المقبلتين القادم القادمه القادمين القادمتين".split(
    " ",
  ),
);

/** Definite plural and dual period nouns (normalized) → unit, and the count a dual implies. */
export const pluralPeriods = lazy(
  () =>
    new Map<string, { unit: TimeUnit; count?: number }>([
      ["السنوات", { unit: "year" }],
      ["الاعوام", { unit: "year" }],
      ["السنين", { unit: "year" }],
      ["العامين", { unit: "year", count: 2 }],
      ["السنتين", { unit: "year", count: 2 }],
      ["الاشهر", { unit: "month" }],
      ["الشهور", { unit: "month" }],
      ["الشهرين", { unit: "month", count: 2 }],
      ["الاسابيع", { unit: "week" }],
      ["الاسبوعين", { unit: "week", count: 2 }],
      ["الايام", { unit: "day" }],
      ["اليومين", { unit: "day", count: 2 }],
      ["الساعات", { unit: "hour" }],
      ["الساعتين", { unit: "hour", count: 2 }],
      ["العقود", { unit: "decade" }],
      ["العقدين", { unit: "decade", count: 2 }],
    ]),
);

/** Unit words, counts in words and plural periods (digit counts by numberMask). */
export const durationRule: DateRule = {
  name: "duration",
  startWords: () => [...dateWords().units.keys(), ...dateWords().counts.keys(), ...pluralPeriods().keys()],
  parse: parseDuration,
};
