// The collections of the dataset shipped with @csto/model, one getter per collection so that a
// bundle carries only the collections its functions read (each getter imports one data module).
// Each is deep-frozen on first use, not at import time.
import type {
  Chairmanship,
  City,
  Initiative,
  LeaderTerm,
  Membership,
  Organization,
  Person,
  SecretaryGeneralTerm,
  Session,
  Source,
  State,
} from "@csto/model";
import { chairmanships } from "@csto/model/data/chairmanships";
import { cities } from "@csto/model/data/cities";
import { initiatives } from "@csto/model/data/initiatives";
import { leaderTerms } from "@csto/model/data/leader-terms";
import { memberships } from "@csto/model/data/memberships";
import { organizations } from "@csto/model/data/organizations";
import { persons } from "@csto/model/data/persons";
import { secretaryGeneralTerms } from "@csto/model/data/secretary-general-terms";
import { sessions } from "@csto/model/data/sessions";
import { sources } from "@csto/model/data/sources";
import { states } from "@csto/model/data/states";
import { deepFreeze } from "./deep-freeze.js";

export function defaultStates(): readonly State[] {
  return deepFreeze(states);
}
export function defaultCities(): readonly City[] {
  return deepFreeze(cities);
}
export function defaultPersons(): readonly Person[] {
  return deepFreeze(persons);
}
export function defaultOrganizations(): readonly Organization[] {
  return deepFreeze(organizations);
}
export function defaultMemberships(): readonly Membership[] {
  return deepFreeze(memberships);
}
export function defaultSessions(): readonly Session[] {
  return deepFreeze(sessions);
}
export function defaultChairmanships(): readonly Chairmanship[] {
  return deepFreeze(chairmanships);
}
export function defaultSecretaryGeneralTerms(): readonly SecretaryGeneralTerm[] {
  return deepFreeze(secretaryGeneralTerms);
}
export function defaultLeaderTerms(): readonly LeaderTerm[] {
  return deepFreeze(leaderTerms);
}
export function defaultInitiatives(): readonly Initiative[] {
  return deepFreeze(initiatives);
}
export function defaultSources(): readonly Source[] {
  return deepFreeze(sources);
}
