/**
 * A date argument of any `@csto` function (`ref` of `findDates`, `published` of
 * `analyzeArticle`, every query date). One rule reads all of them, in a time zone `zone`
 * (default `"UTC"`):
 *
 * - `"YYYY-MM-DD"`: that civil day, whatever the zone;
 * - an ISO date-time with an offset (`"2025-11-27T23:30:00+03:00"`, `"…Z"`): that instant,
 *   converted to `zone`, then its civil day;
 * - an ISO date-time without an offset (`"2025-11-27T23:30"`): a wall-clock time in `zone`, so
 *   the day as written;
 * - a `Date`: that instant read in `zone`.
 *
 * The day must be a real calendar day in the years 0000–9999. Anything else (another string,
 * an invalid `Date`, a number, `null`) throws a `CstoError` coded `INVALID_DATE`; a `zone` that
 * is not an IANA time zone name throws `INVALID_OPTION`.
 */
export type DateInput = string | Date;
