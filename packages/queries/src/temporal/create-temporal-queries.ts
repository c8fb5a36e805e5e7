import type { DateInput } from "@csto/arabic-text";
import type { Chairmanship, Dataset, LeaderTerm, SecretaryGeneralTerm, Session, State, StateId } from "@csto/model";
import { type LeaderOptions, queryLeaderOf } from "./leader-of.js";
import { queryMembersOn } from "./members-on.js";
import { queryChairOn, querySecretaryGeneralOn } from "./period-queries.js";
import type { SessionFilter } from "./session-filter.js";
import { queryNextSession, queryPreviousSession, querySessionOn, querySessions } from "./session-queries.js";
import { queryTimeline } from "./timeline.js";
import type { TimelineEvent, TimelineFilter } from "./timeline-event.js";

export type { LeaderOptions } from "./leader-of.js";

/**
 * The temporal half of `Queries`: what was true on a date. Every date argument is a
 * `DateInput` (`YYYY-MM-DD`, an ISO date-time, or a `Date`, instants read in UTC); anything
 * else throws a `CstoError` coded INVALID_DATE. Periods are `from` inclusive, `to` exclusive.
 */
export interface TemporalQueries {
  /**
   * The states that were party to the Collective Security Treaty on `date`, in dataset order.
   * Signatories count from the day they signed; a frozen participation (Armenia since 2024)
   * still counts, a suspended one (Uzbekistan 2012) does not.
   */
  membersOn(date: DateInput): State[];
  /** The rotating chairmanship in force on `date` (it changes hands on the successor's first day), or undefined. */
  chairOn(date: DateInput): Chairmanship | undefined;
  /** The secretary-general's term in force on `date` (acting terms included), or undefined. */
  secretaryGeneralOn(date: DateInput): SecretaryGeneralTerm | undefined;
  /**
   * The term of the leader of `state` on `date`: by default the one who sits on the Collective
   * Security Council (Armenia's prime minister since 2018-04-09, elsewhere the president, else
   * another head of state); with `options.office`, the holder of that office. Undefined when
   * nobody is known. `state` must be a state id (`"state:RUS"`, not `"RUS"`).
   */
  leaderOf(state: StateId, date: DateInput, options?: LeaderOptions): LeaderTerm | undefined;
  /** The sessions of the Collective Security Council that match `filter`, in date order. */
  sessions(filter?: SessionFilter): Session[];
  /** The session held on `date` (any of its days), cancelled sessions left out, or undefined. */
  sessionOn(date: DateInput): Session | undefined;
  /** The first session that starts after `after` (held or scheduled, not cancelled), or undefined. */
  nextSession(after: DateInput): Session | undefined;
  /** The last session that started before `before` (not cancelled), or undefined. */
  previousSession(before: DateInput): Session | undefined;
  /**
   * Every dated event of the organisation's history (membership events, chairmanships,
   * secretaries-general, sessions) that matches `filter`, in date order.
   */
  timeline(filter?: TimelineFilter): TimelineEvent[];
}

/** Temporal queries over one dataset. Indexes are built on first use, not here. */
export function createTemporalQueries(dataset: Dataset): TemporalQueries {
  return {
    membersOn: (date) => queryMembersOn(dataset, date),
    chairOn: (date) => queryChairOn(dataset, date),
    secretaryGeneralOn: (date) => querySecretaryGeneralOn(dataset, date),
    leaderOf: (state, date, options) => queryLeaderOf(dataset, state, date, options),
    sessions: (filter) => querySessions(dataset, filter),
    sessionOn: (date) => querySessionOn(dataset, date),
    nextSession: (after) => queryNextSession(dataset, after),
    previousSession: (before) => queryPreviousSession(dataset, before),
    timeline: (filter) => queryTimeline(dataset, filter),
  };
}
