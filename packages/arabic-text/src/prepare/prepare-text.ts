import { checkTextInput } from "../errors/text-input.js";
import { foldTableFor } from "../normalize/fold-table.js";
import { decodeUnits, normalizeIntoBuffer, releaseLargeBuffers } from "../normalize/normalize-buffer.js";
import { searchMask } from "../normalize/normalize-options.js";
import { scanTokenBounds } from "../tokenize/token-bounds.js";
import { createPreparedText, type PreparedText } from "./prepared-text.js";
import { readPrepared } from "./read-prepared.js";

/**
 * Scans a text once for every analysis that reads it: the `search` normalization, its offset
 * map and the tokens, in one pass. Pass the result to `tokenize`, `findDates`, `parseDate` or
 * `linkEntities` (`@csto/queries`) in place of the string; each gives exactly what it gives
 * for the string, without normalizing again.
 *
 * Accepts any string up to `MAX_INPUT_LENGTH` units and never throws on it. A prepared
 * document is returned as it is, so a function can call `prepareText` on whatever it was
 * given. Anything else throws `CstoError`: `INVALID_INPUT` for a non-string (a document of
 * another copy or version of the package included), `INPUT_TOO_LARGE` for a longer string.
 */
export function prepareText(text: string | PreparedText): PreparedText {
  if (typeof text !== "string") return readPrepared(text, "prepareText").document;
  const input = checkTextInput(text, "prepareText");
  const result = normalizeIntoBuffer(input, foldTableFor(searchMask));
  const normalized = decodeUnits(result);
  const map = result.offsets.slice(0, result.length + 1);
  const bounds = scanTokenBounds(input, normalized, result.units, map, result.length);
  releaseLargeBuffers();
  return createPreparedText(input, normalized, { map, bounds });
}
