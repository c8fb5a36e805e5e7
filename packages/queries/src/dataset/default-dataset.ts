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
