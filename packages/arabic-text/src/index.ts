export type { CstoErrorCode, CstoErrorOptions } from "./errors/csto-error.js";
export { CstoError } from "./errors/csto-error.js";
export type { NormalizedText } from "./normalize/normalize.js";
export { normalize, normalizeWithMap } from "./normalize/normalize.js";
export type { NormalizeOptions, NormalizeProfile } from "./normalize/normalize-options.js";
export type { Token, TokenKind } from "./tokenize/tokenize.js";
export { tokenize } from "./tokenize/tokenize.js";
