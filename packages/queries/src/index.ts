export type { CstoErrorCode } from "@csto/arabic-text";
export { CstoError } from "@csto/arabic-text";
export { kindOfId } from "@csto/model";
