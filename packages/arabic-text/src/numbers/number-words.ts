// The number-word lexicon, in search-normalized spelling (أ إ آ → ا, ى → ي, ة → ه, no
// harakat), so each entry covers the spellings news text really uses. Built lazily.

/** The lexicon `parseArabicNumber` reads. */
export interface NumberWords {
  /** 1–10 standing alone, every case and gender: ثلاثة/ثلاث، اثنان/اثنين، ثمانية/ثماني … */
  units: Map<string, number>;
  /** 1–9 as they open a teen or a "unit و tens" compound, incl. أحد/إحدى/اثنا/اثنتي. */
  compoundUnits: Map<string, number>;
  /** عشرون/عشرين … تسعون/تسعين. */
  tens: Map<string, number>;
  /** عشر/عشرة closing a teen: أحد عشر، ثلاث عشرة. */
  teenTens: Set<string>;
  /** Hundreds as one word: مائة/مئة، مائتان/مئتين، ثلاثمائة/ثلاثمئة … */
  hundreds: Map<string, number>;
  /** مائة/مئة after a separate unit word (ثلاث مائة). */
  hundredWords: Set<string>;
  /** ألف/ألفا (1000), ألفان/ألفين (2000). */
  thousands: Map<string, number>;
  /** آلاف after 3–10, ألف/ألفا after 11–99. */
  thousandWords: Set<string>;
  /** Ordinals 1–10 (masculine and feminine, with and without the article). */
  ordinalUnits: Map<string, number>;
  /** Ordinal units that only appear in compounds: الحادي/الحادية/الواحد. */
  ordinalCompoundUnits: Map<string, number>;
  /** Ordinal tens: العشرون/العشرين … التسعون/التسعين (with or without the article). */
  ordinalTens: Map<string, number>;
}

let words: NumberWords | undefined;

/** The lexicon, built on first use. */
export function numberWords(): NumberWords {
  if (words !== undefined) return words;
  const unitForms: readonly (readonly string[])[] = [
    ["واحد", "واحده"],
    ["اثنان", "اثنين", "اثنتان", "اثنتين", "ثنتان", "ثنتين"],
    ["ثلاث", "ثلاثه"],
    ["اربع", "اربعه"],
    ["خمس", "خمسه"],
    ["ست", "سته"],
    ["سبع", "سبعه"],
    ["ثمان", "ثماني", "ثمانيه"],
    ["تسع", "تسعه"],
    ["عشر", "عشره"],
  ];
  const units = new Map<string, number>();
  unitForms.forEach((forms, index) => {
    for (const form of forms) units.set(form, index + 1);
  });
  const compoundUnits = new Map(units);
  compoundUnits.delete("عشر");
  compoundUnits.delete("عشره");
  for (const form of ["احد", "احدي"]) compoundUnits.set(form, 1);
  for (const form of ["اثنا", "اثني", "اثنتا", "اثنتي"]) compoundUnits.set(form, 2);

  const tenStems = ["عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"];
  const tens = new Map<string, number>();
  const ordinalTens = new Map<string, number>();
  tenStems.forEach((stem, index) => {
    for (const ending of ["ون", "ين"]) {
      tens.set(stem + ending, (index + 2) * 10);
      ordinalTens.set(stem + ending, (index + 2) * 10);
      ordinalTens.set("ال" + stem + ending, (index + 2) * 10);
    }
  });

  const hundreds = new Map<string, number>();
  for (const hundred of ["مائه", "مئه"]) hundreds.set(hundred, 100);
  // With the construct forms before a counted noun: "مئتي عام", "مائتا جندي".
  for (const dual of ["مائتان", "مائتين", "مئتان", "مئتين", "مائتا", "مائتي", "مئتا", "مئتي"]) hundreds.set(dual, 200);
  const hundredStems = ["ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"];
  hundredStems.forEach((stem, index) => {
    for (const hundred of ["مائه", "مئه"]) hundreds.set(stem + hundred, (index + 3) * 100);
  });
  for (const hundred of ["مائه", "مئه"]) hundreds.set("ثماني" + hundred, 800);

  const ordinalForms: readonly (readonly string[])[] = [
    ["اول", "اولي"],
    ["ثاني", "ثانيه"],
    ["ثالث", "ثالثه"],
    ["رابع", "رابعه"],
    ["خامس", "خامسه"],
    ["سادس", "سادسه"],
    ["سابع", "سابعه"],
    ["ثامن", "ثامنه"],
    ["تاسع", "تاسعه"],
    ["عاشر", "عاشره"],
  ];
  const ordinalUnits = new Map<string, number>();
  ordinalForms.forEach((forms, index) => {
    for (const form of forms) {
      ordinalUnits.set(form, index + 1);
      ordinalUnits.set("ال" + form, index + 1);
    }
  });
  const ordinalCompoundUnits = new Map<string, number>();
  for (const form of ["حادي", "حاديه", "واحد"]) {
    ordinalCompoundUnits.set(form, 1);
    ordinalCompoundUnits.set("ال" + form, 1);
  }

  words = {
    units,
    compoundUnits,
    tens,
    teenTens: new Set(["عشر", "عشره"]),
    hundreds,
    hundredWords: new Set(["مائه", "مئه"]),
    thousands: new Map([
      ["الف", 1000],
      ["الفا", 1000],
      ["الفان", 2000],
      ["الفين", 2000],
    ]),
    thousandWords: new Set(["الاف", "الف", "الفا"]),
    ordinalUnits,
    ordinalCompoundUnits,
    ordinalTens,
  };
  return words;
}
