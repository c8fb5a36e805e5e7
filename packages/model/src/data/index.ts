// The dataset as typed constants. The JSON is inlined by the bundler; nothing is parsed or
// validated at import time (the tests validate the committed files), and only types come
// from the schemas, so importing the data never pulls in zod.
import chairmanshipsJson from "../../data/chairmanships.json" with { type: "json" };
import citiesJson from "../../data/cities.json" with { type: "json" };
import initiativesJson from "../../data/initiatives.json" with { type: "json" };
import leaderTermsJson from "../../data/leaderTerms.json" with { type: "json" };
import membershipsJson from "../../data/memberships.json" with { type: "json" };
import organizationsJson from "../../data/organizations.json" with { type: "json" };
import personsJson from "../../data/persons.json" with { type: "json" };
import secretaryGeneralTermsJson from "../../data/secretaryGeneralTerms.json" with { type: "json" };
import sessionsJson from "../../data/sessions.json" with { type: "json" };
import sourcesJson from "../../data/sources.json" with { type: "json" };
import statesJson from "../../data/states.json" with { type: "json" };
import type { Chairmanship } from "../schemas/chairmanship.js";
import type { City } from "../schemas/city.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Initiative } from "../schemas/initiative.js";
import type { LeaderTerm } from "../schemas/leader-term.js";
import type { Membership } from "../schemas/membership.js";
import type { Organization } from "../schemas/organization.js";
import type { Person } from "../schemas/person.js";
import type { SecretaryGeneralTerm } from "../schemas/secretary-general-term.js";
import type { Session } from "../schemas/session.js";
import type { Source } from "../schemas/source.js";
import type { State } from "../schemas/state.js";

export { asOf, version } from "./release.js";

// JSON imports widen literals ("regular" → string), so each collection is cast to its record
// type; the casts stay checked for shape (a missing required field still fails to compile) and
// the tests validate every value with the schemas.

/** Member and former member states (9). */
export const states: readonly State[] = statesJson as State[];
/** Capitals and session venues. */
export const cities: readonly City[] = citiesJson as City[];
/** Leaders and secretaries-general. */
export const persons: readonly Person[] = personsJson as Person[];
/** The CSTO and the organisations mentioned with it. */
export const organizations: readonly Organization[] = organizationsJson as Organization[];
/** Participation history, one record per state. */
export const memberships: readonly Membership[] = membershipsJson as Membership[];
/** Sessions of the Collective Security Council, by date. */
export const sessions: readonly Session[] = sessionsJson as Session[];
/** Rotating chairmanships, contiguous, by date. */
export const chairmanships: readonly Chairmanship[] = chairmanshipsJson as Chairmanship[];
/** Secretaries-general, by date. */
export const secretaryGeneralTerms: readonly SecretaryGeneralTerm[] =
  secretaryGeneralTermsJson as SecretaryGeneralTerm[];
/** Heads of state and government of member states, by date. */
export const leaderTerms: readonly LeaderTerm[] = leaderTermsJson as LeaderTerm[];
/** Initiatives, decisions, documents and operations, by date. */
export const initiatives: readonly Initiative[] = initiativesJson as Initiative[];
/** Every source cited by a record. */
export const sources: readonly Source[] = sourcesJson as Source[];

/** The whole dataset, the default input of `validateDataset` and of `@csto/queries`. */
export const dataset: Dataset = {
  states,
  cities,
  persons,
  organizations,
  memberships,
  sessions,
  chairmanships,
  secretaryGeneralTerms,
  leaderTerms,
  initiatives,
  sources,
};
