import { normalize } from "@csto/arabic-text";

/** How the words around a date or venue place it: an earlier meeting, a coming one, or neither. */
export type ReferenceCue = "back" | "future" | undefined;

// An earlier meeting named in passing: "القمة السابقة"، "آنذاك"، "وكانت … قد".
const backWords = [
  "السابقة",
  "السابق",
  "سابقة",
  "الماضية",
  "الأخيرة",
  "آنذاك",
  "حينها",
  "حينذاك",
  "وقتها",
  "سبق",
  "سبقت",
  "قبلها",
  // "منذ هجمات 13 سبتمبر": since an earlier event.
  "منذ",
];
// A meeting to come: "القمة المقبلة"، "ستعقد"، "من المقرر".
const futureWords = [
  "المقبلة",
  "المقبل",
  "القادمة",
  "القادم",
  "ستعقد",
  "سيعقد",
  "ستنعقد",
  "سينعقد",
  "ستستضيف",
  "سيستضيف",
  "ستحتضن",
  "المرتقبة",
  "المرتقب",
  "المقرر",
  "المزمع",
  "المزمعة",
  "المنتظرة",
  "ستجري",
  "سيجري",
  "يعتزم",
  "تعتزم",
];
// "كان/كانت … قد" is the pluperfect of a back-reference ("وكانت الدول قد وقعت").
const pluperfectWords = ["كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"];
const particleWords = ["قد", "وقد"];

interface CueTables {
  back: Set<string>;
  future: Set<string>;
  pluperfect: Set<string>;
  particle: Set<string>;
}

let tables: CueTables | undefined;

function cueTables(): CueTables {
  const keyed = (words: readonly string[]) => new Set(words.map((word) => normalize(word, "search")));
  tables ??= {
    back: keyed(backWords),
    future: keyed(futureWords),
    pluperfect: keyed(pluperfectWords),
    particle: keyed(particleWords),
  };
  return tables;
}

function isSentenceEnd(c: number): boolean {
  // . ! ? newline ؟ ؛
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x061f || c === 0x061b;
}

function isLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3);
}

const backFlag = 1;
const futureFlag = 2;
const pluperfectFlag = 4;
const particleFlag = 8;

/** The cue words in normalized[a, b), as flags. */
function readCueWords(normalized: string, a: number, b: number): number {
  const { back, future, pluperfect, particle } = cueTables();
  let found = 0;
  let k = a;
  while (k < b) {
    while (k < b && !isLetter(normalized.charCodeAt(k))) k++;
    const wordStart = k;
    while (k < b && isLetter(normalized.charCodeAt(k))) k++;
    if (k === wordStart) continue;
    const word = normalized.slice(wordStart, k);
    if (back.has(word)) found |= backFlag;
    else if (future.has(word)) found |= futureFlag;
    else if (pluperfect.has(word)) found |= pluperfectFlag;
    else if (particle.has(word)) found |= particleFlag;
  }
  return found;
}

// How far around a mention a cue may sit, in normalized units (about eight words before).
const before = 60;
const after = 30;

/**
 * The cue around the normalized span [start, end): words within the same sentence, a few words
 * either side, outside the span itself (so "يونيو الماضي" is a month, not a back-reference).
 */
export function referenceCue(normalized: string, start: number, end: number): ReferenceCue {
  let from = Math.max(0, start - before);
  for (let k = start - 1; k >= from; k--) {
    if (isSentenceEnd(normalized.charCodeAt(k))) {
      from = k + 1;
      break;
    }
  }
  let to = Math.min(normalized.length, end + after);
  for (let k = end; k < to; k++) {
    if (isSentenceEnd(normalized.charCodeAt(k))) {
      to = k;
      break;
    }
  }
  // A word cut by the window edge is not read whole: start after the first gap.
  let left = from;
  if (left > 0 && isLetter(normalized.charCodeAt(left - 1))) {
    while (left < start && isLetter(normalized.charCodeAt(left))) left++;
  }
  let right = to;
  if (right < normalized.length && isLetter(normalized.charCodeAt(right))) {
    while (right > end && isLetter(normalized.charCodeAt(right - 1))) right--;
  }
  const found = readCueWords(normalized, left, start) | readCueWords(normalized, end, right);
  const backCue = (found & backFlag) !== 0;
  const hasPluperfect = (found & pluperfectFlag) !== 0;
  const hasParticle = (found & particleFlag) !== 0;
  const futureCue = (found & futureFlag) !== 0;
  if (backCue || (hasPluperfect && hasParticle)) return "back";
  return futureCue ? "future" : undefined;
}
