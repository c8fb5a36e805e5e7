import { ARABIC, COMBINING, classifyCodePoint, HIGH_SURROGATE, LETTER, OTHER, tokenClasses } from "./token-classes.js";
import { originalWordEnd } from "./word-extent.js";

/** Token kinds as stored in `TokenBounds.kinds`. */
export const WORD = 0;
export const NUMBER = 1;
export const LATIN = 2;

/**
 * Where the tokens of a text are, without building token objects: for token `k`,
 * `places[4k]`/`places[4k + 1]` are its start and end in the normalized text and
 * `places[4k + 2]`/`places[4k + 3]` in the original; `kinds[k]` is WORD, NUMBER or LATIN.
 */
export interface TokenBounds {
  count: number;
  places: Int32Array;
  kinds: Uint8Array;
}

// Letters of other scripts and digits join into one token ("F16"); Arabic letters do not.
const LETTER_OR_DIGIT = 6;

/**
 * The one word scan of the package, over search-normalized text: `units`/`normalized` hold
 * the same `length` units and `map` their sources in `input`. A token is a maximal run of
 * Arabic letters, or of other letters and digits, or of digits; combining marks continue a
 * token and never start one. It ends in the original where `originalWordEnd` says.
 */
export function scanTokenBounds(
  input: string,
  normalized: string,
  units: Uint16Array,
  map: Int32Array,
  length: number,
): TokenBounds {
  const classes = tokenClasses();
  // A token takes at least one unit and is followed by a separator or another kind, so
  // length / 2 + 1 tokens is a good first guess; the arrays grow when it is not enough.
  let places = new Int32Array(Math.max(16, (length >>> 2) * 4));
  let kinds = new Uint8Array(places.length >>> 2);
  let count = 0;
  let i = 0;
  while (i < length) {
    let cls = classes[units[i]!]!;
    let width = 1;
    if (cls === HIGH_SURROGATE) {
      cls = astralClass(normalized, i);
      if (cls !== OTHER) width = 2;
    }
    if (cls === OTHER || cls === COMBINING) {
      i += width;
      continue;
    }
    const from = i;
    const group = cls === ARABIC ? ARABIC : LETTER_OR_DIGIT;
    let hasLetter = cls === LETTER;
    i += width;
    while (i < length) {
      cls = classes[units[i]!]!;
      width = 1;
      if (cls === HIGH_SURROGATE) {
        cls = astralClass(normalized, i);
        if (cls !== OTHER) width = 2;
      }
      if (cls === OTHER) break;
      if (cls !== COMBINING) {
        if ((cls === ARABIC ? ARABIC : LETTER_OR_DIGIT) !== group) break;
        if (cls === LETTER) hasLetter = true;
      }
      i += width;
    }
    if (count * 4 === places.length) {
      const grown = new Int32Array(places.length * 2);
      grown.set(places);
      places = grown;
      const grownKinds = new Uint8Array(kinds.length * 2);
      grownKinds.set(kinds);
      kinds = grownKinds;
    }
    const at = count * 4;
    places[at] = from;
    places[at + 1] = i;
    places[at + 2] = map[from]!;
    places[at + 3] = originalWordEnd(input, map[i - 1]!, map[i]!);
    kinds[count] = group === ARABIC ? WORD : hasLetter ? LATIN : NUMBER;
    count++;
  }
  return { count, places: places.slice(0, count * 4), kinds: kinds.slice(0, count) };
}

/** The class of the code point a high surrogate starts, or OTHER when it is alone. */
function astralClass(normalized: string, i: number): number {
  const codePoint = normalized.codePointAt(i)!;
  return codePoint > 0xffff ? classifyCodePoint(codePoint) : OTHER;
}
