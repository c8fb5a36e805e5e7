import type { DateExpression } from "../date-expression.js";
import type { DateRule } from "../date-rule.js";
import { periodExpr, relativeDayExpr } from "../expression-shapes.js";
import { lazy } from "../lazy.js";
import { clauseOpeners, detectTense, feminineFormVPast, withoutObject } from "../resolve/tense.js";
import { lookupWord, type ScanContext, type TokenMatch, wordAt } from "../scan-context.js";
import { toSearchText } from "../search-text.js";
import { isUnit, parseCountBefore } from "./parse-number-words.js";
import { afterApproximation } from "./parse-relative.js";

const fold = (words: readonly string[]) => lazy(() => new Map(words.map((w) => [toSearchText(w).text, true as const])));

const sinceWord = fold(["منذ", "مذ"]);

/**
 * What after "منذ N سنوات" says the span is still running, so the phrase is a duration: a
 * circumstantial clause ("وهو يعمل", "وهي تنتظر") or "still / until now".
 */
const stillRunning = fold([
  "وهو",
  "وهي",
  "وهم",
  "وهن",
  "ونحن",
  "وأنا",
  "وانت",
  "ولا",
  "وما",
  "ولم",
  "حتى",
  "وحتى",
  "مستمر",
  "متواصل",
  "دون",
  "بلا",
]);

/**
 * "N years ago" written with منذ as a point: "وقع الزلزال منذ ثلاث سنوات" = ref year − 3 (year
 * grain), "انسحب منذ عامين" = ref year − 2, "منذ خمسة أيام" after a past verb = that day. Only
 * when the clause around it is in the past tense (a past-verb cue, see tense.ts) and nothing
 * after it says the span is still running ("منذ ثلاث سنوات وهو …", "… ولم يعد", "حتى الآن");
 * otherwise the duration rule reads "ثلاث سنوات" as `P3Y` as before. Units of a day or longer.
 */
export function parseSince(ctx: ScanContext, i: number): TokenMatch | undefined {
  const head = lookupWord(ctx, i, sinceWord(), true);
  if (!head) return undefined;
  // "منذ حوالي ثلاث سنوات": about, with the value of the count alone (as after قبل).
  let k = afterApproximation(ctx, i + 1);
  const c = parseCountBefore(ctx, k, isUnit);
  let count = 1;
  if (c) {
    if (c.prefix !== 0) return undefined;
    count = c.value;
    k = c.last + 1;
  }
  const unit = lookupWord(ctx, k, ctx.words.units, false);
  if (!unit) return undefined;
  if (unit.value.count !== undefined) {
    if (c) return undefined;
    count = unit.value.count;
  } else if (!c) {
    // "منذ سنوات" is vague, "منذ عام" is a duration of one year in most news prose.
    return undefined;
  }
  const u = unit.value.unit;
  if (u !== "year" && u !== "month" && u !== "week" && u !== "day") return undefined;
  if (lookupWord(ctx, k + 1, stillRunning())) return undefined;
  // "منذ ثلاث سنوات من …", "منذ عامين على …": a measure from some event, not from today.
  const next = wordAt(ctx, k + 1);
  if (next === "من" || next === "علي" || next === "ونصف" || next === "ونص") return undefined;
  const before = clauseBefore(ctx, i);
  if (before === "present" || (before !== "past" && detectTense(ctx, i, k) !== "past")) return undefined;
  const offset = -count;
  const expr: DateExpression =
    u === "day" ? relativeDayExpr({ kind: "relative-day", offset }) : periodExpr({ kind: "period", unit: u, offset });
  return { expr, first: i, last: k, prefix: head.prefix };
}

// Adjectives of a state that goes on ("مستمرة منذ عامين").
const ongoing = fold(["مستمر", "مستمرة", "متواصل", "متواصلة", "قائم", "قائمة", "مقيم", "مقيمة"]);

// A circumstantial clause before منذ ("وهي تعيش هناك منذ …"): the span still runs.
const circumstantial = fold(["وهو", "وهي", "وهم", "وهن"]);
const femininePronouns = fold(["إنها", "وإنها", "أنها", "وأنها", "لأنها", "بأنها", "هي"]);

/**
 * What the clause within four words before منذ says, nearest word first: "present" for an
 * imperfect verb ("يعمل منذ", "نعيش فيها منذ"), a word of an ongoing state or a circumstantial
 * وهو/وهي (the span runs up to now, whatever a reporting verb further back says: "وقال إنه يعمل
 * منذ عشرين عاما"); "past" for a feminine perfect of the تفعّل / تفاعل forms ("وتوفيت منذ ثلاثة
 * أعوام", "تأسست منذ …", "تراجعت"), the one ت- form that cannot be an imperfect, which ends in a
 * stem letter ("تعيش"، "تعمل" stay unread: they may be present or a verbal noun).
 */
function clauseBefore(ctx: ScanContext, i: number): "present" | "past" | undefined {
  for (let k = i - 1; k >= i - 4 && k >= 0; k--) {
    const t = ctx.tokens[k];
    if (t?.kind !== "word") return undefined;
    const w = t.text;
    if (ongoing().has(w) || circumstantial().has(w)) return "present";
    if (perfectOpeningClause(ctx, k, w)) return "past";
    const c0 = w[0];
    const from = c0 === "و" || c0 === "ف" ? 1 : 0;
    const first = w[from];
    if (w.length - from >= 4 && (first === "ي" || first === "ن")) return "present";
    if (first === "ت") {
      if (feminineFormVPast(w, from)) return "past";
      // "إنها تعمل منذ", "هي تعيش منذ": after a feminine subject pronoun a ت- word is the imperfect.
      if (w.length - from >= 4 && lookupWord(ctx, k - 1, femininePronouns())) return "present";
    }
  }
  return undefined;
}

/**
 * Token k is a perfect verb opening its clause, read by shape where the tense words list no
 * such verb: a stem of three letters with an object pronoun ("شيدها الملك منذ مئة عام"), or
 * فعلت with or without one ("وجدته"، "التي ولدت منذ أربعين عاما", whose و is the root's, not
 * a proclitic). A noun with a possessive has the same shape ("بيتها"), so the word must open
 * its clause: first in the sentence or after a comma, after a relative pronoun or قد, or with
 * a glued و/ف; a bare three-letter فعل only after a relative pronoun or قد ("الذي ولد").
 */
function perfectOpeningClause(ctx: ScanContext, k: number, w: string): boolean {
  const prev = ctx.tokens[k - 1];
  const afterOpener = prev?.kind === "word" && clauseOpeners().has(prev.text);
  const opens = afterOpener || prev === undefined || prev.kind === "punct";
  const c0 = w[0];
  const glued = (c0 === "و" || c0 === "ف") && w.length >= 5;
  for (const form of glued ? [w, w.slice(1)] : [w]) {
    if (!opens && form === w) continue;
    const stem = withoutObject(form);
    if (stem === undefined) {
      if (isFaalt(form) || (afterOpener && isFaal(form))) return true;
    } else if (isFaalt(stem) || (isFaal(stem) && !(weakMiddle(stem) && !definiteSubjectAt(ctx, k + 1)))) {
      return true;
    }
  }
  return false;
}

// A weak middle letter (شيّد, but also the nouns بيت، صوت، نور): such a stem is read as a verb
// only with a definite subject right after it ("شيدها الملك منذ …", not "وبيتها منذ …").
function weakMiddle(s: string): boolean {
  return s[1] === "ي" || s[1] === "و";
}

function definiteSubjectAt(ctx: ScanContext, k: number): boolean {
  const w = wordAt(ctx, k);
  return w !== undefined && w.length > 3 && w.startsWith("ال");
}

// فعل: three letters, not an imperfect (ي ت ن أ) nor a participle (م).
function isFaal(s: string): boolean {
  return s.length === 3 && !"يتنام".includes(s[0]!);
}

// فعلت: four letters ending in ت, not a plural ـات/ـوت ("بيوت") nor و + a noun in ـيت ("وبيت").
function isFaalt(s: string): boolean {
  return s.length === 4 && s[3] === "ت" && !"يتنام".includes(s[0]!) && s[1] !== "ا" && !"اوي".includes(s[2]!);
}

export const sinceRule: DateRule = { name: "since", startWords: () => ["منذ", "مذ"], parse: parseSince };
