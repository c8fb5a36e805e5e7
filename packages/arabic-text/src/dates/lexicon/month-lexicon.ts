import { toSearchText } from "../search-text.js";

/** Which naming tradition a month name belongs to. */
export type MonthSystem = "egyptian" | "levantine" | "maghrebi" | "hijri";

export interface MonthName {
  /** The normalized words of the name, e.g. ["تشرين", "الثاني"]. */
  words: string[];
  /** 1–12 (Gregorian month, or Hijri month for the `hijri` system). */
  month: number;
  system: MonthSystem;
  /**
   * True for names that are also common words or names (آب "father", مارس "he practised",
   * نيسان the car, رمضان/رجب/شعبان person names, صفر "zero"): they count only with date context.
   */
  ambiguous: boolean;
}

// Spellings collected from newspapers and reference tables of the regional systems
// (e.g. https://mawsoati.com/plus/د/ي/س/ديسمبر.html, https://almolltaqa.com/vb/node/3935,
// https://blogs.transparent.com/arabic/calendars-used-in-arab-countries), plus the typing
// variants seen in wire copy (missing hamza, ه for ة, glued ال).
// A leading "?" marks an ambiguous name.
const GREGORIAN: Record<MonthSystem, string[][]> = {
  egyptian: [
    ["يناير", "ينايِر", "يناير"],
    ["فبراير", "فبرايِر", "فيبراير"],
    ["?مارس", "مارش"],
    ["أبريل", "إبريل", "ابريل", "أبرِيل", "ابريـل"],
    ["مايو", "مايُو"],
    ["يونيو", "يونيه", "يونيـو", "يونية"],
    ["يوليو", "يوليه", "يولية"],
    ["أغسطس", "اغسطس", "أغسطوس", "آغسطس", "أغسطسْ"],
    ["سبتمبر", "سبتمير", "سيبتمبر"],
    ["أكتوبر", "اكتوبر", "أوكتوبر", "اوكتوبر"],
    ["نوفمبر", "نوڤمبر", "نوفمير", "نوفمبَر"],
    ["ديسمبر", "دیسمبر", "ديسيمبر"],
  ],
  levantine: [
    ["كانون الثاني", "كانون ثاني", "كانون 2", "كانون الثانى"],
    ["?شباط"],
    ["آذار", "اذار", "أذار"],
    ["?نيسان"],
    ["أيار", "ايار", "?مايس"],
    ["حزيران"],
    ["?تموز", "تمّوز"],
    ["?آب", "?اب"],
    ["أيلول", "ايلول"],
    ["تشرين الأول", "تشرين الاول", "تشرين أول", "تشرين اول", "تشرين 1"],
    ["تشرين الثاني", "تشرين ثاني", "تشرين 2", "تشرين الثانى"],
    ["كانون الأول", "كانون الاول", "كانون أول", "كانون اول", "كانون 1"],
  ],
  maghrebi: [
    ["جانفي", "جانفييه", "جانفيي"],
    ["فيفري", "فيفريه", "فيفرييه"],
    ["?مارس"],
    ["أفريل", "افريل"],
    ["?ماي"],
    ["?جوان", "يونيو"],
    ["جويلية", "جويليه", "يوليوز"],
    ["?أوت", "?اوت", "غشت", "غشـت"],
    ["سبتمبر", "شتنبر"],
    ["أكتوبر"],
    ["نوفمبر", "نونبر"],
    ["ديسمبر", "دجنبر", "دجمبر"],
  ],
  hijri: [
    ["?محرم", "المحرم", "محرم الحرام"],
    ["?صفر", "صفر الخير"],
    ["ربيع الأول", "ربيع الاول", "ربيع أول", "ربيع اول"],
    // Egyptian pages drop the article: "ربيع آخر"، "جمادى أول"، "جمادى آخر". "ربيع آخر" is also
    // "another spring", so it needs a day, a year or a cue like مارس.
    ["ربيع الآخر", "ربيع الاخر", "ربيع الثاني", "ربيع ثاني", "ربيع الثانى", "?ربيع آخر"],
    ["جمادى الأولى", "جمادى الاولى", "جمادى الأول", "جمادي الاولي", "جمادى أولى", "جمادى أول"],
    [
      "جمادى الآخرة",
      "جمادى الاخرة",
      "جمادى الثانية",
      "جمادى الثاني",
      "جمادى الآخر",
      "جمادي الاخره",
      "جمادى آخر",
      "جمادى آخرة",
    ],
    ["?رجب", "رجب الفرد"],
    ["?شعبان"],
    ["?رمضان", "رمضان المبارك", "رمضان الكريم"],
    ["?شوال"],
    ["ذو القعدة", "ذي القعدة", "ذو القعده", "ذى القعدة", "ذوالقعدة"],
    ["ذو الحجة", "ذي الحجة", "ذى الحجة", "ذوالحجة"],
  ],
};

let cache: Map<string, MonthName[]> | undefined;

function fold(text: string): string {
  return toSearchText(text).text;
}

/** Month names indexed by their first normalized word, longest names first. Built once. */
export function monthLexicon(): Map<string, MonthName[]> {
  if (cache) return cache;
  const byFirst = new Map<string, MonthName[]>();
  const seen = new Set<string>();
  for (const system of Object.keys(GREGORIAN) as MonthSystem[]) {
    GREGORIAN[system].forEach((names, index) => {
      for (const raw of names) {
        const ambiguous = raw.startsWith("?");
        const folded = fold(ambiguous ? raw.slice(1) : raw);
        const key = `${system === "hijri" ? "h" : "g"}:${folded}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const words = folded.split(" ");
        const entry: MonthName = { words, month: index + 1, system, ambiguous };
        const list = byFirst.get(words[0]!) ?? [];
        list.push(entry);
        byFirst.set(words[0]!, list);
      }
    });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  cache = byFirst;
  return byFirst;
}

/** The month name a formatter writes for each system (1-based month index): the first spelling of its table row. */
export function canonicalMonthName(month: number, system: "egyptian" | "levantine" | "maghrebi"): string {
  return firstName(GREGORIAN[system][month - 1]!);
}

/** The Hijri month name a formatter writes (1-based month index). */
export function canonicalHijriMonthName(month: number): string {
  return firstName(GREGORIAN.hijri[month - 1]!);
}

function firstName(row: string[]): string {
  const name = row[0]!;
  return name.startsWith("?") ? name.slice(1) : name;
}
