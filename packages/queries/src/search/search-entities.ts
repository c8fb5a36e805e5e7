import { CstoError, MAX_INPUT_LENGTH } from "@csto/arabic-text";
import type { City, Organization, Person, State } from "@csto/model";
import type { EntityCollections } from "../entities/entity-collections.js";
import { cliticReadings } from "../linking/clitics.js";
import { skeletonOf } from "../linking/name-key.js";
import type { LinkedKind } from "../linking/types.js";
import { ownOption, readOptions } from "../options/own-option.js";
import { boundedEditDistance, typoBudget } from "./edit-distance.js";
import { buildSearchIndex, type SearchName, searchWords } from "./search-index.js";

/** Options of `searchEntities`. */
export interface SearchOptions {
  /** Only these kinds (default: all four). */
  kinds?: readonly LinkedKind[];
  /** Maximum number of results (default 10). */
  limit?: number;
}

/**
 * One search hit: the kind of entity, its record (typed by the kind) and how well it matched,
 * in [0, 1]. Narrow on `kind` to get the record type: `if (hit.kind === "state") hit.entity.iso2`.
 */
export type SearchResult =
  | { kind: "state"; entity: State; score: number }
  | { kind: "city"; entity: City; score: number }
  | { kind: "person"; entity: Person; score: number }
  | { kind: "org"; entity: Organization; score: number };

/** `searchEntities`: entities whose names match a query in Arabic, English or Russian, best first. */
export type SearchEntities = (query: string, options?: SearchOptions) => SearchResult[];

const allKinds: readonly LinkedKind[] = ["state", "city", "person", "org"];
// Long queries are names, not documents: the cap keeps a pasted article cheap.
const maxQueryLength = 200;

/** Entity search over `dataset`; the index is built on the first call. */
export function createSearch(dataset: EntityCollections): SearchEntities {
  let index: SearchName[] | undefined;
  return (query, options) => {
    if (typeof query !== "string") {
      throw new CstoError("INVALID_INPUT", `searchEntities expects the query as a string, got ${typeof query}`);
    }
    if (query.length > MAX_INPUT_LENGTH) {
      throw new CstoError("INPUT_TOO_LARGE", `searchEntities accepts at most ${MAX_INPUT_LENGTH} UTF-16 units`);
    }
    const { kinds, limit } = checkOptions(options);
    const words = searchWords(query.slice(0, maxQueryLength)).slice(0, 8);
    if (words.length === 0 || words.join("").length < 2) return [];
    index ??= buildSearchIndex(dataset);
    const best = new Map<string, SearchResult>();
    for (const name of index) {
      if (!kinds.includes(name.kind)) continue;
      const score = scoreName(words, name);
      if (score <= 0) continue;
      const previous = best.get(name.record.id);
      if (previous === undefined || previous.score < score) {
        best.set(name.record.id, { kind: name.kind, entity: name.record, score } as SearchResult);
      }
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id))
      .slice(0, limit);
  };
}

function checkOptions(input: SearchOptions | undefined): { kinds: readonly LinkedKind[]; limit: number } {
  const options = readOptions(input, "searchEntities options");
  const limit = ownOption(options, "limit") ?? 10;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new CstoError("INVALID_OPTION", `limit must be a non-negative integer, got ${String(limit)}`);
  }
  const kinds = ownOption(options, "kinds") ?? allKinds;
  if (!Array.isArray(kinds) || kinds.some((kind) => !allKinds.includes(kind))) {
    throw new CstoError("INVALID_OPTION", `kinds must be an array of ${allKinds.join(", ")}`);
  }
  return { kinds, limit };
}

/** Score of one query against one spelling: exact > clitic/word > skeleton > prefix > typo. */
function scoreName(queryWords: readonly string[], name: SearchName): number {
  const query = queryWords.join(" ");
  if (query === name.key) return name.weight;
  let score = 0;
  // A query with proclitics (بموسكو، للكرملين) or naming one word of a longer name (Putin).
  if (queryWords.length === 1) {
    const readings = cliticReadings(query);
    for (const reading of readings) {
      if (reading.base === name.key) score = Math.max(score, 0.95);
      else if (name.words.length > 1 && name.words.includes(reading.base) && reading.base.length >= 3) {
        score = Math.max(score, reading.stripped === 0 ? 0.92 : 0.88);
      }
    }
  }
  const querySkeleton = queryWords.map(skeletonOf).join(" ");
  if (query.length >= 5 && querySkeleton === name.skeleton) score = Math.max(score, 0.9);
  if (query.length >= 3 && name.key.startsWith(query))
    score = Math.max(score, 0.6 + 0.3 * (query.length / name.key.length));
  const budget = typoBudget(query.length);
  if (budget > 0 && score < 0.85) {
    const whole = boundedEditDistance(query, name.key, budget);
    if (whole <= budget) score = Math.max(score, 0.88 - 0.1 * whole);
    if (queryWords.length === 1 && name.words.length > 1) {
      for (const word of name.words) {
        const wordBudget = Math.min(budget, typoBudget(word.length));
        if (wordBudget === 0) continue;
        const distance = boundedEditDistance(query, word, wordBudget);
        if (distance <= wordBudget) score = Math.max(score, 0.83 - 0.1 * distance);
      }
    }
  }
  return Math.min(1, score * (name.weight < 1 ? name.weight + 0.05 : 1));
}
