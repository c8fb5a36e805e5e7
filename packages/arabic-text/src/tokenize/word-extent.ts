import { COMBINING, tokenClasses } from "./token-classes.js";

// Where a word ends in the original text: the one definition shared by tokens, date mentions
// and entity mentions (they all end where the token of their last word ends).

/**
 * Units that belong to the word they follow even though normalization drops them or does not
 * class them as letters: tatweel, harakat and tanwin, Quranic annotation marks (U+0610–U+061A,
 * U+06D6–U+06ED except the end-of-ayah U+06DD and the rub el hizb U+06DE), superscript alef,
 * Arabic Extended-A marks, and generic combining marks.
 */
export function isWordInternal(c: number): boolean {
  return (
    c === 0x0640 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06ed && c !== 0x06dd && c !== 0x06de) ||
    (c >= 0x08d3 && c <= 0x08ff) ||
    (c >= 0x0300 && c <= 0x036f)
  );
}

/**
 * The end, in `input`, of a word whose last letter is the unit at `last`: just after it (after
 * both units of a surrogate pair), then over the word-internal units that follow ("غداً",
 * "بيانـ"), but never past `limit` (the source of the next normalized unit) nor over a space,
 * a bidi mark or punctuation.
 */
export function originalWordEnd(input: string, last: number, limit: number): number {
  const c = input.charCodeAt(last);
  let end = last + (c >= 0xd800 && c <= 0xdbff && (input.charCodeAt(last + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
  while (end < limit && isWordInternal(input.charCodeAt(end))) end++;
  return end;
}

/**
 * The end in `input` of a word whose letters end at normalized index `end`, for a caller that
 * holds the offset map (`map[i]` = source of normalized unit `i`): combining marks that the
 * normalization keeps (U+0301 …) still belong to the word, as they do to a token, and then
 * `originalWordEnd` applies.
 */
export function mappedWordEnd(input: string, map: Int32Array, end: number): number {
  const classes = tokenClasses();
  const last = map.length - 1;
  // A kept combining mark maps to itself, so its class can be read in the input.
  while (end < last && classes[input.charCodeAt(map[end]!)] === COMBINING) end++;
  return originalWordEnd(input, map[end - 1]!, map[end]!);
}
