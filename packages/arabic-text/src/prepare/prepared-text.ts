import { CstoError } from "../errors/csto-error.js";
import { buildTokens } from "../tokenize/build-tokens.js";
import type { Token } from "../tokenize/tokenize.js";
import {
  type PreparedInternals,
  preparedFormat,
  preparedInternals,
  preparedMarker,
  registerPrepared,
} from "./prepared-registry.js";

/**
 * A text scanned once: the original, its `search`-normalized form with the offset map back to
 * the original, and its tokens. `tokenize`, `findDates`, `parseDate` and `linkEntities`
 * (`@csto/queries`) accept it in place of the string and reuse this work instead of
 * normalizing again. Immutable: the object and its tokens are frozen, and the offset arrays
 * are handed out as copies.
 */
export interface PreparedText {
  /** The original text. */
  readonly text: string;
  /** `normalize(text)`: the `search` profile. */
  readonly normalized: string;
  /**
   * `tokenize(text)`, frozen. Offsets point into `text`. Built on first read: a caller that
   * only needs `tokenBounds()` (as `linkEntities` does) never pays for the token objects.
   */
  readonly tokens: readonly Readonly<Token>[];
  /**
   * The index in `text` of the unit that produced unit `normalizedIndex` of `normalized`;
   * `originalIndex(normalized.length) === text.length`. Throws `CstoError` `INVALID_ARGUMENT`
   * outside `0 … normalized.length`.
   */
  originalIndex(normalizedIndex: number): number;
  /** A fresh copy of the whole offset map (as `normalizeWithMap` returns it). */
  offsetMap(): Int32Array;
  /**
   * A fresh array of where the tokens are, four numbers per token: token `k` is
   * `normalized.slice(b[4k], b[4k + 1])` and `text.slice(b[4k + 2], b[4k + 3])`
   * (the `start` and `end` of `tokens[k]`).
   */
  tokenBounds(): Int32Array;
}

/** Builds and registers a frozen prepared document. */
export function createPreparedText(text: string, normalized: string, internals: PreparedInternals): PreparedText {
  const document = new PreparedDocument(text, normalized);
  registerPrepared(document, internals);
  return Object.freeze(document);
}

function internalsOf(document: PreparedDocument): PreparedInternals {
  // Only reachable through a registered instance's methods; a method borrowed onto another
  // object finds nothing and reports it as misuse.
  const internals = preparedInternals(document);
  if (internals === undefined) {
    throw new CstoError("INVALID_INPUT", "This method only works on a document made by prepareText");
  }
  return internals;
}

class PreparedDocument implements PreparedText {
  readonly text: string;
  readonly normalized: string;
  readonly [preparedMarker] = preparedFormat;

  constructor(text: string, normalized: string) {
    this.text = text;
    this.normalized = normalized;
  }

  get tokens(): readonly Readonly<Token>[] {
    const internals = internalsOf(this);
    if (internals.tokens === undefined) {
      const tokens = buildTokens(this.text, this.normalized, internals.map, internals.bounds);
      for (const token of tokens) Object.freeze(token);
      internals.tokens = Object.freeze(tokens);
    }
    return internals.tokens;
  }

  originalIndex(normalizedIndex: number): number {
    const map = internalsOf(this).map;
    if (!Number.isInteger(normalizedIndex) || normalizedIndex < 0 || normalizedIndex >= map.length) {
      throw new CstoError(
        "INVALID_ARGUMENT",
        `originalIndex expects an integer from 0 to ${map.length - 1}, got ${String(normalizedIndex)}`,
      );
    }
    return map[normalizedIndex]!;
  }

  offsetMap(): Int32Array {
    return internalsOf(this).map.slice();
  }

  tokenBounds(): Int32Array {
    return internalsOf(this).bounds.places.slice();
  }
}
