import type { EntityCollections } from "../entities/entity-collections.js";
import { defaultCities, defaultOrganizations, defaultPersons, defaultStates } from "./default-collections.js";

/** The named-entity collections of the default dataset (what search and linking read). */
export function defaultEntityCollections(): EntityCollections {
  return {
    states: defaultStates(),
    cities: defaultCities(),
    persons: defaultPersons(),
    organizations: defaultOrganizations(),
  };
}
