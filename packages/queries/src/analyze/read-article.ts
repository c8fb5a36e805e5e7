import type { LinkedDocument } from "../linking/link-entities.js";
import { readDateValue } from "./date-evidence.js";
import { referenceCue } from "./reference-cues.js";
import type { ArticleDateFact, ArticleEntityFact, ArticleFacts } from "./session-features.js";
import { findSummitWords } from "./summit-words.js";
import type { ArticleDate } from "./types.js";

// The headline and dateline: a venue named there is what the article is about.
const leadLength = 300;

/** Index in the normalized text of input offset `offset` (the map is non-decreasing). */
function normalizedIndex(map: Int32Array, offset: number): number {
  let low = 0;
  let high = map.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (map[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Reads, once per article, everything the candidate sessions share. */
export function readArticleFacts(
  input: string,
  linked: LinkedDocument,
  dates: readonly ArticleDate[],
  published: string,
  publishedDay: number,
): ArticleFacts {
  const { normalized, map } = linked;
  const cueAt = (start: number, end: number) =>
    referenceCue(normalized, normalizedIndex(map, start), normalizedIndex(map, end));
  const dateFacts: ArticleDateFact[] = [];
  const years = new Set<string>();
  for (const mention of dates) {
    const span = readDateValue(mention.value);
    if (span.grain === "other") continue;
    if (span.grain === "year") years.add(span.year);
    dateFacts.push({ mention, span, cue: span.grain === "year" ? undefined : cueAt(mention.start, mention.end) });
  }
  const entities = new Map<string, ArticleEntityFact[]>();
  for (const mention of linked.mentions) {
    // Cues matter for venues only; people and states carry no time.
    const cue = mention.kind === "city" ? cueAt(mention.start, mention.end) : undefined;
    const list = entities.get(mention.id);
    if (list === undefined) entities.set(mention.id, [{ mention, cue }]);
    else list.push({ mention, cue });
  }
  return {
    dates: dateFacts,
    entities,
    published,
    publishedDay,
    summitWords: findSummitWords(normalized).map((found) => found.word),
    years,
    leadEnd: Math.min(input.length, leadLength),
  };
}
