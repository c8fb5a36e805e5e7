import { lazyWordSet } from "../lazy.js";
import { outletPlaces } from "../lexicon/outlet-names.js";
import { isPunctAt, lookupWord, type ScanContext, wordAt } from "../scan-context.js";

// Heads before an outlet's name ("قناة", "وكالة", "مراسل" …).
const outletHeads = lazyWordSet([
  "صحيفه",
  "جريده",
  "مجله",
  "قناه",
  "موقع",
  "وكاله",
  "شبكه",
  "تلفزيون",
  "اذاعه",
  "مراسل",
  "مراسله",
  "مذيع",
  "مذيعه",
]);
// Nouns of speaking to an outlet, before ل + its name ("في تصريح لروسيا اليوم").
const statementHeads = lazyWordSet(["تصريح", "تصريحات", "حديث", "مقابله", "لقاء", "حوار"]);
// Verbs that take an outlet as subject before "عن" ("نقلت روسيا اليوم عن مصادر").
const citingVerbs = lazyWordSet(["نقلت", "ونقلت", "ذكرت", "وذكرت", "افادت", "وافادت", "اوردت", "واوردت"]);
const CREDIT_MARKS = "-–—:|";

/**
 * A place + اليوم used as a title ("روسيا اليوم", "بغداد اليوم"), not "today". Only in a name
 * position: after an outlet head ("قناة روسيا اليوم"), as the subject of a citing verb before
 * عن ("نقلت مصر اليوم عن"), or as a credit at the start of a text or line, before a dash or a
 * colon ("بغداد اليوم - أعلنت …"). Elsewhere "موسكو اليوم" stays "Moscow today".
 */
export function isOutletTitle(ctx: ScanContext, i: number): boolean {
  const place = wordAt(ctx, i - 1);
  if (place === undefined) return false;
  // "في تصريح لروسيا اليوم": ل + the name after a noun of speaking.
  if (place[0] === "ل" && outletPlaces().has(place.slice(1)))
    return lookupWord(ctx, i - 2, statementHeads()) !== undefined;
  if (!outletPlaces().has(place)) return false;
  if (lookupWord(ctx, i - 2, outletHeads(), true)) return true;
  if (wordAt(ctx, i + 1) === "عن" && lookupWord(ctx, i - 2, citingVerbs())) return true;
  const before = ctx.tokens[i - 2];
  const atStart = before === undefined || (before.kind === "punct" && ".!؟?\n".includes(before.text));
  return atStart && isPunctAt(ctx, i + 1, CREDIT_MARKS);
}

/**
 * A day word quoted on its own is a title ("الدمام - «اليوم»", the Saudi daily; a programme
 * «غدا»), not a day: an opening mark right before token i and a closing one right after.
 */
export function isQuotedAlone(ctx: ScanContext, i: number): boolean {
  // Marks of either direction: Arabic pages type "”اليوم“" as often as "“اليوم”".
  return isPunctAt(ctx, i - 1, '«"“”„') && isPunctAt(ctx, i + 1, '»"”“');
}
