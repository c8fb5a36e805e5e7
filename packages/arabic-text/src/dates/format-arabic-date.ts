import { CstoError } from "../errors/csto-error.js";
import { toArabicDigits } from "../numbers/digits.js";
import { canonicalHijriMonthName, canonicalMonthName } from "./lexicon/month-lexicon.js";
import { epochDayOf, isValidDay } from "./resolve/civil-day.js";
import { hijriOfEpochDay } from "./resolve/umm-al-qura.js";
import type { DateMod, FormatArabicDateOptions } from "./types.js";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const SUB_YEAR = /^(\d{4})-([QH])(\d)$/;
const DECADE = /^(\d{3})$/;
const CENTURY = /^(\d{2})$/;
const MINUTE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const TIME = /^T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DURATION = /^P(?:(\d{1,9})Y)?(?:(\d{1,9})M)?(?:(\d{1,9})W)?(?:(\d{1,9})D)?(?:T(?:(\d{1,9})H)?(?:(\d{1,9})M)?)?$/;
const STYLES = ["egyptian", "levantine", "maghrebi", "both"];
const MODS: Record<DateMod, string> = { start: "مطلع", mid: "منتصف", end: "أواخر" };
const ORDINALS = ["الأول", "الثاني", "الثالث", "الرابع"];
const DECADE_WORDS = [
  "العشرينيات",
  "الثلاثينيات",
  "الأربعينيات",
  "الخمسينيات",
  "الستينيات",
  "السبعينيات",
  "الثمانينيات",
  "التسعينيات",
];

interface Resolved {
  style: string;
  calendar: "gregorian" | "hijri";
}

function invalid(value: unknown): CstoError {
  return new CstoError(
    "INVALID_DATE",
    `formatArabicDate cannot write "${String(value)}": not a value findDates returns`,
  );
}

function monthName(month: number, style: string): string {
  if (style === "both") return `${canonicalMonthName(month, "egyptian")}/${canonicalMonthName(month, "levantine")}`;
  return canonicalMonthName(month, style as "egyptian" | "levantine" | "maghrebi");
}

// A year findDates reads back by itself after a month name (622–2999); any other year in
// 0000–9999 gets the noun "عام" that lets it read every 4-digit year.
function yearAfterMonth(year: string): string {
  const y = Number(year);
  return y >= 622 && y <= 2999 ? year : `عام ${year}`;
}

function writeDay(iso: string, o: Resolved): string {
  const d = DAY.exec(iso);
  if (!d) throw invalid(iso);
  const year = Number(d[1]);
  const month = Number(d[2]);
  const day = Number(d[3]);
  if (!isValidDay(year, month, day)) throw invalid(iso);
  if (o.calendar === "hijri") {
    const h = hijriOfEpochDay(epochDayOf({ year, month, day }));
    // Intl's Umm al-Qura table is exact from 1300 AH; outside it the Gregorian form is kept.
    if (h.year >= 1300 && h.year <= 1600) return `${h.day} ${canonicalHijriMonthName(h.month)} ${h.year} هـ`;
  }
  return `${day} ${monthName(month, o.style)} ${yearAfterMonth(d[1]!)}`;
}

function writeTime(hour: string, minute: string, second?: string): string {
  const hm = `${hour}:${minute}${second === undefined ? "" : `:${second}`}`;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) throw invalid(`T${hm}`);
  return `الساعة ${hm}`;
}

// Counted nouns: 1 singular, 2 dual, 3–10 plural, 11+ singular accusative (Arabic agreement).
const UNITS: Record<string, [string, string, string, string]> = {
  Y: ["عام واحد", "عامين", "أعوام", "عاما"],
  M: ["شهر واحد", "شهرين", "أشهر", "شهرا"],
  W: ["أسبوع واحد", "أسبوعين", "أسابيع", "أسبوعا"],
  D: ["يوم واحد", "يومين", "أيام", "يوما"],
  H: ["ساعة واحدة", "ساعتين", "ساعات", "ساعة"],
  I: ["دقيقة واحدة", "دقيقتين", "دقائق", "دقيقة"],
};

function counted(n: number, unit: string): string {
  const [one, two, few, many] = UNITS[unit]!;
  if (n === 1) return one;
  if (n === 2) return two;
  return `${n} ${n <= 10 ? few : many}`;
}

function writeDuration(m: RegExpExecArray): string {
  const value = m[0];
  if (value === "P" || value.endsWith("T")) throw invalid(value);
  const parts: string[] = [];
  ["Y", "M", "W", "D", "H", "I"].forEach((unit, k) => {
    const n = m[k + 1] === undefined ? 0 : Number(m[k + 1]);
    if (n > 0) parts.push(counted(n, unit));
  });
  if (parts.length === 0) throw invalid(value);
  return parts.join(" و");
}

// Each value shape with its writer, tried in order (a day before a date-time, and so on).
const WRITERS: [RegExp, (m: RegExpExecArray, o: Resolved) => string][] = [
  [DAY, (m, o) => writeDay(m[0], o)],
  [MINUTE, (m, o) => `${writeDay(m[1]!, o)} ${writeTime(m[2]!, m[3]!)}`],
  [TIME, (m) => writeTime(m[1]!, m[2]!, m[3])],
  [MONTH, (m, o) => `${monthName(checked(Number(m[2]), 1, 12, m[0]), o.style)} ${yearAfterMonth(m[1]!)}`],
  [YEAR, (m) => `عام ${m[1]}`],
  [WEEK, (m) => `الأسبوع ${checked(Number(m[2]), 1, 53, m[0])} من عام ${m[1]}`],
  [
    SUB_YEAR,
    (m) =>
      `${m[2] === "Q" ? "الربع" : "النصف"} ${ORDINALS[checked(Number(m[3]), 1, m[2] === "Q" ? 4 : 2, m[0]) - 1]} من عام ${m[1]}`,
  ],
  [DECADE, (m) => writeDecade(m[0])],
  [CENTURY, (m) => `القرن ${Number(m[0]) + 1}`],
  [DURATION, (m) => writeDuration(m)],
];

function checked(n: number, min: number, max: number, value: string): number {
  if (n < min || n > max) throw invalid(value);
  return n;
}

function writeDecade(value: string): string {
  const tens = Number(value[2]);
  const century = Number(value.slice(0, 2)) + 1;
  if (tens >= 2) return `${DECADE_WORDS[tens - 2]} من القرن ${century}`;
  return `العقد ${tens === 0 ? "الأول" : "الثاني"} من القرن ${century}`;
}

function writeOne(value: string, o: Resolved): string {
  for (const [pattern, write] of WRITERS) {
    const m = pattern.exec(value);
    if (m) return write(m, o);
  }
  throw invalid(value);
}

/**
 * Writes any value `findDates` returns the way Arabic news does:
 * - a day "2025-11-27" → "27 نوفمبر 2025" (egyptian, default), "27 تشرين الثاني 2025"
 *   (levantine), "27 جوان 2025"-style Maghrebi names, or "27 نوفمبر/تشرين الثاني 2025" (both);
 *   with `calendar: "hijri"` the Umm al-Qura date "6 جمادى الآخرة 1447 هـ";
 * - a month "2025-11", a year "2025" ("عام 2025"), a week "2025-W49", a quarter "2026-Q1"
 *   ("الربع الأول من عام 2026"), a half "2025-H2", a decade "199" ("التسعينيات من القرن 20"),
 *   a century "20" ("القرن 21"), a date-time "2025-11-27T10:00", a clock time "T10:00"
 *   ("الساعة 10:00"), a duration "P11Y2M" ("11 عاما وشهرين"), a range "A/B" ("من … إلى …");
 * - `mod` (the mention's start/mid/end) prefixes مطلع/منتصف/أواخر.
 * Years are 0000–9999, like findDates' values; a year findDates would not read after a month
 * name by itself is written with "عام". Throws `INVALID_DATE` for anything else and
 * `INVALID_OPTION` for an unknown option value.
 */
export function formatArabicDate(value: string, options: FormatArabicDateOptions = {}): string {
  if (options === null || typeof options !== "object") {
    throw new CstoError("INVALID_OPTION", "formatArabicDate options must be an object");
  }
  const style = Object.hasOwn(options, "style") ? (options.style ?? "egyptian") : "egyptian";
  const digits = Object.hasOwn(options, "digits") ? (options.digits ?? "latin") : "latin";
  const calendar = Object.hasOwn(options, "calendar") ? (options.calendar ?? "gregorian") : "gregorian";
  const mod = Object.hasOwn(options, "mod") ? options.mod : undefined;
  if (!STYLES.includes(style)) throw new CstoError("INVALID_OPTION", `Unknown style "${String(style)}"`);
  if (digits !== "latin" && digits !== "arabic")
    throw new CstoError("INVALID_OPTION", `Unknown digits "${String(digits)}"`);
  if (calendar !== "gregorian" && calendar !== "hijri")
    throw new CstoError("INVALID_OPTION", `Unknown calendar "${String(calendar)}"`);
  if (mod !== undefined && !Object.hasOwn(MODS, mod))
    throw new CstoError("INVALID_OPTION", `Unknown mod "${String(mod)}"`);
  if (typeof value !== "string" || value.length > 64) throw invalid(value);
  const o: Resolved = { style, calendar };
  const slash = value.indexOf("/");
  let text: string;
  if (slash >= 0) {
    const from = value.slice(0, slash);
    const to = value.slice(slash + 1);
    if (from.includes("/") || to.includes("/") || from.startsWith("P") || to.startsWith("P")) throw invalid(value);
    text = `من ${writeOne(from, o)} إلى ${writeOne(to, o)}`;
  } else text = writeOne(value, o);
  if (mod !== undefined) text = `${MODS[mod]} ${text}`;
  return digits === "arabic" ? toArabicDigits(text) : text;
}
