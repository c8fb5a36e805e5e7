// The queries bound to the dataset of @csto/model, for `import { chairOn } from "@csto/queries"`.
// Each function reads only the collections it needs, each through its own getter, so a bundle
// that imports only `chairOn` carries only the chairmanships (no other data, no text tools).
import { type DateInput, findDates, type PreparedText } from "@csto/arabic-text";
import type { Chairmanship, LeaderTerm, RecordId, SecretaryGeneralTerm, Session, State, StateId } from "@csto/model";
import { createAnalysisLinker } from "./analyze/analysis-keywords.js";
import { type AnalyzeArticle, createAnalyzer } from "./analyze/analyze-article.js";
import type { AnalyzeOptions, ArticleAnalysis } from "./analyze/types.js";
import {
  defaultChairmanships,
  defaultCities,
  defaultInitiatives,
  defaultLeaderTerms,
  defaultMemberships,
  defaultOrganizations,
  defaultPersons,
  defaultSecretaryGeneralTerms,
  defaultSessions,
  defaultSources,
  defaultStates,
} from "./dataset/default-collections.js";
import { defaultDataset } from "./dataset/default-dataset.js";
import { defaultEntityCollections } from "./dataset/default-entity-collections.js";
import type { EntityOf } from "./entities/entity-of.js";
import { queryEntity } from "./entities/get-entity.js";
import type { LinkDocument } from "./linking/link-entities.js";
import type { EntityMention } from "./linking/types.js";
import { createSearch, type SearchEntities, type SearchOptions, type SearchResult } from "./search/search-entities.js";
import { type LeaderOptions, queryLeaderOf } from "./temporal/leader-of.js";
import { queryMembersOn } from "./temporal/members-on.js";
import { queryChairOn, querySecretaryGeneralOn } from "./temporal/period-queries.js";
import type { SessionFilter } from "./temporal/session-filter.js";
import { queryNextSession, queryPreviousSession, querySessionOn, querySessions } from "./temporal/session-queries.js";
import { queryTimeline } from "./temporal/timeline.js";
import type { TimelineEvent, TimelineFilter } from "./temporal/timeline-event.js";

/**
 * The states that were party to the Collective Security Treaty on `date`, in dataset order.
 * Signatories count from the day they signed; a frozen participation (Armenia since 2024)
 * still counts, a suspended one (Uzbekistan 2012) does not.
 *
 * @param date `YYYY-MM-DD`, an ISO date-time or a `Date` (instants read in UTC); anything else
 *   throws a `CstoError` coded INVALID_DATE.
 */
export function membersOn(date: DateInput): State[] {
  return queryMembersOn({ memberships: defaultMemberships(), states: defaultStates() }, date);
}

/**
 * The rotating chairmanship in force on `date`, or undefined (before 2001). Periods are `from`
 * inclusive, `to` exclusive: the chair changes hands on the successor's first day.
 *
 * @param date a `DateInput`; anything else throws INVALID_DATE.
 */
export function chairOn(date: DateInput): Chairmanship | undefined {
  return queryChairOn({ chairmanships: defaultChairmanships() }, date);
}

/**
 * The secretary-general's term in force on `date` (acting terms included), or undefined.
 *
 * @param date a `DateInput`; anything else throws INVALID_DATE.
 */
export function secretaryGeneralOn(date: DateInput): SecretaryGeneralTerm | undefined {
  return querySecretaryGeneralOn({ secretaryGeneralTerms: defaultSecretaryGeneralTerms() }, date);
}

/**
 * The term of the leader of `state` on `date`: by default the one who sits on the Collective
 * Security Council (Armenia's prime minister since 2018-04-09, elsewhere the president, else
 * another head of state); with `options.office`, the holder of that office. Undefined when
 * nobody is known.
 *
 * @param state a state id, `"state:RUS"` (a bare `"RUS"` does not compile).
 * @param date a `DateInput`; anything else throws INVALID_DATE.
 */
export function leaderOf(state: StateId, date: DateInput, options?: LeaderOptions): LeaderTerm | undefined {
  return queryLeaderOf({ leaderTerms: defaultLeaderTerms() }, state, date, options);
}

/**
 * The sessions of the Collective Security Council that match `filter` (period `from`
 * inclusive, `to` exclusive; city id; kind; status), in date order.
 */
export function sessions(filter?: SessionFilter): Session[] {
  return querySessions({ sessions: defaultSessions() }, filter);
}

/**
 * The session held on `date` (any of its days), cancelled sessions left out, or undefined.
 *
 * @param date a `DateInput`; anything else throws INVALID_DATE.
 */
export function sessionOn(date: DateInput): Session | undefined {
  return querySessionOn({ sessions: defaultSessions() }, date);
}

/**
 * The first session that starts after `after` (held or scheduled, not cancelled), or undefined.
 *
 * @param after a `DateInput`; anything else throws INVALID_DATE.
 */
export function nextSession(after: DateInput): Session | undefined {
  return queryNextSession({ sessions: defaultSessions() }, after);
}

/**
 * The last session that started before `before` (not cancelled), or undefined.
 *
 * @param before a `DateInput`; anything else throws INVALID_DATE.
 */
export function previousSession(before: DateInput): Session | undefined {
  return queryPreviousSession({ sessions: defaultSessions() }, before);
}

/**
 * Every dated event of the organisation's history (membership events, chairmanships,
 * secretaries-general, sessions) that matches `filter` (`from` inclusive, `to` exclusive,
 * `kinds`), in date order.
 */
export function timeline(filter?: TimelineFilter): TimelineEvent[] {
  return queryTimeline(
    {
      memberships: defaultMemberships(),
      sessions: defaultSessions(),
      chairmanships: defaultChairmanships(),
      secretaryGeneralTerms: defaultSecretaryGeneralTerms(),
    },
    filter,
  );
}

/**
 * The record with this id, typed by the id's kind (`getEntity("state:RUS")` is a `State`,
 * `getEntity("session:2025-11-27-bishkek")` a `Session`), or undefined when there is none.
 * Works for every id kind: state, city, person, organisation, session, initiative, source.
 */
export function getEntity<Id extends RecordId>(id: Id): EntityOf<Id> | undefined {
  return queryEntity((kind) => {
    switch (kind) {
      case "state":
        return defaultStates();
      case "city":
        return defaultCities();
      case "person":
        return defaultPersons();
      case "org":
        return defaultOrganizations();
      case "session":
        return defaultSessions();
      case "initiative":
        return defaultInitiatives();
      case "src":
        return defaultSources();
    }
  }, id);
}

let search: SearchEntities | undefined;

/**
 * States, cities, persons and organisations whose names match `query` in Arabic, English or
 * Russian (hamza, diacritics, proclitics and typos tolerated), best first, each with its `kind`
 * and a score in [0, 1]. A non-string query finds nothing.
 *
 * @param options `kinds` (default all four), `limit` (default 10); a bad option throws
 *   INVALID_OPTION.
 */
export function searchEntities(query: string, options?: SearchOptions): SearchResult[] {
  search ??= createSearch(defaultEntityCollections());
  return search(query, options);
}

let linker: LinkDocument | undefined;

function defaultLinker(): LinkDocument {
  linker ??= createAnalysisLinker(defaultEntityCollections());
  return linker;
}

/**
 * Every mention of a state, city, person or organisation of the dataset in an Arabic text, in
 * text order, each with its entity id, kind and offsets (`text.slice(start, end)` is the
 * surface). The text may be a `prepareText` document (its normalization and tokens are reused).
 */
export function linkEntities(text: string | PreparedText): EntityMention[] {
  return defaultLinker()(text).mentions;
}

let analyzer: AnalyzeArticle | undefined;

/**
 * Dates, entity mentions and the Council sessions an Arabic news article is about, best first.
 * The text may be a `prepareText` document.
 *
 * @param options `published`: the publication date, the reference for relative dates, read
 *   exactly like `findDates`' `ref` (a `DateInput`, instants in `zone`, default UTC).
 */
export function analyzeArticle(text: string | PreparedText, options: AnalyzeOptions): ArticleAnalysis {
  analyzer ??= createAnalyzer(defaultDataset(), { linkDocument: defaultLinker(), findDates });
  return analyzer(text, options);
}
