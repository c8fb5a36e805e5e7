import type { Dataset } from "@csto/model";
import {
  defaultChairmanships,
  defaultCities,
  defaultInitiatives,
  defaultLeaderTerms,
  defaultMemberships,
  defaultOrganizations,
  defaultPersons,
  defaultSecretaryGeneralTerms,
  defaultSessions,
  defaultSources,
  defaultStates,
} from "./default-collections.js";

let whole: Dataset | undefined;

/** The whole dataset of @csto/model, deep-frozen, built on first use. */
export function defaultDataset(): Dataset {
  whole ??= Object.freeze({
    states: defaultStates(),
    cities: defaultCities(),
    persons: defaultPersons(),
    organizations: defaultOrganizations(),
    memberships: defaultMemberships(),
    sessions: defaultSessions(),
    chairmanships: defaultChairmanships(),
    secretaryGeneralTerms: defaultSecretaryGeneralTerms(),
    leaderTerms: defaultLeaderTerms(),
    initiatives: defaultInitiatives(),
    sources: defaultSources(),
  });
  return whole;
}

/**
 * Whether `value` holds exactly the shipped collections (the `dataset` of `@csto/model/data`
 * or a spread of it): those were validated when they were committed, so `createQueries` need
 * not validate them again.
 */
export function isDefaultDataset(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const shipped = defaultDataset();
  return (Object.keys(shipped) as (keyof Dataset)[]).every(
    (name) => Object.hasOwn(value, name) && (value as Dataset)[name] === shipped[name],
  );
}
