import { CstoError, civilDayOf, type DateInput } from "@csto/arabic-text";

/**
 * The civil day (`YYYY-MM-DD`) of a date argument, by the one rule of `DateInput`: instants are
 * read in `zone` (UTC for the queries). Anything else throws a `CstoError` coded INVALID_DATE
 * (INVALID_OPTION for a bad zone) whose message names the argument.
 */
export function toDateKey(date: DateInput | unknown, argument = "date", zone: unknown = "UTC"): string {
  try {
    return civilDayOf(date as DateInput, zone as string);
  } catch (error) {
    if (CstoError.is(error)) throw new CstoError(error.code, `${argument}: ${error.message}`, { cause: error });
    throw error;
  }
}
