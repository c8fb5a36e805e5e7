import { CstoError } from "../errors/csto-error.js";
import { toArabicDigits } from "../numbers/digits.js";
import { canonicalMonthName } from "./month-lexicon.js";
import type { FormatArabicDateOptions } from "./types.js";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;
const STYLES = ["egyptian", "levantine", "maghrebi", "both"];

function monthName(month: number, style: string): string {
  if (style === "both") return `${canonicalMonthName(month, "egyptian")}/${canonicalMonthName(month, "levantine")}`;
  return canonicalMonthName(month, style as "egyptian" | "levantine" | "maghrebi");
}

/**
 * Writes an ISO date value ("2025-11-27", "2025-11", "2025") the way Arabic news does:
 * "27 نوفمبر 2025" (egyptian, default), "27 تشرين الثاني 2025" (levantine), "27 نوفمبر 2025" with
 * Maghrebi names ("27 جوان 2025"), or both names "27 نوفمبر/تشرين الثاني 2025". A year is written
 * "عام 2025". Throws a `CstoError` for a value it cannot write or an unknown option.
 */
export function formatArabicDate(value: string, options: FormatArabicDateOptions = {}): string {
  const style = options.style ?? "egyptian";
  const digits = options.digits ?? "latin";
  if (!STYLES.includes(style)) throw new CstoError("INVALID_OPTION", `Unknown style "${String(style)}"`);
  if (digits !== "latin" && digits !== "arabic")
    throw new CstoError("INVALID_OPTION", `Unknown digits "${String(digits)}"`);
  const d = typeof value === "string" ? DAY.exec(value) : null;
  const m = typeof value === "string" ? MONTH.exec(value) : null;
  const y = typeof value === "string" ? YEAR.exec(value) : null;
  let text: string;
  if (d) {
    const month = Number(d[2]);
    const day = Number(d[3]);
    const real = new Date(Date.UTC(Number(d[1]), month - 1, day));
    if (month < 1 || month > 12 || real.getUTCDate() !== day)
      throw new CstoError("INVALID_DATE", `Not a date: "${value}"`);
    text = `${day} ${monthName(month, style)} ${d[1]}`;
  } else if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new CstoError("INVALID_DATE", `Not a month: "${value}"`);
    text = `${monthName(month, style)} ${m[1]}`;
  } else if (y) {
    text = `عام ${y[1]}`;
  } else {
    throw new CstoError(
      "INVALID_DATE",
      `formatArabicDate writes YYYY-MM-DD, YYYY-MM or YYYY values, got "${String(value)}"`,
    );
  }
  return digits === "arabic" ? toArabicDigits(text) : text;
}
