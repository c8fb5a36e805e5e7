import type { DateExpression } from "../date-expression.js";
import type { DateRule } from "../date-rule.js";
import { relativeDayExpr } from "../expression-shapes.js";
import { lazy, lazyWordSet } from "../lazy.js";
import { wordTable } from "../lexicon/phrase-table.js";
import { type ScanContext, type TokenMatch, wordAt } from "../scan-context.js";

/**
 * Words for "now", written and spoken: الآن، حالاً، and the dialect adverbs (Egyptian دلوقتي,
 * Levantine هلق, Gulf الحين / دحين, Iraqi هسه, Maghrebi دابا). "هذه" and "اللحظة" start the
 * moment phrases ("في هذه اللحظة", "اللحظة الراهنة").
 */
export const NOW_WORDS = [
  ["now", ["الآن", "حالاً", "دلوقتي", "دلوقت", "هلق", "هلّق", "الحين", "دحين", "هسه", "هسّع", "دابا"]],
  ["this", ["هذه", "هاللحظة"]],
  ["moment", ["اللحظة"]],
] as const;

export const nowWords = lazy(() => wordTable(NOW_WORDS));

// Before "now", these make it "so far", "from now on" or "any more": an open span, no date.
const notNowBefore = lazyWordSet("حتي وحتي الي والي لحد ولحد لغايه ولغايه حد لين للحين بعد وبعد قبل منذ مذ".split(" "));
// "الساعة الآن السابعة", "الوقت الآن": the clock that follows is the date, not "now".
const clockNouns = lazyWordSet(["الساعه", "الوقت", "التوقيت"]);
// "قناة الآن", "صحيفة الآن": titles.
const titleHeads = lazyWordSet(["صحيفه", "جريده", "مجله", "قناه", "موقع", "برنامج", "نشره", "تلفزيون", "اذاعه"]);
// "من الآن فصاعدا" (henceforth).
const onwards = lazyWordSet(["فصاعدا", "وصاعدا", "فصاعد", "وطالع", "ورايح"]);
// "أفضل حالا" (better off), "حالا من الترقب" (a state of): حالا as the noun "state".
const comparatives = lazyWordSet("افضل احسن اسوا اسوء اكثر اقل اشد اصعب ايسر افقر اغني ابعد اقرب اهدا احوج".split(" "));
// "في ذلك الحين", "حين": the Gulf الحين only as an adverb on its own.
const demonstratives = lazyWordSet(["ذلك", "تلك", "هذا", "ذاك", "هذه"]);
const momentAdjectives = lazyWordSet(["الراهنه", "الحاليه"]);
const momentPrepositions = lazyWordSet(["في", "وفي", "ففي", "عند", "وعند"]);

/**
 * "Now" at token i, with its last token, before any look at what surrounds it: used by
 * parseNow and as the open end of a range ("من 2019 حتى الآن"). Allocation-free on failure.
 */
export function nowAt(ctx: ScanContext, i: number): { last: number; prefix: number } | undefined {
  const w = wordAt(ctx, i);
  if (w === undefined) return undefined;
  let kind: string | undefined = nowWords().get(w);
  let prefix = 0;
  if (kind === undefined) {
    // "والآن", "فالحين": و/ف only ("للآن" is "so far", "بالآن" no adverb).
    const c0 = w[0];
    if (w.length < 4 || (c0 !== "و" && c0 !== "ف")) return undefined;
    kind = nowWords().get(w.slice(1));
    if (kind === undefined) return undefined;
    prefix = 1;
  }
  if (kind === "now") {
    // "آلان" (Alain) folds like "الآن": the hamza on the first alef of the original says which.
    const t = ctx.tokens[i]!;
    if (w.endsWith("الان") && ctx.source[ctx.map[t.start + prefix]!] !== "ا") return undefined;
    return { last: i, prefix };
  }
  if (kind === "this") {
    // "هذه اللحظة" (only the singular; "في هذه اللحظات" is vague), "هاللحظة".
    if (w.endsWith("هذه")) return wordAt(ctx, i + 1) === "اللحظه" ? { last: i + 1, prefix } : undefined;
    return { last: i, prefix };
  }
  // "اللحظة الراهنة / الحالية".
  const adj = wordAt(ctx, i + 1);
  return adj !== undefined && momentAdjectives().has(adj) ? { last: i + 1, prefix } : undefined;
}

/**
 * "Now": الآن، حالاً، في هذه اللحظة، اللحظة الراهنة and the spoken دلوقتي / هلق / الحين … is
 * the publication day (`ref`, day grain). Not when it means "so far", "from now on" or "any
 * more" (حتى الآن، إلى الآن، لحد الآن، من الآن فصاعدا، بعد الآن، منذ الآن), when a clock
 * follows ("الساعة الآن السابعة": the clock is the date), in a title (قناة الآن), or when
 * حالا is the noun "state" (أفضل حالا، حالا من …).
 */
export function parseNow(ctx: ScanContext, i: number): TokenMatch | undefined {
  const now = nowAt(ctx, i);
  if (!now) return undefined;
  const before = wordAt(ctx, i - 1);
  const word = wordAt(ctx, i)!;
  const w = now.prefix === 0 ? word : word.slice(1);
  if (before !== undefined) {
    if (notNowBefore().has(before) || clockNouns().has(before) || titleHeads().has(before)) return undefined;
    if (w === "حالا" && comparatives().has(before)) return undefined;
    if (w === "الحين" && demonstratives().has(before)) return undefined;
    // "في هذه اللحظة": the demonstrative form needs its preposition (else "هذه اللحظة" is a subject).
    if (w === "هذه" && !momentPrepositions().has(before)) return undefined;
  } else if (w === "هذه") {
    return undefined;
  }
  const after = wordAt(ctx, now.last + 1);
  if (after !== undefined) {
    if (clockNouns().has(after) || onwards().has(after)) return undefined;
    if (w === "حالا" && after === "من") return undefined;
  }
  const expr: DateExpression = relativeDayExpr({ kind: "relative-day", offset: 0 });
  return { expr, first: i, last: now.last, prefix: now.prefix };
}

export const nowRule: DateRule = { name: "now", startWords: () => nowWords().keys(), parse: parseNow };
