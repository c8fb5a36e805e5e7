import type { DateConflict, DateGrain, DateMod } from "../types.js";
import type { TenseReading } from "./tense.js";
import type { CalendarDay } from "./umm-al-qura.js";

/** The date a later anaphor ("العام نفسه", "اليوم التالي") refers back to. */
export interface Anchor {
  year: number;
  month?: number;
  day?: number;
}

export interface ResolveEnv {
  ref: CalendarDay;
  /** Tense around the expression, computed only when a rule needs it ("present": an imperfect governs it). */
  tense: () => TenseReading | undefined;
  /**
   * The day a quotation was spoken, when the expression stands in one whose speech day the
   * sentence gives ("وقال الوزير أمس: «نجتمع اليوم»"); relative days count from it.
   */
  speechDay: () => CalendarDay | undefined;
  /**
   * The previous date, when it carried a written year more than a year from ref and stands in
   * the same sentence: a year-less month or day then takes the year nearest to it.
   */
  narrativeAnchor: () => Anchor | undefined;
  /**
   * The previous date when it has a month and ends in the expression's sentence or the one
   * before, with no Hijri month between ("في 2 مارس، وغادرها في الـ 6 منه").
   */
  monthBefore: () => Anchor | undefined;
  previous: Anchor | undefined;
}

export interface Resolved {
  value: string;
  grain: DateGrain;
  calendar: "gregorian" | "hijri";
  relative: boolean;
  mod?: DateMod;
  anchor?: Anchor;
  /** Set when the text contradicts itself (a weekday that is not the date's). */
  conflict?: DateConflict;
  /**
   * For a named Gregorian month (نوفمبر، 11 نوفمبر): `guessed` when nothing in its sentence
   * decided its year (no written year, direction word, tense or narrative year: the nearest was
   * taken, and the document may still say which), `decided` otherwise.
   */
  yearBasis?: "guessed" | "decided";
}

/** How to choose among the occurrences of a year-less date (rules 2, 4 and 5 of DATES.md). */
export type Choice = "before" | "after" | "on-or-before" | "on-or-after" | "nearest";

/** The choice for a direction word (-1 الماضي, +1 المقبل) or, without one, the tense. */
export function choiceFor(direction: -1 | 0 | 1 | undefined, env: ResolveEnv): Choice {
  if (direction === -1) return "before";
  if (direction === 1) return "after";
  const tense = env.tense();
  return tense === "past" ? "on-or-before" : tense === "future" ? "on-or-after" : "nearest";
}

function distance(x: { start: number; end: number }, ref: number): number {
  return ref < x.start ? x.start - ref : ref > x.end ? ref - x.end : 0;
}

/**
 * Picks one candidate given as an interval [start, end] of comparable keys (epoch days or
 * month numbers), relative to `ref`. Candidates are sorted ascending.
 */
export function pickOccurrence<T>(
  candidates: { item: T; start: number; end: number }[],
  ref: number,
  choice: Choice,
): T | undefined {
  let best: { item: T; start: number; end: number } | undefined;
  for (const c of candidates) {
    switch (choice) {
      case "before":
        if (c.end < ref) best = c;
        break;
      case "on-or-before":
        if (c.start <= ref) best = c;
        break;
      case "after":
        if (!best && c.start > ref) best = c;
        break;
      case "on-or-after":
        if (!best && c.end >= ref) best = c;
        break;
      case "nearest":
        // Ties go to the past: news reports more than it announces.
        if (!best || distance(c, ref) < distance(best, ref)) best = c;
        break;
    }
  }
  return best?.item;
}

/**
 * A resolution in the one shape every resolver returns (every field present, undefined when
 * absent): the scan reads `mod`, `anchor` and `conflict` of each, and a different field
 * subset per resolver would make those reads megamorphic.
 */
export function resolvedAs(r: Resolved): Resolved {
  return {
    value: r.value,
    grain: r.grain,
    calendar: r.calendar,
    relative: r.relative,
    mod: r.mod,
    anchor: r.anchor,
    conflict: r.conflict,
    yearBasis: r.yearBasis,
  };
}
