import { normalize } from "@csto/arabic-text";
import type { ContextRule } from "./ambiguous-names.js";
import { cliticReadings } from "./clitics.js";
import { foldKey } from "./name-key.js";
import type { ScannedWord } from "./scan-words.js";

/** True when one reading of `word` (proclitics removed) is among `keys`. */
export function wordIs(word: ScannedWord | undefined, keys: readonly string[] | ReadonlySet<string>): boolean {
  if (word === undefined) return false;
  // No closures here: this runs for the neighbours of every mention.
  if (keys instanceof Set) {
    if (keys.has(word.key)) return true;
    for (const reading of cliticReadings(word.key)) if (keys.has(reading.base)) return true;
    return false;
  }
  const list = keys as readonly string[];
  if (list.includes(word.key)) return true;
  for (const reading of cliticReadings(word.key)) if (list.includes(reading.base)) return true;
  return false;
}

/** Whether a lone ambiguous name at word `i` may link under `rule`. */
export function contextAllows(rule: ContextRule, words: readonly ScannedWord[], i: number): boolean {
  const previous = words[i - 1];
  if (rule.requirePrevious && !wordIs(previous, rule.requirePrevious)) {
    if (!(rule.allowNear && isNear(words, i, rule.allowNear, rule.window))) return false;
  }
  if (rule.blockPrevious && wordIs(previous, rule.blockPrevious)) return false;
  const next = words[i + 1];
  if (rule.blockNext && next?.softGap && rule.blockNext.includes(next.key)) return false;
  if (rule.blockNear && isNear(words, i, rule.blockNear, rule.window)) return false;
  return true;
}

function isNear(words: readonly ScannedWord[], i: number, keys: readonly string[], window = 5): boolean {
  const from = Math.max(0, i - window);
  const to = Math.min(words.length - 1, i + window);
  for (let j = from; j <= to; j++) {
    if (j !== i && wordIs(words[j], keys)) return true;
  }
  return false;
}

// A surname next to a kinship word names a relative, not the leader
// ("نيكولاي لوكاشينكو، الابن الأصغر للرئيس", "جانيش باكييف، شقيق الرئيس").
const kinshipWords = [
  "ابن",
  "الابن",
  "ابنه",
  "نجل",
  "نجله",
  "ابنة",
  "ابنته",
  "كريمة",
  "شقيق",
  "شقيقه",
  "شقيقة",
  "أخو",
  "أخي",
  "شقيقته",
  "حفيد",
  "حفيده",
  "حفيدة",
  "زوجة",
  "زوجته",
  "أرملة",
  "صهر",
  "صهره",
  "ابن أخ",
  "عم",
  "عمه",
  "خال",
];

let kinship: Set<string> | undefined;

/** Whether a surname alone at word `i` sits next to a kinship word (a relative of the leader). */
export function nearKinship(words: readonly ScannedWord[], i: number): boolean {
  kinship ??= new Set(kinshipWords.map((word) => foldKey(normalize(word, "search"))));
  for (let j = Math.max(0, i - 2); j <= Math.min(words.length - 1, i + 3); j++) {
    if (j !== i && wordIs(words[j], kinship)) return true;
  }
  // A first name we do not know glued before the surname (أيسلطان نزارباييف) is also a relative
  // in practice only when a kinship word follows, which the loop above already checked.
  return false;
}
