import type { Dataset } from "@csto/model";
import type { AnalyzeArticle } from "./analyze/analyze-article.js";
import { createTextQueries, type TextQueries } from "./analyze/create-text-queries.js";
import { checkDataset } from "./dataset/check-dataset.js";
import { defaultDataset, isDefaultDataset } from "./dataset/default-dataset.js";
import { collectionOfKind } from "./entities/collection-of-kind.js";
import type { GetEntity } from "./entities/entity-of.js";
import { queryEntity } from "./entities/get-entity.js";
import type { LinkEntities } from "./linking/link-entities.js";
import type { SearchEntities } from "./search/search-entities.js";
import { createTemporalQueries, type TemporalQueries } from "./temporal/create-temporal-queries.js";

/** Every query of this package, bound to one dataset (what `createQueries` returns). */
export interface Queries extends TemporalQueries, TextQueries {
  /**
   * The record with this id, typed by the id's kind (`getEntity("state:RUS")` is a `State`),
   * or undefined when the dataset has none. Works for every id kind: state, city, person,
   * organisation, session, initiative and source.
   */
  getEntity: GetEntity;
  /**
   * States, cities, persons and organisations whose names match `query` in Arabic, English or
   * Russian (hamza, diacritics, proclitics and typos tolerated), best first, each with its
   * `kind` and a score in [0, 1]. Options: `kinds`, `limit` (default 10).
   */
  searchEntities: SearchEntities;
  /**
   * Every mention of a state, city, person or organisation of the dataset in an Arabic text,
   * with its entity id, kind and offsets into `text`.
   */
  linkEntities: LinkEntities;
  /**
   * Dates, entity mentions and the Council sessions an Arabic news article is about.
   * `options.published` is the reference for relative dates (a `DateInput`, read like
   * `findDates`' `ref`, in `options.zone`, default UTC).
   */
  analyzeArticle: AnalyzeArticle;
}

/**
 * Every query bound to `dataset` (default: the dataset of `@csto/model`). A dataset passed in
 * is validated first (`validateDataset`): an invalid one throws a `CstoError` coded
 * INVALID_DATASET naming the first problem (all of them in `cause`). It is then deep-frozen,
 * so that no caller can change the answers of another by editing a returned record. Nothing
 * is indexed until a query needs it.
 */
export function createQueries(dataset?: Dataset): Queries {
  const data = dataset === undefined || isDefaultDataset(dataset) ? defaultDataset() : checkDataset(dataset);
  return {
    ...createTemporalQueries(data),
    ...createTextQueries(data),
    getEntity: (id) => queryEntity(collectionOfKind(data), id),
  };
}
