// What each UTF-16 unit of *search-normalized* text is to the tokenizer: the one letter-class
// table of the package (tokenize, prepareText and everything that reads a prepared document).
// Built once, lazily: a Unicode-property regex per code unit is too slow to run per input
// char, fine to run once.

/** Not part of any token: spaces, punctuation, symbols, controls. */
export const OTHER = 0;
/** A letter of the Arabic script. */
export const ARABIC = 1;
/** A letter of any other script (Latin, Cyrillic, Greek, CJK …). */
export const LETTER = 2;
/** A decimal digit of any script (search normalization already made Arabic digits ASCII). */
export const DIGIT = 3;
/** A combining mark: continues the current token, never starts one. */
export const COMBINING = 4;

/** A high surrogate: the class is that of the code point it starts (see classifyCodePoint). */
export const HIGH_SURROGATE = 5;

let classes: Uint8Array | undefined;

/** The class of every BMP code unit (low surrogates are OTHER). */
export function tokenClasses(): Uint8Array {
  if (classes !== undefined) return classes;
  const table = new Uint8Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) table[c] = DIGIT;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = LETTER;
  for (let c = 0x61; c <= 0x7a; c++) table[c] = LETTER;
  // Large blocks of letters are filled without a regex test per unit.
  const letterBlocks: readonly (readonly [number, number])[] = [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xac00, 0xd7a3],
  ];
  for (const [first, last] of letterBlocks) table.fill(LETTER, first, last + 1);
  for (let c = 0x80; c < 0x10000; c++) {
    if (table[c] !== OTHER || (c >= 0xd800 && c <= 0xdfff)) continue;
    table[c] = classifyCodePoint(c);
  }
  table.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
  // ﷺ ﷻ ﷽ are letters to Unicode but stand for a phrase: a symbol between words, never part
  // of one (see isPhraseLigature).
  table[0xfdfa] = OTHER;
  table[0xfdfb] = OTHER;
  table[0xfdfd] = OTHER;
  classes = table;
  return table;
}

const letter = /\p{L}/u;
const arabic = /\p{Script=Arabic}/u;
const digit = /\p{Nd}/u;
const mark = /\p{M}/u;

/** The class of one code point (used for the table and for astral characters). */
export function classifyCodePoint(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (letter.test(char)) return arabic.test(char) ? ARABIC : LETTER;
  if (digit.test(char)) return DIGIT;
  if (mark.test(char)) return COMBINING;
  return OTHER;
}
