import type { Dataset } from "@csto/model";
import { dataset as defaultDataset } from "@csto/model/data";
import { createTextQueries, type TextQueries } from "./analyze/create-text-queries.js";
import { createTemporalQueries, type TemporalQueries } from "./temporal/create-temporal-queries.js";

/** Every query of this package, bound to one dataset. */
export interface Queries extends TemporalQueries, TextQueries {}

/**
 * Queries over `dataset` (default: the dataset of `@csto/model`). Nothing is indexed until a
 * query needs it, so creating queries is cheap.
 */
export function createQueries(dataset: Dataset = defaultDataset): Queries {
  return { ...createTemporalQueries(dataset), ...createTextQueries(dataset) };
}

let defaultQueries: Queries | undefined;

/** The queries over the default dataset, created on first use. */
export function getDefaultQueries(): Queries {
  defaultQueries ??= createQueries();
  return defaultQueries;
}
