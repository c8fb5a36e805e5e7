import { CstoError } from "@csto/arabic-text";
import type {
  Chairmanship,
  Dataset,
  LeaderOffice,
  LeaderTerm,
  SecretaryGeneralTerm,
  Session,
  State,
} from "@csto/model";
import { toDateKey } from "../dates/to-date-key.js";
import { isMemberAfter } from "./membership-status.js";
import { firstDayOf, isInForce, periodOn } from "./period.js";
import { compareSessions, matchesOneOf, type SessionFilter } from "./session-filter.js";
import type { TimelineEvent, TimelineFilter } from "./timeline-event.js";

type DateInput = string | Date;

export interface LeaderOptions {
  /** Pick a specific office instead of the one that sits on the Collective Security Council. */
  office?: LeaderOffice;
}

/** The temporal half of `Queries`: what was true on a date. */
export interface TemporalQueries {
  membersOn(date: DateInput): State[];
  chairOn(date: DateInput): Chairmanship | undefined;
  secretaryGeneralOn(date: DateInput): SecretaryGeneralTerm | undefined;
  leaderOf(state: string, date: DateInput, options?: LeaderOptions): LeaderTerm | undefined;
  sessions(filter?: SessionFilter): Session[];
  sessionOn(date: DateInput): Session | undefined;
  nextSession(after: DateInput): Session | undefined;
  previousSession(before: DateInput): Session | undefined;
  timeline(filter?: TimelineFilter): TimelineEvent[];
}

// Armenia became a parliamentary republic on 2018-04-09: since then its prime minister, not
// its president, represents it on the Collective Security Council.
const councilOfficeChanges: Readonly<Record<string, { since: string; office: LeaderOffice }>> = {
  "state:ARM": { since: "2018-04-09", office: "prime-minister" },
};

const timelineKindOrder = { membership: 0, chairmanship: 1, "secretary-general": 2, session: 3 } as const;

/** Temporal queries over one dataset. Indexes are built on first use, not here. */
export function createTemporalQueries(dataset: Dataset): TemporalQueries {
  let sortedSessions: Session[] | undefined;
  let liveSessions: Session[] | undefined;
  const ordered = () => (sortedSessions ??= [...dataset.sessions].sort(compareSessions));
  const live = () => (liveSessions ??= ordered().filter((session) => session.status !== "cancelled"));

  return {
    membersOn(date) {
      const day = toDateKey(date);
      const members = new Set<string>();
      for (const membership of dataset.memberships) {
        let member = false;
        for (const event of membership.events) {
          if (firstDayOf(event.date) > day) break;
          member = isMemberAfter(event.type, member);
        }
        if (member) members.add(membership.state);
      }
      return dataset.states.filter((state) => members.has(state.id));
    },

    chairOn(date) {
      return periodOn(dataset.chairmanships, toDateKey(date));
    },

    secretaryGeneralOn(date) {
      return periodOn(dataset.secretaryGeneralTerms, toDateKey(date));
    },

    leaderOf(state, date, options = {}) {
      if (typeof state !== "string") throw new CstoError("INVALID_ARGUMENT", "leaderOf: state must be a state id");
      const day = toDateKey(date);
      const inForce = dataset.leaderTerms.filter((term) => term.state === state && isInForce(term, day));
      const change = councilOfficeChanges[state];
      const preferred = options.office ?? (change && day >= change.since ? change.office : "president");
      const order: LeaderOffice[] = options.office ? [options.office] : [preferred, "president", "head-of-state"];
      for (const office of order) {
        const term = periodOn(
          inForce.filter((candidate) => candidate.office === office),
          day,
        );
        if (term) return term;
      }
      return undefined;
    },

    sessions(filter = {}) {
      const from = filter.from === undefined ? undefined : toDateKey(filter.from, "from");
      const to = filter.to === undefined ? undefined : toDateKey(filter.to, "to");
      const city =
        filter.city === undefined ? undefined : filter.city.startsWith("city:") ? filter.city : `city:${filter.city}`;
      return ordered().filter(
        (session) =>
          (from === undefined || firstDayOf(session.endDate ?? session.date) >= from) &&
          (to === undefined || firstDayOf(session.date) <= to) &&
          (city === undefined || session.city === city) &&
          matchesOneOf(session.kind, filter.kind) &&
          matchesOneOf(session.status, filter.status),
      );
    },

    sessionOn(date) {
      const day = toDateKey(date);
      return live().find((session) => session.date <= day && day <= (session.endDate ?? session.date));
    },

    nextSession(after) {
      const day = toDateKey(after, "after");
      return live().find((session) => firstDayOf(session.date) > day);
    },

    previousSession(before) {
      const day = toDateKey(before, "before");
      return live().findLast((session) => firstDayOf(session.date) < day);
    },

    timeline(filter = {}) {
      const from = filter.from === undefined ? undefined : toDateKey(filter.from, "from");
      const to = filter.to === undefined ? undefined : toDateKey(filter.to, "to");
      const events: TimelineEvent[] = [];
      for (const membership of dataset.memberships) {
        for (const event of membership.events) {
          events.push({ date: event.date, kind: "membership", state: membership.state, event });
        }
      }
      for (const session of dataset.sessions) events.push({ date: session.date, kind: "session", session });
      for (const chairmanship of dataset.chairmanships) {
        events.push({ date: chairmanship.from, kind: "chairmanship", chairmanship });
      }
      for (const term of dataset.secretaryGeneralTerms) {
        events.push({ date: term.from, kind: "secretary-general", term });
      }
      return events
        .filter(
          (event) =>
            (from === undefined || firstDayOf(event.date) >= from) &&
            (to === undefined || firstDayOf(event.date) <= to) &&
            (filter.kinds === undefined || filter.kinds.includes(event.kind)),
        )
        .sort(
          (a, b) =>
            firstDayOf(a.date).localeCompare(firstDayOf(b.date)) ||
            timelineKindOrder[a.kind] - timelineKindOrder[b.kind],
        );
    },
  };
}
