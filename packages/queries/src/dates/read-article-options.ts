import { CstoError } from "@csto/arabic-text";
import type { AnalyzeOptions } from "../analyze/types.js";
import { ownOption } from "../options/own-option.js";
import { toDateKey } from "./to-date-key.js";

/**
 * The options of `analyzeArticle`, read as own properties: `published` by the same rule as
 * `findDates`' `ref` (so both accept exactly the same values), in `zone` (default UTC).
 * Returns the publication day as `YYYY-MM-DD`.
 */
export function readArticleOptions(options: unknown): { published: string; zone: string } {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new CstoError("INVALID_OPTION", "analyzeArticle needs options { published }");
  }
  const zone = ownOption(options as AnalyzeOptions, "zone") ?? "UTC";
  const published = toDateKey(ownOption(options as AnalyzeOptions, "published"), "published", zone);
  return { published, zone };
}
