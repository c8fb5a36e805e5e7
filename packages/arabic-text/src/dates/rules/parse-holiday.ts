import type { DateExpression } from "../date-expression.js";
import type { DateRule } from "../date-rule.js";
import { directionAt } from "../direction-at.js";
import { holidayExpr } from "../expression-shapes.js";
import { lazyWordSet } from "../lazy.js";
import { holidayLexicon } from "../lexicon/holiday-lexicon.js";
import { lookupWord, matchPhrase, numberAt, type ScanContext, type TokenMatch, wordAt } from "../scan-context.js";
import { parseYearAfter, yearAfterNounAt } from "./parse-year.js";

const yearWithLam = lazyWordSet(["لعام", "لسنه"]);
const orthodoxWords = lazyWordSet(["الارثوذكسي", "الشرقي", "الروسي", "الارثوذكسيه"]);

// Ordinals of an age after "عيد الميلاد" ("عيد الميلاد الثمانين للرئيس" is a birthday).
const ageOrdinals = lazyWordSet(
  "العاشر العشرين العشرون الثلاثين الثلاثون الاربعين الاربعون الخمسين الخمسون الستين الستون السبعين السبعون الثمانين الثمانون التسعين التسعون المئه المئوي".split(
    " ",
  ),
);
// ل + word after "عيد الميلاد" that still names the feast: its year or its faithful.
const feastAfterLam = lazyWordSet(
  "لدي لعام لسنه لهذا لهذه لكل لجميع لها له لهم لمسيحيي لكنيسه لكنائس لطوائف لاتباع لابناء".split(" "),
);

/** Named days: عيد الفطر، عيد الأضحى، عيد الميلاد (الأرثوذكسي)، يوم النصر … with an optional year or direction. */
export function parseHoliday(ctx: ScanContext, i: number): TokenMatch | undefined {
  const name = matchPhrase(ctx, i, ctx.holidays, true);
  if (!name) return undefined;
  let last = name.last;
  const rule = name.entry.rule;
  if (rule.calendar === "gregorian" && rule.orthodox && isBirthday(ctx, last + 1)) {
    return { expr: holidayExpr({ kind: "holiday", rule }), first: i, last, prefix: name.prefix, rejected: true };
  }
  let orthodox = false;
  if (lookupWord(ctx, last + 1, orthodoxWords())) {
    orthodox = true;
    last++;
  } else if (
    (rule.calendar === "easter" || (rule.calendar === "gregorian" && rule.orthodox)) &&
    orthodoxSentence(ctx, i, last)
  ) {
    orthodox = true;
  }
  const expr: DateExpression = holidayExpr({ kind: "holiday", rule, ...(orthodox ? { orthodox } : {}) });
  const year = parseYearAfter(ctx, last + 1);
  if (year && wordAt(ctx, last + 1) !== "من") {
    return { expr: { ...expr, year: year.year }, first: i, last: year.last, prefix: name.prefix };
  }
  // "عيد الميلاد لعام 2020", "عيد الأضحى لسنة 2013": the year noun with a glued ل.
  const lamYear = lookupWord(ctx, last + 1, yearWithLam()) ? yearAfterNounAt(ctx, last + 2) : undefined;
  if (lamYear !== undefined) {
    return { expr: { ...expr, year: { abs: lamYear } }, first: i, last: last + 2, prefix: name.prefix };
  }
  const dir = directionAt(ctx, last + 1);
  if (dir && dir.value !== 0) {
    return { expr: { ...expr, direction: dir.value }, first: i, last: dir.last, prefix: name.prefix };
  }
  return { expr, first: i, last, prefix: name.prefix };
}

/**
 * "عيد الميلاد" + an age ("الثمانين", "الـ70") or + ل and a person ("للرئيس", "لبوتين") is
 * someone's birthday, not Christmas.
 */
function isBirthday(ctx: ScanContext, k: number): boolean {
  // A 4-digit number is the feast's year ("عيد الميلاد 2020"), no one's age.
  const n = numberAt(ctx, k);
  if (n) return n.digits !== 4;
  const w = wordAt(ctx, k);
  if (w === undefined) return false;
  if (w === "ال" && numberAt(ctx, k + 1)) return true;
  if (ageOrdinals().has(w) || (ctx.words.ordinals.get(w) ?? 0) > 1) return true;
  if (w.length < 4 || w[0] !== "ل" || feastAfterLam().has(w)) return false;
  // "للرئيس"، "للزعيم" (لل + a person); "للمسيحيين"، "للطوائف" name the faithful.
  if (w.startsWith("لل")) return personTitles().has(`ا${w.slice(1)}`);
  // "لبوتين": ل + a proper name (not ل + the article, which "لل" covers).
  return w[1] !== "ا";
}

const personTitles = lazyWordSet(
  "الرئيس الرئيسه الزعيم الملك الملكه الامير الاميره القائد السلطان الشيخ البطريرك المستشار الوزير الراحل الفنان الكاتب الشاعر".split(
    " ",
  ),
);

// Cues in the sentence that the Orthodox feast is meant (7 January; Orthodox Easter).
const orthodoxCues = lazyWordSet(
  "الارثوذكس الارثوذكسي الارثوذكسيه الارثوذكسيين الارثوذكسيون ارثوذكس ارثوذكسي ارثوذكسيه الارثوذوكس الارثوذوكسي الارثوذوكسيه".split(
    " ",
  ),
);
const SENTENCE_END = ".؟?!؛;\n";
const REACH = 12;

/** True when an Orthodox cue sits within REACH tokens of the name, in the same sentence. */
function orthodoxSentence(ctx: ScanContext, first: number, last: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - REACH); k--) {
    if (endsSentence(ctx, k)) break;
    if (isOrthodoxCue(ctx, k)) return true;
  }
  for (let k = last + 1; k <= last + REACH && k < ctx.tokens.length; k++) {
    if (endsSentence(ctx, k)) break;
    if (isOrthodoxCue(ctx, k)) return true;
  }
  return false;
}

function isOrthodoxCue(ctx: ScanContext, k: number): boolean {
  if (lookupWord(ctx, k, orthodoxCues(), true)) return true;
  return lookupWord(ctx, k, churchWords(), true) !== undefined && wordAt(ctx, k + 1) === "الروسيه";
}

const churchWords = lazyWordSet(["الكنيسه", "كنيسه"]);

function endsSentence(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t?.kind === "punct" && SENTENCE_END.includes(t.text);
}

export const holidayRule: DateRule = {
  name: "holiday",
  startWords: () => holidayLexicon().keys(),
  parse: parseHoliday,
};
