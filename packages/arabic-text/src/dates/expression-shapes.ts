import type { DateExpression } from "./date-expression.js";

// Rules build the same kinds of expression in dozens of places, each with its own subset of
// the optional fields, and the resolvers then read fields most of them lack. V8 gives every
// subset its own hidden class, so those reads go megamorphic and a missing field costs a slow
// lookup. These constructors give each kind one shape: every field present, in one order,
// undefined when absent (the types keep them optional; no code tests a field with `in`).

type CalendarExpression = Extract<DateExpression, { kind: "calendar" }>;
type RelativeDayExpression = Extract<DateExpression, { kind: "relative-day" }>;
type WeekdayExpression = Extract<DateExpression, { kind: "weekday" }>;

/** A calendar expression in the one shape of its kind. */
export function calendarExpr(p: CalendarExpression): CalendarExpression {
  return {
    kind: "calendar",
    calendar: p.calendar,
    day: p.day,
    month: p.month,
    year: p.year,
    weekday: p.weekday,
    time: p.time,
    dayPart: p.dayPart,
    nearest: p.nearest,
    ordinalAfterWeekday: p.ordinalAfterWeekday,
  };
}

/** A relative-day expression in the one shape of its kind. */
export function relativeDayExpr(p: RelativeDayExpression): RelativeDayExpression {
  return {
    kind: "relative-day",
    offset: p.offset,
    anaphora: p.anaphora,
    same: p.same,
    time: p.time,
    dayPart: p.dayPart,
  };
}

/** A weekday expression in the one shape of its kind. */
export function weekdayExpr(p: WeekdayExpression): WeekdayExpression {
  return {
    kind: "weekday",
    weekday: p.weekday,
    direction: p.direction,
    week: p.week,
    time: p.time,
    dayPart: p.dayPart,
  };
}

type PeriodExpression = Extract<DateExpression, { kind: "period" }>;
type DurationExpression = Extract<DateExpression, { kind: "duration" }>;
type HolidayExpression = Extract<DateExpression, { kind: "holiday" }>;
type NthWeekdayExpression = Extract<DateExpression, { kind: "nth-weekday" }>;
type DecadeExpression = Extract<DateExpression, { kind: "decade" }>;

/** A period expression in the one shape of its kind. */
export function periodExpr(p: PeriodExpression): PeriodExpression {
  return { kind: "period", unit: p.unit, offset: p.offset, anaphora: p.anaphora };
}

/** A duration expression in the one shape of its kind. */
export function durationExpr(p: DurationExpression): DurationExpression {
  return { kind: "duration", amount: p.amount, unit: p.unit, more: p.more };
}

/** A holiday expression in the one shape of its kind. */
export function holidayExpr(p: HolidayExpression): HolidayExpression {
  return { kind: "holiday", rule: p.rule, year: p.year, direction: p.direction, orthodox: p.orthodox };
}

/** An n-th weekday expression in the one shape of its kind. */
export function nthWeekdayExpr(p: NthWeekdayExpression): NthWeekdayExpression {
  return { kind: "nth-weekday", n: p.n, weekday: p.weekday, of: p.of, from: p.from };
}

/** A decade expression in the one shape of its kind. */
export function decadeExpr(p: DecadeExpression): DecadeExpression {
  return { kind: "decade", tens: p.tens, century: p.century };
}
