export type { CstoErrorCode } from "@csto/arabic-text";
export { CstoError } from "@csto/arabic-text";
export {
  type AnalyzeArticle,
  type AnalyzeOptions,
  type AnalyzerTools,
  type ArticleAnalysis,
  type ArticleDate,
  analyzeArticle,
  createAnalyzer,
  createTextQueries,
  type FindDates,
  type SessionCandidate,
  type SessionEvidence,
  type TextQueries,
} from "./analyze/index.js";
export {
  chairOn,
  leaderOf,
  membersOn,
  nextSession,
  previousSession,
  secretaryGeneralOn,
  sessionOn,
  sessions,
  timeline,
} from "./bound-queries.js";
export { createQueries, type Queries } from "./create-queries.js";
export { type DateInput, toDateKey } from "./dates/to-date-key.js";
export {
  createLinker,
  type EntityMention,
  type EntityRecord,
  type LinkEntities,
  type LinkedKind,
  linkEntities,
} from "./linking/index.js";
export {
  createSearch,
  type SearchEntities,
  type SearchOptions,
  type SearchResult,
  searchEntities,
} from "./search/index.js";
export type { LeaderOptions, TemporalQueries } from "./temporal/create-temporal-queries.js";
export type { SessionFilter } from "./temporal/session-filter.js";
export type { TimelineEvent, TimelineEventKind, TimelineFilter } from "./temporal/timeline-event.js";
