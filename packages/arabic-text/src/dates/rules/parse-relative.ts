import type { DateExpression, YearRef } from "../date-expression.js";
import type { DateRule } from "../date-rule.js";
import { directionAt } from "../direction-at.js";
import { calendarExpr, periodExpr, relativeDayExpr } from "../expression-shapes.js";
import { lazy, lazyWordSet } from "../lazy.js";
import { anaphoraAt } from "../lexicon/anaphora-words.js";
import { dateWords } from "../lexicon/date-words.js";
import { eventHeads } from "../lexicon/event-heads.js";
import { otherYearAdjectives } from "../lexicon/other-years.js";
import { detectTense } from "../resolve/tense.js";
import {
  isPunctAt,
  lookupWord,
  markAfter,
  type ScanContext,
  type TokenMatch,
  wordAt,
  wordIs,
} from "../scan-context.js";
import { PARSER_BITS as B, tryAt } from "../starter-words.js";
import { parseDayMonth, parseOrdinalMonth } from "./parse-calendar-date.js";
import { dayHalfAt } from "./parse-clock-time.js";
import { isUnit, isUnitWithClitics, parseCountBefore, parseOrdinalWords } from "./parse-number-words.js";
import { parseNumericDate } from "./parse-numeric-date.js";
import { parseStandaloneYear } from "./parse-year.js";

type CalendarExpression = Extract<DateExpression, { kind: "calendar" }>;

// "اليوم العالمي", "اليوم الأول من القمة", "اليوم الذي": اليوم as a noun, not "today".
const notToday = lazyWordSet(
  "العالمي الوطني الدولي العربي الاول الثاني الثالث الرابع الخامس الاخير الذي الواحد الموعود المفتوح الكامل المشهود".split(
    " ",
  ),
);
// What a spool (بكرة) holds: after بكرة these make it the noun.
const spoolContents = lazyWordSet([
  "خيط",
  "خيوط",
  "سلك",
  "اسلاك",
  "ورق",
  "قماش",
  "شريط",
  "حبل",
  "فيلم",
  "افلام",
  "كابل",
  "نايلون",
]);
const mediaHeads = lazyWordSet(["صحيفه", "جريده", "مجله", "قناه", "موقع", "برنامج", "نشره"]);
const demonstratives = lazyWordSet(["ذلك", "هذا", "تلك", "ذاك", "مثل"]);

/** Token k ends in a written ه (a pronoun: "نشره" published it), not the ة the search form also writes ه. */
function writtenHa(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return ctx.source[ctx.map[t.end - 1] ?? -1] === "ه";
}
// Heads that "العام" qualifies as the adjective "general" (الأمين العام، الرأي العام، المدعي العام …),
// the most frequent false date in this domain. Any other head keeps العام as "the year":
// "وقع البلدان العام الماضي" is "last year".
const generalHeads = lazyWordSet(
  (
    "الامين المدعي الراي القطاع النائب المؤتمر المدير المفتش المراقب القائد القنصل الصالح النظام الامن " +
    "الاضراب التعليم الاتجاه الاطار المجمع الشان المال الانطباع الطابع المستوي المنسق المقرر المستشار " +
    "الوكيل المحامي العفو الانفاق الدين الموظف المرشد الحق النفع الوعي الذوق الخط المفوض السكرتير " +
    "الحاكم المفتي المشهد المناخ الصعيد الجو الاحصاء الاستفتاء التعبئه الحشد الاتحاد المجلس الادعاء " +
    "الاتهام المنسق الهيكل السياق التوجه الموقف الوضع التصور الشعور الامين_العام البرنامج الاطار " +
    "المستشفي الطريق النقل القانون الذكاء المزاج"
  ).split(" "),
);

/** True when "العام" at token i means "general" (الأمين العام، المؤتمر العام). */
export function isGeneralAdjective(ctx: ScanContext, i: number): boolean {
  if (wordAt(ctx, i) !== "العام") return false;
  return lookupWord(ctx, i - 1, generalHeads(), true) !== undefined;
}

function relativeWord(
  ctx: ScanContext,
  i: number,
): { offset: number; last: number; prefix: number; anaphora?: true; same?: true; tonight?: true } | undefined {
  const w = wordAt(ctx, i);
  if (w === undefined) return undefined;
  if (w === "يوم" || w === "اليوم") {
    const two = dayAroundYesterdayOrTomorrow(ctx, i);
    if (two) return two;
  }
  if (w === "يوم" && wordIs(ctx, i + 1, ["امس"])) {
    // "يوم أمس الأول" is the day before yesterday, like "أمس الأول" (read by the word itself).
    const inner = relativeWord(ctx, i + 1);
    return { offset: inner?.offset ?? -1, last: inner?.last ?? i + 1, prefix: 0 };
  }
  if (w === "يوم" && wordIs(ctx, i + 1, ["الغد", "غد"])) return { offset: 1, last: i + 1, prefix: 0 };
  // Moroccan "ليوم" (today), read only before a part of the day ("ليوم الصباح"): elsewhere it
  // is ل + يوم ("ليوم واحد").
  if (w === "ليوم" && dayHalfAt(ctx, i + 1)) return { offset: 0, last: i, prefix: 0 };
  // "هذه الليلة": tonight, read by the rules of الليلة ("هذه الليلة الأولى" is no date).
  if (w === "هذه" && wordAt(ctx, i + 1) === "الليله") {
    const night = relativeWord(ctx, i + 1);
    return night?.tonight && night.offset === 0 ? { ...night, prefix: 0 } : undefined;
  }
  // "في هذا اليوم": the day the text is about (the previous date), else the publication day.
  if (w === "هذا" && wordAt(ctx, i + 1) === "اليوم" && wordIs(ctx, i - 1, ["في"], true)) {
    const next = wordAt(ctx, i + 2);
    if (next === undefined || !notToday().has(next)) return { offset: 0, last: i + 1, prefix: 0, anaphora: true };
  }
  // "نفس اليوم", "في ذات اليوم": the same day as "اليوم نفسه" (the previous date's), never today.
  if (wordAt(ctx, i + 1) === "اليوم" && wordIs(ctx, i, ["نفس", "ذات"], true)) {
    const next = wordAt(ctx, i + 2);
    if (next === undefined || !notToday().has(next))
      return { offset: 0, last: i + 1, prefix: w.length - 3, anaphora: true, same: true };
  }
  // "أول أمس", "أول امبارح", "أول من أمس": the day before yesterday.
  if (wordIs(ctx, i, ["اول"], true)) {
    const k = wordAt(ctx, i + 1) === "من" ? i + 2 : i + 1;
    if (ctx.words.relativeDays.get(wordAt(ctx, k) ?? "") === -1 && wordAt(ctx, k) !== "الامس")
      return { offset: -2, last: k, prefix: w.length - 3 };
  }
  // "بعد غد", "بعد بكرة", "عقب باچر": the day after tomorrow.
  if (wordIs(ctx, i, ["بعد", "عقب"], true)) {
    const next = wordAt(ctx, i + 1) ?? "";
    if (next !== "غدا" && ctx.words.relativeDays.get(next) === 1)
      return { offset: 2, last: i + 1, prefix: w.length - 3 };
  }
  const single = lookupWord(ctx, i, ctx.words.relativeDays, true);
  if (!single) return undefined;
  const base = w.slice(single.prefix);
  const next = wordAt(ctx, i + 1);
  // "أمس الأول" is the day before yesterday, like "أول أمس"; but "أمس الأول من آب" is
  // yesterday, the 1st of August: the day word alone, its date read after it.
  if ((base === "امس" || base === "الامس") && next === "الاول") {
    const month = wordAt(ctx, i + 2) === "من" ? wordAt(ctx, i + 3) : undefined;
    if (month === undefined || !(month === "شهر" || ctx.months.has(month)))
      return { offset: -2, last: i + 1, prefix: single.prefix };
  }
  if (base === "بكره" && next !== undefined && spoolContents().has(next.startsWith("ال") ? next.slice(2) : next)) {
    // "بكرة خيط": a spool of thread, not tomorrow.
    return undefined;
  }
  if (base === "باكر" && !(wordAt(ctx, i + 1) === "الساعه" || dayHalfAt(ctx, i + 1))) return undefined;
  if (base === "الليله") {
    if (next === "الماضيه" || next === "البارحه")
      return { offset: -1, last: i + 1, prefix: single.prefix, tonight: true };
    // "الليلة الأولى/الثانية من المهرجان": a night counted in an event, not tonight.
    if (
      next !== undefined &&
      (notToday().has(next) || isFeminineOrdinal(ctx, next) || next === "الاولي" || next === "القدر")
    )
      return undefined;
  } else if (base === "اليوم" || (base === "ليوم" && single.prefix > 0)) {
    // "لليوم" is ل + اليوم with the article's alef dropped: the same guards ("لليوم الرابع على
    // التوالي", "لليوم الوطني" are no dates).
    // "اليوم الماضي", "اليوم المنصرم": the day gone by, yesterday.
    if (next !== undefined && pastDay().has(next)) return { offset: -1, last: i + 1, prefix: single.prefix };
    if (next !== undefined && notToday().has(next)) return undefined;
    // "صحيفة اليوم", "قناة اليوم": a title.
    // A head in ة must be written so: "ونشره اليوم" is "and published it today".
    if (single.prefix === 0 && lookupWord(ctx, i - 1, mediaHeads(), true) && !writtenHa(ctx, i - 1)) {
      return undefined;
    }
    if (lookupWord(ctx, i - 1, demonstratives())) return undefined;
  } else if (base === "امس" || base === "الامس") {
    // "أمسّ الحاجة" (most in need), "حتى الأمس القريب" (until recently).
    if (markAfter(ctx, i, "\u0651") || next === "الحاجه" || next === "حاجه" || next === "القريب") return undefined;
  } else if (base === "غدا") {
    if (!markAfter(ctx, i, "\u064b") && looksLikeVerbBecame(ctx, i)) return undefined;
  } else if (base === "غد") {
    if (!ctx.words.dayParts.has(wordAt(ctx, i - 1) ?? "")) return undefined;
  } else if (base === "الغد") {
    // "صحيفة الغد", "حزب الغد", "قادة الغد": only a date after a preposition, a part of the day,
    // a scheduled event ("قمة الغد", "اجتماع الغد") or before a weekday.
    const cued =
      single.prefix > 0 ||
      wordIs(ctx, i - 1, ["في", "حتي", "صباح", "مساء", "ظهر", "يوم"], true) ||
      lookupWord(ctx, i - 1, eventHeads(), true) !== undefined ||
      weekdayAfter(ctx, i + 1) !== undefined;
    if (!cued) return undefined;
  }
  return { offset: single.value, last: i, prefix: single.prefix, ...(base === "الليله" ? { tonight: true } : {}) };
}

/** "الثانية", "الأخيرة": an ordinal (the table holds the masculine) with its ة. */
function isFeminineOrdinal(ctx: ScanContext, w: string): boolean {
  return w.endsWith("ه") && ctx.words.ordinals.has(w.slice(0, -1));
}

const pastDay = lazyWordSet(["الماضي", "المنصرم", "الفائت", "الفايت"]);
// The relative pronoun of "اليوم اللي/الذي قبل أمس".
const dayPronouns = lazyWordSet(["اللي", "الذي", "الي", "اللى"]);

/**
 * "يوم قبل أمس", "اليوم اللي قبل امبارح" (ref − 2) and "اليوم الذي بعد الغد", "يوم بعد بكرة"
 * (ref + 2) as one mention; `i` is the token of يوم/اليوم.
 */
function dayAroundYesterdayOrTomorrow(
  ctx: ScanContext,
  i: number,
): { offset: number; last: number; prefix: number } | undefined {
  let k = i + 1;
  if (wordAt(ctx, i) === "اليوم") {
    // "اليوم قبل أمس" without a pronoun reads as "today, before yesterday…": a pronoun is needed.
    if (!lookupWord(ctx, k, dayPronouns())) return undefined;
    k++;
  }
  const dir = wordAt(ctx, k);
  if (dir !== "قبل" && dir !== "بعد") return undefined;
  const day = wordAt(ctx, k + 1);
  const value = day === undefined ? undefined : ctx.words.relativeDays.get(day);
  if (dir === "قبل" && value === -1 && day !== "الامس") return { offset: -2, last: k + 1, prefix: 0 };
  if (dir === "بعد" && value === 1) return { offset: 2, last: k + 1, prefix: 0 };
  return undefined;
}

/**
 * A weekday name at token k, also in the Moroccan spelling that writes the article as a bare
 * ل ("غدا لخميس" = غدا الخميس); the ل form is only read after a relative day, never alone.
 */
export function weekdayAfter(ctx: ScanContext, k: number): number | undefined {
  const w = wordAt(ctx, k);
  if (w === undefined) return undefined;
  const wd = ctx.words.weekdays.get(w);
  if (wd !== undefined) return wd;
  return w.length > 3 && w[0] === "ل" && w[1] !== "ا" ? ctx.words.weekdays.get(`ا${w}`) : undefined;
}

// Words after which غدا can only be the verb "became": "بعدما غدا"، "وقد غدا"، "الذي غدا".
const becameOpeners = lazyWordSet("بعدما وبعدما قد وقد فقد لقد الذي التي".split(" "));
// Conjunctions after which غدا is the verb when its subject follows ("حتى غدا الاتفاق …") but
// may still be "tomorrow" otherwise ("حتى غدا في جنيف").
const clauseLinks = lazyWordSet("حتي ثم ان وان حيث فيما بينما اذ عندما لما حين كما".split(" "));
// Definite words after an adverbial غدا that are not a subject ("غدا إلى موسكو").
const notSubjects = lazyWordSet(["الي", "الساعه", "الموافق"]);

// "غدا الوضع أكثر تعقيدا": the verb "became" opens a clause and is followed by its subject.
function looksLikeVerbBecame(ctx: ScanContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (next?.kind !== "word") return false;
  // "غدا الساعة 5", "غدا مساء": an hour or a part of the day after it makes it tomorrow.
  if (weekdayAfter(ctx, i + 1) !== undefined || ctx.words.dayParts.has(next.text) || next.text === "الساعه")
    return false;
  if (dayHalfAt(ctx, i + 1)) return false;
  const prev = ctx.tokens[i - 1];
  const prevWord = prev?.kind === "word" ? prev.text : undefined;
  if (becameOpeners().has(prevWord ?? "")) return true;
  // "غدا سنبحث التعاون"، "غدا نلتقي"، "غدا سوف تعلن": the verb "became" takes a subject or an
  // accusative predicate ("غدا تحديا"), so a future or an imperfect verb after it makes it tomorrow.
  if (verbAfterTomorrow(ctx, i + 1)) return false;
  const opensClause = !prev || prev.kind === "punct" || (wordAt(ctx, i)?.length ?? 0) > 3;
  if (opensClause || ["اكثر", "اشبه", "من", "امرا", "واضحا"].includes(next.text)) return true;
  // "غدا الممر أكثر أمانا": a definite subject right after, unless an imperfect verb comes
  // before ("تنطلق غدا القمة" = the summit opens tomorrow).
  const definiteSubject = next.text.startsWith("ال") && next.text.length > 3 && !notSubjects().has(next.text);
  if (!definiteSubject) return false;
  return prevWord === undefined || clauseLinks().has(prevWord) || !/^[وف]?س?[يتن]/.test(prevWord);
}

/**
 * سوف, or an imperfect verb (ي/ت/ن + three letters or more, maybe after سـ) at k: "سنبحث"،
 * "نلتقي"، "يبدأ". A final ا written so is tanween alif, an accusative noun ("تحديا"); ن/ت + a
 * letter + ا is a noun (نظام).
 */
function verbAfterTomorrow(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  const w = t.text;
  const v = w[0] === "س" && w.length >= 5 ? w.slice(1) : w;
  if (w === "سوف") return true;
  return v.length >= 4 && "يتن".includes(v[0]!) && v[2] !== "ا" && ctx.source[ctx.map[t.end - 1] ?? -1] !== "ا";
}

/** اليوم، أمس، غدا، أول أمس، بعد غد, each optionally with its weekday ("أمس الأربعاء"). */
export function parseRelativeDay(ctx: ScanContext, i: number): TokenMatch | undefined {
  const rel = relativeWord(ctx, i);
  if (!rel) return undefined;
  const w = wordAt(ctx, rel.last);
  // "اليوم التالي", "لليوم التالي" (ل + اليوم): the day after the previous date.
  if (w === "اليوم" || (w === "لليوم" && rel.prefix > 0)) {
    const ana = anaphoraAt(ctx, rel.last + 1);
    if (ana) return anaphoraDay(ana.step, i, ana.last, rel.prefix);
  }
  let last = rel.last;
  // "اليوم /الخميس/", "اليوم (السبت)": the weekday between slashes (the Egyptian wire's) or in
  // brackets belongs to the day word.
  const open = ctx.tokens[last + 1]?.text;
  const close = open === "/" ? "/" : open === "(" ? ")" : undefined;
  if (close && weekdayAfter(ctx, last + 2) !== undefined && isPunctAt(ctx, last + 3, close)) last += 3;
  const weekday = last === rel.last ? weekdayAfter(ctx, last + 1) : undefined;
  // "اليوم 5 يوليو/تموز", "أمس، 4 مارس": the explicit date that follows names the same day.
  if (weekday === undefined && last === rel.last && !rel.anaphora && !rel.tonight) {
    const dated = dateAfter(ctx, last + 1);
    if (dated) return { expr: dated.expr, first: i, last: dated.last, prefix: rel.prefix };
  }
  if (weekday !== undefined) {
    last++;
    // "اليوم الخميس 28 نوفمبر": the explicit date that follows is part of the expression.
    const date = dateAfter(ctx, last + 1);
    if (date) return { expr: { ...date.expr, weekday }, first: i, last: date.last, prefix: rel.prefix };
  }
  const expr = relativeDayExpr({
    kind: "relative-day",
    offset: rel.offset,
    anaphora: rel.anaphora ? true : undefined,
    same: rel.same,
    // "الليلة" (tonight) is a part of today.
    dayPart: rel.tonight ? true : undefined,
  });
  return { expr, first: i, last, prefix: rel.prefix };
}

/** A day-month or numeric date at token k, or after a comma there ("اليوم، 5 يوليو"). */
function dateAfter(ctx: ScanContext, k: number): { expr: CalendarExpression; last: number } | undefined {
  const at = isPunctAt(ctx, k, "،,") ? k + 1 : k;
  const date = tryAt(ctx, at, B.dayMonth, parseDayMonth) ?? tryAt(ctx, at, B.numericDate, parseNumericDate);
  if (date?.prefix !== 0 || date.expr.kind !== "calendar" || date.expr.day === undefined) return undefined;
  return { expr: date.expr, last: date.last };
}

function anaphoraDay(offset: number, first: number, last: number, prefix: number): TokenMatch {
  // Step 0 is "اليوم نفسه/ذاته/عينه", the same day.
  const same = offset === 0 ? true : undefined;
  return { expr: relativeDayExpr({ kind: "relative-day", offset, anaphora: true, same }), first, last, prefix };
}

/**
 * العام/السنة/الشهر/الأسبوع + الماضي/المقبل/الجاري; هذا العام; العام نفسه; العام التالي.
 */
export function parseRelativePeriod(ctx: ScanContext, i: number): TokenMatch | undefined {
  let k = i;
  let prefix = 0;
  let offset: number | undefined;
  let anaphora = false;
  const demo = lookupWord(ctx, i, lazyDemo(), true);
  if (demo) {
    prefix = demo.prefix;
    k++;
  }
  const same = !demo && wordIs(ctx, i, ["نفس"], true);
  if (same) {
    prefix = (wordAt(ctx, i)?.length ?? 3) - 3;
    k++;
  }
  // Levantine "هالسنة / هالشهر / هالأسبوع": this year, month, week.
  const glued = !demo && !same ? gluedThis(ctx, k) : undefined;
  if (glued) {
    if (glued === "year" && lookupWord(ctx, k + 1, otherYearAdjectives())) return undefined;
    const expr: DateExpression = periodExpr({ kind: "period", unit: glued, offset: 0 });
    return { expr, first: i, last: k, prefix: 0 };
  }
  const noun = lookupWord(ctx, k, ctx.words.periodNouns, !demo && !same);
  if (!noun) return undefined;
  if (!demo && !same) prefix = noun.prefix;
  if (!demo && !same && noun.value === "month") {
    const ordinal = parseOrdinalMonth(ctx, k, prefix);
    if (ordinal) return ordinal;
    // "الشهر الثامن" alone is August (not "الشهر الثالث على التوالي", "الشهر الثالث من الحرب").
    const nth = parseOrdinalWords(ctx, k + 1, false);
    const after = wordAt(ctx, nth ? nth.last + 1 : k);
    if (nth && nth.value >= 1 && nth.value <= 12 && after !== "من" && after !== "علي" && after !== "لل") {
      const expr: DateExpression = calendarExpr({ kind: "calendar", calendar: "gregorian", month: { abs: nth.value } });
      return { expr, first: i, last: nth.last, prefix };
    }
  }
  if (isGeneralAdjective(ctx, k) && noun.prefix === 0) return undefined;
  // "هذا العام الدراسي", "نفس العام المالي": a school or fiscal year, not the calendar year.
  if (noun.value === "year" && lookupWord(ctx, k + 1, otherYearAdjectives())) return undefined;
  let last = k;
  if (demo) offset = 0;
  else if (same) {
    offset = 0;
    anaphora = true;
  } else {
    const dir = directionAt(ctx, k + 1);
    const ana = dir ? undefined : anaphoraAt(ctx, k + 1);
    if (dir) offset = dir.value;
    else if (ana) {
      offset = ana.step;
      anaphora = true;
    } else if (lookupWord(ctx, k + 1, spokenThis())) {
      // Egyptian "الشهر ده / السنة دي": this month, this year.
      offset = 0;
    } else return undefined;
    last = ana ? ana.last : dir ? dir.last : k + 1;
  }
  // "الشهر نفسه من العام 2018", "نفس الشهر من العام الماضي": the previous date's month in that year.
  if (anaphora && offset === 0 && noun.value === "month" && wordAt(ctx, last + 1) === "من") {
    const year = yearAfter(ctx, last + 2);
    if (year) {
      const expr = calendarExpr({ kind: "calendar", calendar: "gregorian", month: { same: true }, year: year.year });
      return { expr, first: i, last: year.last, prefix };
    }
  }
  const expr: DateExpression = periodExpr({
    kind: "period",
    unit: noun.value,
    offset,
    ...(anaphora ? { anaphora } : {}),
  });
  return { expr, first: i, last, prefix };
}

/** A year at token k: written ("العام 2018", "عام 2018") or relative to ref ("العام الماضي"). */
function yearAfter(ctx: ScanContext, k: number): { year: YearRef; last: number } | undefined {
  const written = tryAt(ctx, k, B.year, parseStandaloneYear);
  if (written?.prefix === 0 && written.expr.kind === "calendar" && written.expr.year && !written.expr.month) {
    if (written.expr.calendar !== "gregorian") return undefined;
    return { year: written.expr.year, last: written.last };
  }
  const period = tryAt(ctx, k, B.relativePeriod, parseRelativePeriod);
  if (period?.prefix === 0 && period.expr.kind === "period" && period.expr.unit === "year" && !period.expr.anaphora) {
    return { year: { rel: period.expr.offset }, last: period.last };
  }
  return undefined;
}

// هاد/هادي: the Maghrebi demonstratives.
const lazyDemo = lazyWordSet(["هذا", "هذه", "هاد", "هادي"]);
// Spoken demonstratives after the noun: Egyptian "الشهر ده / السنة دي", Maghrebi "هاد".
const spokenThis = lazyWordSet(["ده", "دي", "هاد", "هادي", "هذا", "هذه"]);

function gluedThis(ctx: ScanContext, k: number): "decade" | "year" | "month" | "week" | undefined {
  const w = wordAt(ctx, k);
  if (w === undefined || !w.startsWith("هال") || w.length < 5) return undefined;
  return ctx.words.periodNouns.get(w.slice(1));
}

/**
 * قبل عامين، قبل ثلاثة أيام، بعد أسبوعين (relative to ref; "بعد يومين من المحادثات" is not), and
 * the anaphoric "بعد ذلك بيومين" (relative to the previous date).
 */
export function parseAgo(ctx: ScanContext, i: number): TokenMatch | undefined {
  const head = lookupWord(ctx, i, lazyAgo(), true);
  if (!head) return undefined;
  const spokenAgo = wordAt(ctx, i)!.slice(head.prefix) === "من";
  if (spokenAgo) {
    // Cheap checks first: من is frequent, and only a dual unit or a spoken numeral follows it here.
    const next = wordAt(ctx, i + 1);
    if (head.prefix > 0 || next === undefined) return undefined;
    if (!spokenNumerals().has(next) && ctx.words.units.get(next)?.count === undefined) return undefined;
    if (lookupWord(ctx, i - 1, notSpokenAgo(), true)) return undefined;
  }
  let k = i + 1;
  const anaphora = wordIs(ctx, k, ["ذلك", "ذاك"]);
  if (anaphora) k++;
  // "قبل حوالي أسبوع", "بعد نحو شهرين", "قبل ما يقارب عامين": an approximation between the head
  // and the count keeps the value of the count without it (a value has no field for "about").
  else if (!spokenAgo) k = afterApproximation(ctx, k);
  const c = parseCountBefore(ctx, k, anaphora ? isUnitWithClitics : isUnit);
  if (anaphora && c && (c.prefix === 0 || !wordAt(ctx, k)?.startsWith("ب"))) return undefined;
  let count = 1;
  if (c) {
    count = c.value;
    k = c.last + 1;
  }
  const unit = lookupWord(ctx, k, ctx.words.units, anaphora && !c);
  if (!unit) return undefined;
  // Spoken "من" counts back only with a dual unit ("من سنتين", "من أسبوعين"): with a count
  // it is far more often "made of / more than" ("تتكون الدورة من ثلاثة أيام").
  if (spokenAgo) {
    const dual = !c && unit.value.count !== undefined;
    if (anaphora || !(dual || spokenCount(ctx, i + 1, c))) return undefined;
  }
  if (anaphora && !c && !wordAt(ctx, k)?.startsWith("ب")) return undefined;
  const unitWord = wordAt(ctx, k)!.slice(unit.prefix);
  if (unit.value.count !== undefined) {
    if (c) return undefined;
    count = unit.value.count;
  } else if (!c && !SINGULAR_UNITS.includes(unitWord)) {
    // "بعد أيام" (in a few days) is vague: no value.
    return undefined;
  }
  const u = unit.value.unit;
  if (u !== "year" && u !== "month" && u !== "week" && u !== "day") return undefined;
  const next = wordAt(ctx, k + 1);
  if (!anaphora && (next === "من" || next === "علي" || next === "فقط")) return undefined;
  // "بعد يوم أول خُصص لـ…": a first day, an ordinal, counts nothing.
  if (!c && next !== undefined && ordinalAdjectives().has(next)) return undefined;
  // "من سنتين" counts back only before a verb, a pause or the end, never into another count
  // or noun ("من سنتين إلى ثلاث", "من سنتين ونصف").
  if (spokenAgo && !spokenAgoEnds(ctx, k + 1)) return undefined;
  // "وعاد التمثال إلى المتحف بعد 79 عاما": in a past-tense clause "بعد + count" is measured
  // from an event of the story, not from ref (a past event cannot lie ahead of publication);
  // the count is then read as a duration, as in "بعد 79 عاما من سرقته".
  if (head.value > 0 && !anaphora && !spokenAgo && detectTense(ctx, i, k) === "past") return undefined;
  const offset = head.value * count;
  const expr: DateExpression =
    u === "day"
      ? relativeDayExpr({ kind: "relative-day", offset, ...(anaphora ? { anaphora } : {}) })
      : periodExpr({ kind: "period", unit: u, offset, ...(anaphora ? { anaphora } : {}) });
  return { expr, first: i, last: k, prefix: head.prefix };
}

// "حوالي، نحو، قرابة، زهاء" and "ما يقارب/يناهز/يقرب من" before a count: about.
const approximations = lazyWordSet(["حوالي", "نحو", "قرابه", "زهاء", "يقارب", "يناهز", "يقرب"]);

/** The token after an approximation at k ("حوالي", "ما يقارب", "ما يقرب من"), else k. */
export function afterApproximation(ctx: ScanContext, k: number): number {
  // The verbs (يقارب …) follow ما; the other words stand alone.
  const spelled = wordAt(ctx, k) === "ما";
  const at = spelled ? k + 1 : k;
  const w = wordAt(ctx, at);
  if (w === undefined || spelled !== (w[0] === "ي") || !lookupWord(ctx, at, approximations())) return k;
  if (w !== "يقرب") return at + 1;
  return wordAt(ctx, at + 1) === "من" ? at + 2 : k;
}

// Numerals only speech writes (تلات، تمانية): "من تلات أيام" cannot be "made of three days".
const spokenNumerals = lazyWordSet(["تلات", "تلاته", "تمانيه", "تماني", "اتنين", "تنين"]);

function spokenCount(ctx: ScanContext, k: number, c: { last: number } | undefined): boolean {
  return c !== undefined && c.last === k && spokenNumerals().has(wordAt(ctx, k) ?? "");
}

// After "من + count + unit": a range or a measure goes on ("من يومين إلى ثلاثة", "من سنتين ونصف").
const spokenAgoStops = lazyWordSet(["الي", "حتي", "لغايه", "ونصف", "ونص", "وربع", "او", "فقط", "فاكثر"]);

function spokenAgoEnds(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t === undefined || t.kind === "punct") return true;
  return t.kind === "word" && !spokenAgoStops().has(t.text) && !t.text.startsWith("ال");
}

const SINGULAR_UNITS = ["عام", "سنه", "شهر", "اسبوع", "يوم"];

// Ordinal adjectives after a singular unit ("يوم أول", "عام ثان"): an ordinal, not a count.
const ordinalAdjectives = lazyWordSet(["اول", "ثان", "ثاني", "ثالث", "رابع", "خامس", "اخير", "اخر"]);

/** The heads of "قبل/بعد/من + count + unit" (also the words parseAgo starts on). */
export const lazyAgo = lazy(
  () =>
    new Map([
      ["قبل", -1],
      ["بعد", 1],
      // Spoken "من سنتين" (two years ago): see spokenAgo for when من means that.
      ["من", -1],
    ]),
);
// Words after which "من + count" compares or measures ("أكثر من سنتين", "أقل من شهر").
const notSpokenAgo = lazyWordSet(
  "اكثر اقل ازيد اطول اقصر اكبر اصغر حوالي نحو اكتر اقرب ابعد بدلا اعتبارا ابتداء بدءا انطلاقا اسرع ابطا عدد مده خلال تتكون يتكون مكون مكونه تتالف يتالف مؤلف مؤلفه بالقرب".split(
    " ",
  ),
);

/** Day words (أمس، غدا، بكرة …) and the heads of "يوم أمس", "أول أمس", "بعد غد", "هذا اليوم". */
export const relativeDayRule: DateRule = {
  name: "relativeDay",
  startWords: () => [...dateWords().relativeDays.keys(), "يوم", "اول", "بعد", "عقب", "هذا", "هذه", "نفس", "ذات"],
  parse: parseRelativeDay,
};

/** A period noun (also glued to the Levantine ها), a demonstrative before one, or نفس. */
export const relativePeriodRule: DateRule = {
  name: "relativePeriod",
  startWords: () => {
    const nouns = [...dateWords().periodNouns.keys()];
    return [...nouns, ...nouns.map((n) => `ه${n}`), ...lazyDemo().keys(), "نفس"];
  },
  parse: parseRelativePeriod,
};

export const agoRule: DateRule = { name: "ago", startWords: () => lazyAgo().keys(), parse: parseAgo };
