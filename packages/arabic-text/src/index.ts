export { civilDayOf } from "./date-input/civil-day-of.js";
export type { DateInput } from "./date-input/date-input.js";
export { findDates } from "./dates/find-dates.js";
export { formatArabicDate } from "./dates/format-arabic-date.js";
export { parseDate } from "./dates/parse-date.js";
export type {
  ArabicDateStyle,
  DateConflict,
  DateGrain,
  DateMention,
  DateMod,
  DateOptions,
  DatePreference,
  FormatArabicDateOptions,
  ParseDateReason,
  ParseDateResult,
} from "./dates/types.js";
export type { CstoErrorCode, CstoErrorOptions } from "./errors/csto-error.js";
export { CstoError } from "./errors/csto-error.js";
export { MAX_INPUT_LENGTH } from "./errors/text-input.js";
export type { NormalizedText } from "./normalize/normalize.js";
export { normalize, normalizeWithMap } from "./normalize/normalize.js";
export type { NormalizeOptions, NormalizeProfile } from "./normalize/normalize-options.js";
export { toArabicDigits, toWesternDigits } from "./numbers/digits.js";
export { parseArabicNumber } from "./numbers/parse-arabic-number.js";
export type { ParseResult } from "./parse-result.js";
export { prepareText } from "./prepare/prepare-text.js";
export type { PreparedText } from "./prepare/prepared-text.js";
export type { ProcliticReading } from "./tokenize/proclitic-readings.js";
export { procliticReadings } from "./tokenize/proclitic-readings.js";
export type { Token, TokenKind } from "./tokenize/tokenize.js";
export { tokenize } from "./tokenize/tokenize.js";
