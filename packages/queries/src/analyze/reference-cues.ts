import type { KeywordHit } from "../linking/link-entities.js";

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
  "المقررة",
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

/** The cue words by tag, read by the linker as keywords (analysis-keywords.ts). */
export const cueWords: Readonly<Record<"back" | "future" | "pluperfect" | "particle", readonly string[]>> = {
  back: backWords,
  future: futureWords,
  pluperfect: pluperfectWords,
  particle: particleWords,
};

function isSentenceEnd(c: number): boolean {
  // . ! ? newline ؟ ؛
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x061f || c === 0x061b;
}

const flags = { back: 1, future: 2, pluperfect: 4, particle: 8 } as const;

/** The flag of a cue tag (0 for the summit words and any other tag). */
function flagOf(tag: string): number {
  switch (tag) {
    case "back":
      return flags.back;
    case "future":
      return flags.future;
    case "pluperfect":
      return flags.pluperfect;
    case "particle":
      return flags.particle;
    default:
      return 0;
  }
}

// "الاتحاد السوفيتي السابق", "الرئيس السابق": السابق after these means "former", not an
// earlier meeting.
const formerHeads = /(?:سوفي?ي?تي|سوفياتي|الرئيس|رئيس|الوزير|وزير|السفير|الزعيم|نائب) *$/;

/** Whether the cue is السابق/السابقة meaning "former" (after السوفيتي or a title). */
function formerBefore(normalized: string, hit: KeywordHit): boolean {
  const phrase = hit.keyword.phrase;
  if (phrase !== "السابق" && phrase !== "السابقة") return false;
  return formerHeads.test(normalized.slice(Math.max(0, hit.start - 12), hit.start));
}

// How far around a mention a cue may sit, in normalized units (about eight words before).
const before = 60;
const after = 30;

/**
 * The cue around the normalized span [start, end): cue words (`hits`, in text order, found by
 * the linker) within the same sentence, a few words either side, outside the span itself (so
 * "يونيو الماضي" is a month, not a back-reference).
 */
export function referenceCue(
  normalized: string,
  hits: readonly KeywordHit[],
  start: number,
  end: number,
): ReferenceCue {
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
  // First hit that starts at or after `from`.
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (hits[middle]!.start < from) low = middle + 1;
    else high = middle;
  }
  let found = 0;
  for (let k = low; k < hits.length && hits[k]!.start < to; k++) {
    const hit = hits[k]!;
    // Whole words inside the window and outside the mention.
    if (hit.end > to || (hit.end > start && hit.start < end)) continue;
    if (formerBefore(normalized, hit)) continue;
    found |= flagOf(hit.keyword.tag);
  }
  if ((found & flags.back) !== 0 || ((found & flags.pluperfect) !== 0 && (found & flags.particle) !== 0)) return "back";
  return (found & flags.future) !== 0 ? "future" : undefined;
}
