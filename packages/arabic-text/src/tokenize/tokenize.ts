import { checkTextLength } from "../errors/text-input.js";
import { foldTableFor } from "../normalize/fold-table.js";
import { decodeUnits, normalizeIntoBuffer, releaseLargeBuffers } from "../normalize/normalize-buffer.js";
import { searchMask } from "../normalize/normalize-options.js";
import type { PreparedText } from "../prepare/prepared-text.js";
import { readPrepared } from "../prepare/read-prepared.js";
import { buildTokens } from "./build-tokens.js";
import { scanTokenBounds } from "./token-bounds.js";

/** What a token is made of. `latin` covers every non-Arabic script (Latin, Cyrillic, Greek …). */
export type TokenKind = "word" | "number" | "latin";

/** A word, number or foreign-script token, located in the original text. */
export interface Token {
  /** Exactly `input.slice(start, end)`. */
  text: string;
  /** Index of the first UTF-16 unit in the original input. */
  start: number;
  /** Index after the last unit in the original input (trailing harakat/tatweel included). */
  end: number;
  /** The search-normalized form of the whole token. */
  normalized: string;
  kind: TokenKind;
  /** Normalized proclitics and article stripped off the front ("و", "وب", "بال", "لل"); absent when none. */
  prefix?: string;
  /** The normalized remainder after `prefix` (the whole `normalized` when there is no prefix). */
  base: string;
  /** Original index where `base` starts (equals `start` when there is no prefix). */
  baseStart: number;
  /** Original index where the article ال or the contraction لل starts, when there is one. */
  articleStart?: number;
}

/**
 * Splits text into word, number and foreign-script tokens. A token is a maximal run, in the
 * search-normalized text, of letters and digits of one kind: Arabic letters (their harakat,
 * tatweel and invisible marks are already gone), other letters with digits ("F16", "G7"),
 * or digits of any script. Arabic letters and digits split apart ("لعام2026" → لعام + 2026),
 * so a glued year or hijri suffix becomes its own token. Punctuation and the phrase
 * ligatures ﷺ ﷻ ﷽ are not tokens.
 *
 * Accepts any string up to `MAX_INPUT_LENGTH` units and never throws on it, or a document from
 * `prepareText` (fresh copies of its tokens, with no second pass). A non-string throws `CstoError`
 * `INVALID_INPUT`, a longer string `INPUT_TOO_LARGE`.
 */
export function tokenize(text: string | PreparedText): Token[] {
  if (typeof text !== "string") {
    // Fresh token objects from the stored places: no second normalization or scan, and no
    // copy of the frozen `tokens` (copying frozen objects costs more than building new ones).
    const { document, internals } = readPrepared(text, "tokenize");
    return buildTokens(document.text, document.normalized, internals.map, internals.bounds);
  }
  checkTextLength(text, "tokenize");
  // The normalization buffers are used in place: nothing below normalizes again.
  const result = normalizeIntoBuffer(text, foldTableFor(searchMask));
  const normalized = decodeUnits(result);
  const bounds = scanTokenBounds(text, normalized, result.units, result.offsets, result.length);
  const tokens = buildTokens(text, normalized, result.offsets, bounds);
  releaseLargeBuffers();
  return tokens;
}
