import { normalize } from "@csto/arabic-text";

// Words that say an article is about a summit or a council session (قمة، اجتماع، دورة …).
const summitWords = [
  "قمة",
  "القمة",
  "قمتهم",
  "قمتها",
  "اجتماع",
  "الاجتماع",
  "دورة",
  "الدورة",
  "جلسة",
  "مجلس الأمن الجماعي",
  "رؤساء الدول",
  "قادة الدول",
  "زعماء",
];

let patterns: string[] | undefined;

/** Summit words found in the search-normalized article, with their offsets in the normalized text. */
export function findSummitWords(normalized: string): { word: string; index: number }[] {
  patterns ??= summitWords.map((word) => normalize(word, "search"));
  const found: { word: string; index: number }[] = [];
  for (const word of patterns) {
    const index = normalized.indexOf(word);
    if (index !== -1) found.push({ word, index });
  }
  return found;
}
