import { CstoError } from "../errors/csto-error.js";
import { buildTokens } from "../tokenize/build-tokens.js";
import type { Token } from "../tokenize/tokenize.js";
import { type PreparedInternals, preparedFormat, preparedMarker, registerPrepared } from "./prepared-registry.js";

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
  const document = new PreparedDocument(text, normalized, internals);
  registerPrepared(document, internals);
  return Object.freeze(document);
}

class PreparedDocument implements PreparedText {
  readonly text: string;
  readonly normalized: string;
  readonly [preparedMarker] = preparedFormat;
  // The same internals as the registry's, held by the instance too: its methods (originalIndex
  // is called per mention and per cue) read them without a registry look-up. A private field
  // cannot be read or written from outside, and freezing the document does not affect it.
  readonly #internals: PreparedInternals;

  constructor(text: string, normalized: string, internals: PreparedInternals) {
    this.text = text;
    this.normalized = normalized;
    this.#internals = internals;
  }

  /** The internals of `document`; a method borrowed onto another object reports it as misuse. */
  static #internalsOf(document: object): PreparedInternals {
    if (!(#internals in document)) {
      throw new CstoError("INVALID_INPUT", "This method only works on a document made by prepareText");
    }
    return (document as PreparedDocument).#internals;
  }

  get tokens(): readonly Readonly<Token>[] {
    const internals = PreparedDocument.#internalsOf(this);
    if (internals.tokens === undefined) {
      const tokens = buildTokens(this.text, this.normalized, internals.map, internals.bounds);
      for (const token of tokens) Object.freeze(token);
      internals.tokens = Object.freeze(tokens);
    }
    return internals.tokens;
  }

  originalIndex(normalizedIndex: number): number {
    const map = PreparedDocument.#internalsOf(this).map;
    if (!Number.isInteger(normalizedIndex) || normalizedIndex < 0 || normalizedIndex >= map.length) {
      throw new CstoError(
        "INVALID_ARGUMENT",
        `originalIndex expects an integer from 0 to ${map.length - 1}, got ${String(normalizedIndex)}`,
      );
    }
    return map[normalizedIndex]!;
  }

  offsetMap(): Int32Array {
    return PreparedDocument.#internalsOf(this).map.slice();
  }

  tokenBounds(): Int32Array {
    return PreparedDocument.#internalsOf(this).bounds.places.slice();
  }
}
