import { dataset } from "@csto/model/data";
import { createSearch, type SearchEntities } from "./search-entities.js";

let defaultSearch: SearchEntities | undefined;

/** Finds states, cities, persons and organisations of the default dataset by any name, in any script. */
export const searchEntities: SearchEntities = (query, options) => {
  defaultSearch ??= createSearch(dataset);
  return defaultSearch(query, options);
};
