import {
  isArabicMark,
  isCasedScript,
  isFormatControl,
  isPhraseLigature,
  isPresentationForm,
  isSpaceSeparator,
  isWhitespace,
} from "./char-classes.js";
import { flagBits } from "./normalize-options.js";

// Actions of a fold table entry. A value in 0..0xffff is the output code unit itself. The
// two flag values below are >= 0 too, so the loop handles them without a branch.
/** Drop the input unit: bit 17 tells the loop not to advance. */
export const DELETE = 0x20000;
/** Whitespace that collapses: U+0020 plus bit 16, which advances only after a non-space. */
export const SPACE = 0x10020;
/** A combining madda/hamza that may compose with the previous output unit. */
export const MARK = -3;
/** A UTF-16 surrogate: passes through, but the output then needs a surrogate-safe decoder. */
export const SURROGATE = -4;
/** Entries <= EXPANSION are ligatures: expansions[EXPANSION - entry]. */
export const EXPANSION = -16;

/** Everything the normalization loop needs for one option set. */
export interface FoldTable {
  /** One action per BMP code unit (see DELETE, SPACE, MARK, EXPANSION). */
  readonly codes: Int32Array;
  /** Ligature expansions: output units or SPACE. */
  readonly expansions: readonly Int32Array[];
  /** What an uncomposable MARK becomes: DELETE when diacritics are stripped, else itself. */
  readonly stripMarks: boolean;
  readonly trim: boolean;
  /** Whitespace runs collapse (table entries are SPACE). */
  readonly collapses: boolean;
  /** trim without collapseWhitespace needs a post pass over the output. */
  readonly trimWithoutCollapse: boolean;
}

let tables: Map<number, FoldTable> | undefined;
let presentationCache: Map<number, string> | undefined;

/** The fold table of a flag mask, built on first use and memoised (a few dozen µs … 2 ms). */
export function foldTableFor(mask: number): FoldTable {
  tables ??= new Map();
  let table = tables.get(mask);
  if (table === undefined) {
    // Option sets are few in practice; the cap only guards against a caller cycling through all.
    if (tables.size >= 64) tables.clear();
    table = buildFoldTable(mask);
    tables.set(mask, table);
  }
  return table;
}

function has(mask: number, flag: keyof typeof flagBits): boolean {
  return (mask & flagBits[flag]) !== 0;
}

// The only BMP ranges any fold touches; every other unit maps to itself.
const foldedRanges: readonly (readonly [number, number])[] = [
  [0x0000, 0x052f], // ASCII whitespace, Latin, Greek, Cyrillic
  [0x0600, 0x06ff], // Arabic
  [0x08d3, 0x08ff], // Arabic Extended-A marks
  [0x1680, 0x1680],
  [0x1c80, 0x1c88],
  [0x1e00, 0x206f], // Latin/Greek extended, spaces, format controls
  [0x3000, 0x3000],
  [0xfb50, 0xfdff], // presentation forms A
  [0xfe70, 0xfeff], // presentation forms B, BOM
];

function buildFoldTable(mask: number): FoldTable {
  const codes = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) codes[c] = c;
  const expansions: Int32Array[] = [];
  const foldPresentation = has(mask, "foldPresentationForms");
  for (const [first, last] of foldedRanges) {
    for (let c = first; c <= last; c++) {
      if (isPhraseLigature(c)) {
        codes[c] = c;
      } else if (foldPresentation && isPresentationForm(c) && !(has(mask, "removeFormatChars") && c === 0xfeff)) {
        const units = expandPresentationForm(c, mask);
        if (units.length === 0) codes[c] = DELETE;
        else if (units.length === 1) codes[c] = units[0]!;
        else {
          codes[c] = EXPANSION - expansions.length;
          expansions.push(Int32Array.from(units));
        }
      } else {
        codes[c] = foldUnit(c, mask);
      }
    }
  }
  codes.fill(SURROGATE, 0xd800, 0xe000);
  const collapse = has(mask, "collapseWhitespace");
  return {
    codes,
    expansions,
    stripMarks: has(mask, "stripDiacritics"),
    trim: has(mask, "trim"),
    collapses: collapse,
    trimWithoutCollapse: has(mask, "trim") && !collapse,
  };
}

/** The action for one code unit outside the presentation-form blocks. */
function foldUnit(c: number, mask: number): number {
  if (has(mask, "removeFormatChars") && isFormatControl(c)) return DELETE;
  if (c === 0x0640 && has(mask, "removeTatweel")) return DELETE;
  if (c >= 0x0653 && c <= 0x0655 && has(mask, "composeHamza")) return MARK;
  if (has(mask, "stripDiacritics") && isArabicMark(c)) return DELETE;
  const zwnjSpace = c === 0x200c && has(mask, "zwnjToSpace");
  if (zwnjSpace || isWhitespace(c)) {
    if (has(mask, "collapseWhitespace")) return SPACE;
    if (zwnjSpace || (has(mask, "normalizeSpaces") && isSpaceSeparator(c))) return 0x20;
    return c;
  }
  const folded = foldLetter(c, mask);
  // Chains such as ۀ → ه or ٱ → ا settle after one more step; fold to a fixed point so that
  // normalizing twice changes nothing.
  return folded === c ? c : foldUnit(folded, mask);
}

function foldLetter(c: number, mask: number): number {
  if (
    has(mask, "foldAlef") &&
    (c === 0x0622 || c === 0x0623 || c === 0x0625 || (c >= 0x0671 && c <= 0x0673) || c === 0x0675)
  ) {
    return 0x0627;
  }
  if (c === 0x0649 && has(mask, "foldAlefMaksura")) return 0x064a;
  if (c === 0x0629 && has(mask, "foldTehMarbuta")) return 0x0647;
  if (has(mask, "foldHamzaCarriers")) {
    if (c === 0x0624) return 0x0648;
    if (c === 0x0626) return 0x064a;
  }
  if (has(mask, "foldPersian")) {
    if (c === 0x06cc || c === 0x06d0 || c === 0x06cd) return 0x064a; // ی ې ۍ
    if (c === 0x06a9) return 0x0643; // ک
    if (c === 0x06d5 || c === 0x06c0 || c === 0x06c1 || c === 0x06c2 || c === 0x06be) return 0x0647; // ە ۀ ہ ۂ ھ
  }
  if (has(mask, "westernDigits")) {
    if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30;
    if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30;
  }
  if (has(mask, "lowerCase") && isCasedScript(c)) {
    const lower = String.fromCharCode(c).toLowerCase();
    // Multi-unit lower cases (İ → i̇) would change the length; those letters pass through.
    if (lower.length === 1) return lower.charCodeAt(0);
  }
  return c;
}

/**
 * The folded units of a presentation form: its compatibility (NFKC) decomposition, each unit
 * folded with the other options. The space NFKC puts before an isolated haraka (U+FE70 → " ً")
 * is an artefact and is dropped.
 */
function expandPresentationForm(c: number, mask: number): number[] {
  const decomposed = presentationDecomposition(c);
  const units: number[] = [];
  for (let k = 0; k < decomposed.length; k++) {
    const unit = decomposed.charCodeAt(k);
    if (k === 0 && unit === 0x20 && decomposed.length > 1 && isArabicMark(decomposed.charCodeAt(1))) continue;
    const action = foldUnit(unit, mask);
    if (action === DELETE) continue;
    if (action === MARK) {
      if (!has(mask, "stripDiacritics")) units.push(unit);
      continue;
    }
    units.push(action);
  }
  return units;
}

function presentationDecomposition(c: number): string {
  if (presentationCache === undefined) presentationCache = new Map();
  let decomposed = presentationCache.get(c);
  if (decomposed === undefined) {
    decomposed = String.fromCharCode(c).normalize("NFKC");
    presentationCache.set(c, decomposed);
  }
  return decomposed;
}
