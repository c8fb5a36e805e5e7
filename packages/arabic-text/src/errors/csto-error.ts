// A process-wide marker, so `CstoError.is()` recognises errors thrown by another
// installed copy of any @csto package (instanceof fails across copies).
const marker = Symbol.for("@csto/error");

/** Stable machine-readable codes of every error the `@csto` packages throw. */
export type CstoErrorCode =
  | "INVALID_ARGUMENT"
  | "INVALID_INPUT"
  | "INPUT_TOO_LARGE"
  | "INVALID_DATE"
  | "INVALID_OPTION"
  | "UNKNOWN_PROFILE"
  | "INVALID_DATASET";

/** Options of a `CstoError`: the underlying error (e.g. a zod error with its issues), if any. */
export interface CstoErrorOptions {
  cause?: unknown;
}

/**
 * The base class of everything the `@csto` packages throw. Only misuse throws (a wrong option
 * type, an unknown profile, a `ref` that is not a date, a non-string where text is expected,
 * text longer than `MAX_INPUT_LENGTH`); expected bad input is returned as
 * `{ ok: false, reason, message }` instead.
 */
export class CstoError extends Error {
  readonly code: CstoErrorCode;
  readonly [marker] = true;

  constructor(code: CstoErrorCode, message: string, options: CstoErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "CstoError";
    this.code = code;
  }

  /** True for any CstoError, also one created by a different installed copy of the package. */
  static is(error: unknown): error is CstoError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
