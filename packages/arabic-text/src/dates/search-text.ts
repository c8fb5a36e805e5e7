import { normalizeWithMap } from "../normalize/normalize.js";

/** Text in the `search` normalization profile with its map back to the input offsets. */
export interface SearchText {
  text: string;
  map: Int32Array;
}

/**
 * The date scanner works on search-normalized text (no harakat/tatweel/bidi marks, folded
 * alef/ya/ta marbuta, ASCII digits, collapsed spaces); lexicon entries go through the same
 * function so both sides always agree.
 */
export function toSearchText(input: string): SearchText {
  return normalizeWithMap(input, "search");
}
