export type { CstoErrorCode, CstoErrorOptions } from "./errors/csto-error.js";
export { CstoError } from "./errors/csto-error.js";
