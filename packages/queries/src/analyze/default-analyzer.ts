import { findDates } from "@csto/arabic-text";
import { dataset } from "@csto/model/data";
import { linkEntities } from "../linking/default-linker.js";
import { type AnalyzeArticle, createAnalyzer } from "./analyze-article.js";

let defaultAnalyzer: AnalyzeArticle | undefined;

/**
 * Dates (resolved against `published`), entity mentions and the CSTO sessions an Arabic article
 * is about, best first with their evidence. Throws a `CstoError` (INVALID_DATE) when
 * `published` is not a date.
 */
export const analyzeArticle: AnalyzeArticle = (text, options) => {
  defaultAnalyzer ??= createAnalyzer(dataset, { linkEntities, findDates });
  return defaultAnalyzer(text, options);
};
