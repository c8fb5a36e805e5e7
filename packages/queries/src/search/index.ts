export { createSearch, type SearchEntities, type SearchOptions, type SearchResult } from "./search-entities.js";
