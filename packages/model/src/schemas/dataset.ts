import * as z from "zod";
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

/**
 * The whole dataset: one read-only array per collection. Structural only — `validateDataset`
 * adds the checks across records (unique ids, references, periods, sources).
 */
export const Dataset = z.object({
  states: z.array(State).readonly().describe("Member and former member states"),
  cities: z.array(City).readonly().describe("Capitals and session venues"),
  persons: z.array(Person).readonly().describe("Leaders and secretaries-general"),
  organizations: z.array(Organization).readonly().describe("The CSTO and organisations mentioned with it"),
  memberships: z.array(Membership).readonly().describe("Participation history, one record per state"),
  sessions: z.array(Session).readonly().describe("Sessions of the Collective Security Council, by date"),
  chairmanships: z.array(Chairmanship).readonly().describe("Rotating chairmanships, contiguous, by date"),
  secretaryGeneralTerms: z.array(SecretaryGeneralTerm).readonly().describe("Secretaries-general, by date"),
  leaderTerms: z.array(LeaderTerm).readonly().describe("Heads of state and government of member states, by date"),
  initiatives: z.array(Initiative).readonly().describe("Initiatives, decisions and documents, by date"),
  sources: z.array(Source).readonly().describe("Every source cited by a record"),
});
export type Dataset = z.infer<typeof Dataset>;

/** Any term of office: what `secretaryGeneralOn` and `leaderOf` return. */
export type Term = SecretaryGeneralTerm | LeaderTerm;
