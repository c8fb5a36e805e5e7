import { checkTextInput } from "../errors/text-input.js";

// Digit conversion between scripts. Only the ten digits of each script change; separators
// (٫ decimal, ٬ thousands) and everything else stay as they are.

/**
 * ٠-٩ (Arabic-Indic) and ۰-۹ (Persian) → 0-9. Any string up to `MAX_INPUT_LENGTH` units is
 * accepted; a non-string throws `CstoError` `INVALID_INPUT`, a longer one `INPUT_TOO_LARGE`.
 */
export function toWesternDigits(text: string): string {
  return mapDigits(checkTextInput(text, "toWesternDigits"), 0x30);
}

/** 0-9 and ۰-۹ → ٠-٩ (Arabic-Indic, as Arab news sites print them). Same input rule as `toWesternDigits`. */
export function toArabicDigits(text: string): string {
  return mapDigits(checkTextInput(text, "toArabicDigits"), 0x0660);
}

function mapDigits(text: string, zero: number): string {
  let out = "";
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const value = digitValue(text.charCodeAt(i));
    if (value < 0 || value + zero === text.charCodeAt(i)) continue;
    out += text.slice(copiedUpTo, i) + String.fromCharCode(zero + value);
    copiedUpTo = i + 1;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

/** The value of an ASCII, Arabic-Indic or Persian digit, or -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}
