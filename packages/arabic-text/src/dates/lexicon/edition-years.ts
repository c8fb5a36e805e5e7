import { lazy } from "../lazy.js";
import { isPunctAt, lookupWord, type ScanContext, wordAt } from "../scan-context.js";
import { toSearchText } from "../search-text.js";

/**
 * Nouns after which a bare 4-digit number names an edition or a period, so it is a year:
 * "مؤتمر 2019", "ميزانية 2027", "مونديال 2030", "رؤية 2030", "طراز 2025". Written as a reader
 * writes them and folded at load, with and without ال.
 */
const EDITION_NOUNS = [
  // events held once a year or once a cycle
  "مؤتمر",
  "قمة",
  "منتدى",
  "معرض",
  "مهرجان",
  "بطولة",
  "كأس",
  "مونديال",
  "أولمبياد",
  "ألعاب",
  "دورة",
  "نسخة",
  "إكسبو",
  "جائزة",
  "ماراثون",
  "انتخابات",
  "استفتاء",
  "تعداد",
  "إحصاء",
  // budgets, plans and seasons that name a period
  "ميزانية",
  "موازنة",
  "خطة",
  "رؤية",
  "استراتيجية",
  "أجندة",
  "موسم",
  "حصاد",
  "تقرير",
  // models and vintages
  "طراز",
  "موديل",
  "إصدار",
];

/**
 * Events named by their year: "زلزال 1999", "حرب 1973", "ثورة 1919". Only without the article:
 * a definite noun before a number is a subject and its count ("دمر الزلزال 2000 منزل").
 */
const EVENT_NOUNS =
  "حرب ثورة انتفاضة نكبة نكسة زلزال فيضانات إعصار انقلاب هجمات تفجيرات مجزرة أزمة كارثة اتفاقية معاهدة دستور";

const eventNouns = lazy(() => new Map(EVENT_NOUNS.split(" ").map((w) => [toSearchText(w).text, true as const])));

// Folded forms, each also with the article (المونديال، الموازنة).
const editionNouns = lazy(() => {
  const table = new Map<string, true>();
  for (const noun of EDITION_NOUNS) {
    const folded = toSearchText(noun).text;
    table.set(folded, true);
    table.set(`ال${folded}`, true);
  }
  return table;
});

// Adverbs and particles that end in alif like a counted noun but leave a year a year ("في 2019
// أيضا", "في 2020 بينما").
const ADVERBS = [
  "أيضا",
  "تقريبا",
  "تحديدا",
  "مثلا",
  "حصرا",
  "أساسا",
  "أولا",
  "مجددا",
  "رسميا",
  "هذا",
  "هكذا",
  "كذا",
  "هنا",
  "إذا",
  "أما",
  "كما",
  "بينما",
  "عندما",
  "حينما",
  "ربما",
  "إنما",
  "طالما",
  "مهما",
  "لما",
  "فيما",
  "مما",
  "كلما",
  "بعدما",
  "حيثما",
  "معا",
  "جدا",
];
const adverbs = lazy(() => new Map(ADVERBS.map((w) => [toSearchText(w).text, true as const])));

/**
 * True when the word after a number makes it a count: an indefinite accusative noun ending in
 * tanween alif ("2019 صوتا", "2027 مشاركا"), the form Arabic gives the counted noun after
 * numbers from 11 up. Adverbs of the same shape ("أيضا", "تقريبا") do not count.
 */
export function countedNounAt(ctx: ScanContext, i: number): boolean {
  const w = wordAt(ctx, i);
  if (w === undefined || w.length < 3 || w.startsWith("ال") || !w.endsWith("ا")) return false;
  return !adverbs().has(w);
}

/**
 * True when the 4-digit number at token i follows an edition or period noun or an event noun
 * without its article (EVENT_NOUNS): right after it ("مؤتمر 2019", "زلزال 1999"), one word later ("كأس العالم 2022", "ميزانية الدفاع 2027"), or in brackets
 * after a name ("أولمبياد طوكيو (2021)").
 */
export function afterEditionNoun(ctx: ScanContext, i: number): boolean {
  let k = i - 1;
  if (isPunctAt(ctx, k, "(")) k--;
  if (editionNounAt(ctx, k)) return true;
  return wordAt(ctx, k) !== undefined && editionNounAt(ctx, k - 1);
}

/** Token k is an edition or period noun, or an event noun without its article. */
export function editionNounAt(ctx: ScanContext, k: number): boolean {
  return lookupWord(ctx, k, editionNouns(), true) !== undefined || lookupWord(ctx, k, eventNouns(), true) !== undefined;
}
