// Character classes of the folds, as plain range checks over UTF-16 code units. They are
// only called while a fold table is being built (once per option set), never per input char.

/** Bidi controls, ZWSP, ZWJ, word joiner and BOM. ZWNJ (U+200C) is not here on purpose. */
export function isFormatControl(c: number): boolean {
  return (
    c === 0x061c || // ARABIC LETTER MARK
    c === 0x200b || // ZERO WIDTH SPACE
    c === 0x200d || // ZERO WIDTH JOINER
    c === 0x200e || // LRM
    c === 0x200f || // RLM
    (c >= 0x202a && c <= 0x202e) || // LRE RLE PDF LRO RLO
    c === 0x2060 || // WORD JOINER
    (c >= 0x2066 && c <= 0x2069) || // LRI RLI FSI PDI
    c === 0xfeff // BOM / ZWNBSP
  );
}

/** Harakat, Quranic annotation marks and superscript alef. */
export function isArabicMark(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) || // honorific and small Quranic marks
    (c >= 0x064b && c <= 0x065f) || // tanwin, harakat, shadda, sukun, madda, hamza above/below …
    c === 0x0670 || // superscript (dagger) alef
    (c >= 0x06d6 && c <= 0x06dc) || // small high ligatures (Quranic pause marks)
    (c >= 0x06df && c <= 0x06e4) ||
    (c >= 0x06e7 && c <= 0x06e8) ||
    (c >= 0x06ea && c <= 0x06ed) ||
    (c >= 0x08d3 && c <= 0x08e1) || // Arabic Extended-A marks
    (c >= 0x08e3 && c <= 0x08ff)
  );
}

/** Unicode space separators other than U+0020 (NBSP, en/em spaces, thin, narrow NBSP …). */
export function isSpaceSeparator(c: number): boolean {
  return c === 0x00a0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Unicode White_Space: ASCII space and controls, NEL, line/paragraph separators, Zs. */
export function isWhitespace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0x2028 || c === 0x2029 || isSpaceSeparator(c);
}

/** Arabic presentation forms A (U+FB50–U+FDFF) and B (U+FE70–U+FEFF). */
export function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

/**
 * The three presentation forms that stand for a whole phrase: ﷺ U+FDFA (18 letters and
 * spaces), ﷻ U+FDFB (8) and ﷽ U+FDFD (the basmala). Folding them would multiply the text
 * (10 M units of ﷺ would become 180 M) and put several words where one symbol was, so
 * every profile keeps them as they are; the tokenizer treats them as symbols, not words.
 */
export function isPhraseLigature(c: number): boolean {
  return c === 0xfdfa || c === 0xfdfb || c === 0xfdfd;
}

/** Scripts whose letters `lowerCase` folds: Latin, Greek, Cyrillic (incl. extended blocks). */
export function isCasedScript(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x370 && c <= 0x52f) ||
    (c >= 0x1c80 && c <= 0x1c88) ||
    (c >= 0x1e00 && c <= 0x1fff)
  );
}
