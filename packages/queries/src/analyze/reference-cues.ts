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

const sentenceEnd = /[.!?؟؛\n]/;
const wordPattern = /[\u0621-\u064A\u066E-\u06D3]+/g;
// How far around a mention a cue may sit, in normalized units (about eight words before).
const before = 60;
const after = 30;

/**
 * The cue around the normalized span [start, end): words within the same sentence, a few words
 * either side, outside the span itself (so "يونيو الماضي" is a month, not a back-reference).
 */
export function referenceCue(normalized: string, start: number, end: number): ReferenceCue {
  const { back, future, pluperfect, particle } = cueTables();
  let from = Math.max(0, start - before);
  for (let k = start - 1; k >= from; k--) {
    if (sentenceEnd.test(normalized[k]!)) {
      from = k + 1;
      break;
    }
  }
  let to = Math.min(normalized.length, end + after);
  for (let k = end; k < to; k++) {
    if (sentenceEnd.test(normalized[k]!)) {
      to = k;
      break;
    }
  }
  const words = `${normalized.slice(from, start)} ${normalized.slice(end, to)}`.match(wordPattern) ?? [];
  let backCue = false;
  let futureCue = false;
  let hasPluperfect = false;
  let hasParticle = false;
  for (const word of words) {
    if (back.has(word)) backCue = true;
    else if (future.has(word)) futureCue = true;
    else if (pluperfect.has(word)) hasPluperfect = true;
    else if (particle.has(word)) hasParticle = true;
  }
  if (backCue || (hasPluperfect && hasParticle)) return "back";
  return futureCue ? "future" : undefined;
}
