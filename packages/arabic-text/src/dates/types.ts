import type { DateInput } from "../date-input/date-input.js";
/** The precision of a resolved date value (TIMEX3-style). A range has the grain of its endpoints. */
export type DateGrain =
  | "minute"
  | "time"
  | "day"
  | "part-of-day"
  | "week"
  | "part-of-week"
  | "month"
  | "part-of-month"
  | "quarter"
  | "half-year"
  | "year"
  | "part-of-year"
  | "decade"
  | "part-of-decade"
  | "century"
  | "part-of-century"
  | "duration";

/** Which part of its container a part-of-period expression names (مطلع / منتصف / أواخر). */
export type DateMod = "start" | "mid" | "end";

/** One date expression found in a text. */
export interface DateMention {
  /** The surface, exactly `input.slice(start, end)`. */
  text: string;
  /** JS string index of the first character in the original input. */
  start: number;
  /** JS string index just after the last character in the original input. */
  end: number;
  /** ISO 8601 / TIMEX3 value at the expression's own grain: `2025-11-27`, `2025-W49`, `199`, `P5Y`, `A/B` … */
  value: string;
  grain: DateGrain;
  /** Set for part-of-period expressions (مطلع، منتصف، أواخر …). */
  mod?: DateMod;
  /** The calendar the text used; the value is always Gregorian. */
  calendar: "gregorian" | "hijri";
  /** True when the value came from `ref` or from a previous date in the text. */
  relative: boolean;
  /**
   * Set when the text contradicts itself: `"weekday"` when the weekday written beside a date
   * is not that date's weekday ("الخميس 27 نوفمبر 2025", a Thursday being the 27th is fine;
   * "الجمعة 27 نوفمبر 2025" is not). The value keeps the written date.
   */
  conflict?: DateConflict;
}

/** What a mention contradicts (see `DateMention.conflict`). */
export type DateConflict = "weekday";

/**
 * Which occurrence a date without a year (or a bare weekday) takes when nothing in the text
 * decides: `"news"` (default) follows the verb tense and otherwise the nearest occurrence;
 * `"past"` takes the latest on or before ref unless a future cue says otherwise; `"future"`
 * the first on or after ref unless a past cue says otherwise (like chrono's `forwardDate`).
 */
export type DatePreference = "news" | "past" | "future";

/** Options of `findDates` and `parseDate`. */
export interface DateOptions {
  /**
   * The publication date, the reference for relative dates: `YYYY-MM-DD`, an ISO date-time or a
   * `Date`, read by the rule of `DateInput`.
   */
  ref: DateInput;
  /** IANA zone in which an instant (a `Date`, a date-time with an offset) is read. Default `"UTC"`. */
  zone?: string;
  /** How year-less dates and bare weekdays resolve when the text gives no tense. Default `"news"`. */
  prefer?: DatePreference;
}

/** Why `parseDate` found no single date expression. */
export type ParseDateReason = "empty" | "no-date" | "multiple-dates" | "partial";

/** What `parseDate` returns: the one date expression of the text, or why there is not exactly one. */
export type ParseDateResult =
  | { ok: true; value: DateMention }
  | { ok: false; reason: ParseDateReason; message: string };

/** Month-name system used by `formatArabicDate`. */
export type ArabicDateStyle = "egyptian" | "levantine" | "maghrebi" | "both";

/** Options of `formatArabicDate`: month-name system, digits and calendar. */
export interface FormatArabicDateOptions {
  /** Month names: Egyptian/Gulf (default), Levantine, Maghrebi, or "نوفمبر/تشرين الثاني". */
  style?: ArabicDateStyle;
  /** Latin (default) or Arabic-Indic digits. */
  digits?: "latin" | "arabic";
  /** Write a day in the Umm al-Qura Hijri calendar ("6 جمادى الآخرة 1447 هـ"). Default Gregorian. */
  calendar?: "gregorian" | "hijri";
  /** The mention's `mod`: prefixes مطلع / منتصف / أواخر. */
  mod?: DateMod;
}
