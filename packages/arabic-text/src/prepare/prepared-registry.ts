import type { TokenBounds } from "../tokenize/token-bounds.js";
import type { Token } from "../tokenize/tokenize.js";

// The registry of prepared documents, apart from the document class: a function that only
// checks a document (findDates) bundles this file, not the token builder and its lexicon.

/** What the package's own functions read from a prepared document without copying. */
export interface PreparedInternals {
  readonly map: Int32Array;
  readonly bounds: TokenBounds;
  /** The token objects, once something has read them. */
  tokens?: readonly Readonly<Token>[];
}

/**
 * The marker every prepared document carries, shared by all copies of the package
 * (`Symbol.for`), with the format version as value. It only serves to recognise a document of
 * another copy or version and say so; the real check is the module-private registry below.
 */
export const preparedMarker = Symbol.for("@csto/arabic-text/prepared-text");
/** Bumped whenever the contents of a prepared document change meaning. */
export const preparedFormat = 1;

// Documents made by this copy of the module. A WeakMap, so documents are collected normally;
// created on first use (no work at import time).
let registry: WeakMap<object, PreparedInternals> | undefined;

/** The internals of a document made by this copy of the package, or undefined. */
export function preparedInternals(value: object): PreparedInternals | undefined {
  return registry?.get(value);
}

/** Records a document made by this copy of the package. */
export function registerPrepared(document: object, internals: PreparedInternals): void {
  registry ??= new WeakMap();
  registry.set(document, internals);
}
