export { type AnalyzeArticle, type AnalyzerTools, createAnalyzer } from "./analyze-article.js";
export { createTextQueries, type TextQueries } from "./create-text-queries.js";
export type {
  AnalyzeOptions,
  ArticleAnalysis,
  ArticleDate,
  FindDates,
  SessionCandidate,
  SessionEvidence,
  SessionRole,
} from "./types.js";
