import { Chairmanship } from "./chairmanship.js";
import { City } from "./city.js";
import { Initiative } from "./initiative.js";
import { LeaderTerm } from "./leader-term.js";
import { Membership } from "./membership.js";
import { Organization } from "./organization.js";
import { Person } from "./person.js";
import { SecretaryGeneralTerm } from "./secretary-general-term.js";
import { Session } from "./session.js";
import { Source } from "./source.js";
import { State } from "./state.js";

/** The collections of the dataset, in the order files and docs list them. */
export const collections = [
  "states",
  "cities",
  "persons",
  "organizations",
  "memberships",
  "sessions",
  "chairmanships",
  "secretaryGeneralTerms",
  "leaderTerms",
  "initiatives",
  "sources",
] as const;

/** Name of one collection of the dataset (`"states"`, `"sessions"` …), as in `@csto/model/data`. */
export type CollectionName = (typeof collections)[number];

/** The record schema of each collection. */
export const recordSchemas = {
  states: State,
  cities: City,
  persons: Person,
  organizations: Organization,
  memberships: Membership,
  sessions: Session,
  chairmanships: Chairmanship,
  secretaryGeneralTerms: SecretaryGeneralTerm,
  leaderTerms: LeaderTerm,
  initiatives: Initiative,
  sources: Source,
} as const;
