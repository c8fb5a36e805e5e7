/** A token of the normalized (search-profile) text the date scanner walks over. */
export interface DateToken {
  kind: "word" | "number" | "punct";
  /** The normalized characters of the token. */
  text: string;
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  /** True when whitespace separates this token from the previous one. */
  spaced: boolean;
  /** For numbers: the value of the digits (digit runs longer than 9 keep NaN so they never match). */
  value: number;
}

function isLetter(c: number): boolean {
  return (
    (c >= 0x621 && c <= 0x64a) ||
    (c >= 0x66e && c <= 0x6d3) ||
    c === 0x6d5 ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x430 && c <= 0x44f)
  );
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Splits normalized text into letter runs, digit runs and single punctuation characters, so
 * glued forms like "سبتمبر2001", "1447ه" or "ب2024" become separate tokens. Linear time.
 */
export function tokenizeForDates(text: string, from = 0, to = text.length): DateToken[] {
  const tokens: DateToken[] = [];
  let spaced = true;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    let kind: DateToken["kind"];
    if (isLetter(c)) {
      kind = "word";
      while (i < to && isLetter(text.charCodeAt(i))) i++;
    } else if (isDigit(c)) {
      kind = "number";
      while (i < to && isDigit(text.charCodeAt(i))) i++;
    } else {
      kind = "punct";
      // Keep a surrogate pair together so offsets never split a character.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    }
    const tokenText = text.slice(start, i);
    const value = kind === "number" && tokenText.length <= 9 ? Number(tokenText) : Number.NaN;
    tokens.push({ kind, text: tokenText, start, end: i, spaced, value });
    spaced = false;
  }
  return tokens;
}
