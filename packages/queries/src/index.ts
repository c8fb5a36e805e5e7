export type { CstoErrorCode, DateInput } from "@csto/arabic-text";
export { CstoError } from "@csto/arabic-text";
export type {
  AnalyzeArticle,
  AnalyzeOptions,
  ArticleAnalysis,
  ArticleDate,
  SessionCandidate,
  SessionEvidence,
  SessionRole,
  TextQueries,
} from "./analyze/index.js";
export {
  analyzeArticle,
  chairOn,
  getEntity,
  leaderOf,
  linkEntities,
  membersOn,
  nextSession,
  previousSession,
  searchEntities,
  secretaryGeneralOn,
  sessionOn,
  sessions,
  timeline,
} from "./bound-queries.js";
export { createQueries, type Queries } from "./create-queries.js";
export type { EntityOf, GetEntity } from "./entities/entity-of.js";
export type {
  EntityMention,
  EntityRecord,
  LinkEntities,
  LinkedKind,
} from "./linking/index.js";
export type {
  SearchEntities,
  SearchOptions,
  SearchResult,
} from "./search/index.js";
export type { LeaderOptions, TemporalQueries } from "./temporal/create-temporal-queries.js";
export type { SessionFilter } from "./temporal/session-filter.js";
export type { TimelineEvent, TimelineEventKind, TimelineFilter } from "./temporal/timeline-event.js";
