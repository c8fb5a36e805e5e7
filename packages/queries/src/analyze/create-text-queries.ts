import { findDates } from "@csto/arabic-text";
import type { Dataset } from "@csto/model";
import type { LinkEntities } from "../linking/link-entities.js";
import { createSearch, type SearchEntities } from "../search/search-entities.js";
import { createAnalysisLinker } from "./analysis-keywords.js";
import { type AnalyzeArticle, createAnalyzer } from "./analyze-article.js";

/** The text half of `Queries`: search, linking and article analysis over one dataset. */
export interface TextQueries {
  searchEntities: SearchEntities;
  linkEntities: LinkEntities;
  analyzeArticle: AnalyzeArticle;
}

/**
 * Text queries over `dataset`, for `createQueries` to spread into its result. Nothing is built
 * here: the gazetteer and the search index are built on the first call that needs them.
 */
export function createTextQueries(dataset: Dataset): TextQueries {
  const linkDocument = createAnalysisLinker(dataset);
  const linkEntities: LinkEntities = (text) => linkDocument(text).mentions;
  return {
    searchEntities: createSearch(dataset),
    linkEntities,
    analyzeArticle: createAnalyzer(dataset, { linkDocument, findDates }),
  };
}
