import { CstoError } from "../errors/csto-error.js";
import { describeValue } from "../errors/text-input.js";
import { type PreparedInternals, preparedInternals, preparedMarker } from "./prepared-registry.js";
import type { PreparedText } from "./prepared-text.js";

/** A prepared document with the internals this copy of the package keeps for it. */
export interface ReadPrepared {
  document: PreparedText;
  internals: PreparedInternals;
}

/**
 * Checks that `value` is a document made by this copy's `prepareText`. Anything else is
 * misuse and throws `CstoError` `INVALID_INPUT`: a document of another installed copy or
 * version of the package (its contents may mean something else), a copy of a document
 * (`{ ...doc }`, `structuredClone`), or any other non-string.
 */
export function readPrepared(value: unknown, functionName: string): ReadPrepared {
  if (typeof value === "object" && value !== null) {
    const internals = preparedInternals(value);
    if (internals !== undefined) return { document: value as PreparedText, internals };
    if (carriesMarker(value)) {
      throw new CstoError(
        "INVALID_INPUT",
        `${functionName} got a prepared text from another copy or version of @csto/arabic-text; prepare the text again with this copy's prepareText`,
      );
    }
  }
  throw new CstoError(
    "INVALID_INPUT",
    `${functionName} expects the text as a string or a document from prepareText, got ${describeValue(value)}`,
  );
}

function carriesMarker(value: object): boolean {
  // A Proxy or a getter may throw on any read: a foreign object must give a coded error, never a crash.
  try {
    return preparedMarker in value;
  } catch {
    return false;
  }
}
