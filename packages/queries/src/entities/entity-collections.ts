import type { Dataset } from "@csto/model";

/** The collections of named entities that search and linking read. */
export type EntityCollections = Pick<Dataset, "states" | "cities" | "persons" | "organizations">;
