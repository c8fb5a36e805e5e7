import type { TimeUnit } from "./lexicon/date-words.js";
import type { HolidayRule } from "./lexicon/holiday-lexicon.js";

/**
 * A year as written: absolute (2025), relative to ref (العام الماضي = -1), or the previous
 * date's year ("العام نفسه"; `plus` 1 for "العام التالي", -1 for "العام السابق").
 */
export type YearRef = { abs: number } | { rel: number } | { same: true; plus?: number };

/**
 * A month as written: a name (with an optional الماضي/المقبل), relative (الشهر الجاري), or the
 * same as before ("الشهر نفسه"; `of` for "منه", which names nothing without a month just before).
 */
export type MonthRef = { abs: number; direction?: -1 | 0 | 1 } | { rel: number } | { same: true; of?: true };

/** A century as its first two digits (19 = 1900–1999) or relative to ref (القرن الماضي = -1). */
export type CenturyRef = { abs: number } | { rel: number };

/** A further amount of a compound duration ("11 عاما وشهرين" = 11 years + 2 months). */
export interface DurationPart {
  amount: number;
  unit: TimeUnit;
}

/** One item of a coordinated list: its expression and its tokens (`prefix` clitic letters outside). */
export interface ListItem {
  expr: DateExpression;
  first: number;
  last: number;
  prefix: number;
}

export interface ClockTime {
  hour: number;
  minute: number;
  /** Seconds when the text gave them ("15:23:24"); only a bare clock time's value shows them. */
  second?: number;
  /** True when the text fixed the half of the day (صباحا، مساء، 22:30, PM): a day part around it changes nothing. */
  fixed?: true;
}

/** The parsed (unresolved) structure of one date expression. */
export type DateExpression =
  | {
      kind: "calendar";
      calendar: "gregorian" | "hijri";
      day?: number;
      month?: MonthRef;
      year?: YearRef;
      weekday?: number;
      time?: ClockTime;
      dayPart?: boolean;
      /** A dateline's year-less day: the occurrence nearest to ref, never the tense. */
      nearest?: true;
      /**
       * "الثلاثاء الثالث من سبتمبر": an ordinal day in words (1st–5th) right after the weekday,
       * which may also count weekdays (the third Tuesday); resolution keeps the date when the
       * weekday agrees with it and takes the n-th weekday otherwise.
       */
      ordinalAfterWeekday?: true;
    }
  /** `same`: "the same day" (اليوم نفسه، نفس اليوم), which names no day without a previous one. */
  | { kind: "relative-day"; offset: number; anaphora?: boolean; same?: true; time?: ClockTime; dayPart?: boolean }
  /** `week`: the day of the ISO week ref ± 7 days ("الخميس من الأسبوع القادم" = +1). */
  | { kind: "weekday"; weekday: number; direction?: -1 | 1; week?: -1 | 0 | 1; time?: ClockTime; dayPart?: boolean }
  | { kind: "period"; unit: "decade" | "year" | "month" | "week" | "day"; offset: number; anaphora?: boolean }
  | { kind: "part"; mod: "start" | "mid" | "end"; of: DateExpression }
  | { kind: "sub-year"; unit: "quarter" | "half"; index: number; of: DateExpression }
  | { kind: "range"; from: DateExpression; to: DateExpression }
  /** The n-th (n = -1: last) weekday of a month or year; weekday 0 is any day ("آخر يوم من السنة"). */
  /** With `from`, `of` is a day and the count runs after (1) or before (-1) it ("ثالث ثلاثاء بعد عيد الميلاد"). */
  | { kind: "nth-weekday"; n: number; weekday: number; of: DateExpression; from?: 1 | -1 }
  /** The n-th (n = -1: last) full Monday–Sunday week of a month ("آخر أسبوع من الشهر"). */
  | { kind: "nth-week"; n: number; of: DateExpression }
  /** Coordinated dates ("يومي 3 و9 مايو", "عامي 2019 و2020"): one mention per item, each with its own span. */
  | { kind: "list"; items: ListItem[] }
  | { kind: "duration"; amount: number; unit: TimeUnit; more?: DurationPart[] }
  | { kind: "decade"; tens: number; century?: CenturyRef }
  | { kind: "century"; century: CenturyRef }
  | { kind: "time"; time: ClockTime }
  | { kind: "holiday"; rule: HolidayRule; year?: YearRef; direction?: -1 | 1; orthodox?: boolean }
  | { kind: "hijri-year"; year: number };
