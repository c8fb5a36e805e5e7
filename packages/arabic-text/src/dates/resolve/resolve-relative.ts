import type { DateExpression } from "../date-expression.js";
import { dayResult } from "./resolve-calendar.js";
import type { Resolved, ResolveEnv } from "./resolve-types.js";
import { resolvedAs } from "./resolve-types.js";
import { addToDay, isoWeekday, monthValue, weekValue, yearValue } from "./timex-value.js";

type Of<K extends DateExpression["kind"]> = Extract<DateExpression, { kind: K }>;

/**
 * اليوم/أمس/غدا (rule 1), counted from the speech day inside a dated quotation; اليوم التالي/نفسه
 * against the previous date (rule 6).
 */
export function resolveRelativeDay(e: Of<"relative-day">, env: ResolveEnv): Resolved | undefined {
  const p = env.previous;
  // "ووقع الاتفاق في نفس اليوم" with no day before it: the day is one the text did not date.
  if (e.same && (p?.day === undefined || p.month === undefined)) return undefined;
  const base =
    e.anaphora && p?.day !== undefined && p.month !== undefined
      ? { year: p.year, month: p.month, day: p.day }
      : (env.speechDay() ?? env.ref);
  return dayResult(addToDay(base, { days: e.offset }), e, true, "gregorian");
}

/**
 * Weekdays (rule 2): الماضي → latest strictly before ref; المقبل → first strictly after ref
 * ("الجمعة المقبلة" said on a Tuesday is 3 days later); bare → the tense decides (an imperfect
 * with no tense, "يلتقي الفريق نظيره الخميس", points to the coming day), else the nearest
 * (ties to the past).
 */
export function resolveWeekday(e: Of<"weekday">, env: ResolveEnv): Resolved {
  const refWeekday = isoWeekday(env.ref);
  const back = (refWeekday - e.weekday + 7) % 7;
  const forward = (e.weekday - refWeekday + 7) % 7;
  let offset: number;
  // "خميس الأسبوع الجاي": that day of the Monday–Sunday week of ref ± 7 days.
  if (e.week !== undefined) offset = e.weekday - refWeekday + 7 * e.week;
  else if (e.direction === -1) offset = -(back || 7);
  else if (e.direction === 1) offset = forward || 7;
  else {
    const tense = env.tense();
    if (tense === "past") offset = -back;
    else if (tense === "future" || tense === "present") offset = forward;
    else offset = back <= forward ? -back : forward;
  }
  return dayResult(addToDay(env.ref, { days: offset }), e, true, "gregorian");
}

/** العام/الشهر/الأسبوع + الماضي/المقبل/الجاري (rule 3), العام نفسه/التالي (rule 6), قبل عامين. */
export function resolvePeriod(e: Of<"period">, env: ResolveEnv): Resolved {
  const p = env.previous;
  if (e.unit === "decade") {
    // "العقد الماضي" said in 2025 = the 2010s.
    const value = String(Math.floor(env.ref.year / 10) + e.offset);
    return resolvedAs({ value, grain: "decade", calendar: "gregorian", relative: true });
  }
  if (e.unit === "year") {
    const base = e.anaphora && p ? p.year : env.ref.year;
    const year = base + e.offset;
    return resolvedAs({
      value: yearValue(year),
      grain: "year",
      calendar: "gregorian",
      relative: true,
      anchor: { year },
    });
  }
  if (e.unit === "month") {
    const base =
      e.anaphora && p?.month !== undefined ? { year: p.year, month: p.month, day: 1 } : { ...env.ref, day: 1 };
    const d = addToDay(base, { months: e.offset });
    return resolvedAs({
      value: monthValue(d.year, d.month),
      grain: "month",
      calendar: "gregorian",
      relative: true,
      anchor: { year: d.year, month: d.month },
    });
  }
  if (e.unit === "week") {
    const base =
      e.anaphora && p?.day !== undefined && p.month !== undefined
        ? { year: p.year, month: p.month, day: p.day }
        : env.ref;
    const d = addToDay(base, { weeks: e.offset });
    return resolvedAs({
      value: weekValue(d),
      grain: "week",
      calendar: "gregorian",
      relative: true,
      anchor: { year: d.year },
    });
  }
  return dayResult(addToDay(env.ref, { days: e.offset }), {}, true, "gregorian");
}
