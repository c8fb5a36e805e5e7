import * as z from "zod";
import { idPatterns } from "../ids/entity-id.js";
import type * as ids from "../ids/id-types.js";

// Each schema shares its name with the template-literal type of ../ids. At run time it stays a
// plain regex-checked string (JSON Schema, CSV and SQL generators see `type: string` with a
// pattern); only its static output type is narrowed, which the pattern guarantees.
function idSchema<Id extends string>(pattern: RegExp, description: string): z.ZodType<Id, string> {
  return z.string().regex(pattern).describe(description) as unknown as z.ZodType<Id, string>;
}

/** Schema of a state id, `state:<ISO 3166-1 alpha-3>`. */
export const StateId = idSchema<ids.StateId>(idPatterns.state, "State id: state:<ISO 3166-1 alpha-3>");
export type StateId = ids.StateId;
/** Schema of a city id, `city:<latin slug>`. */
export const CityId = idSchema<ids.CityId>(idPatterns.city, "City id: city:<latin lower-case, underscores>");
export type CityId = ids.CityId;
/** Schema of a person id, `person:<latin slug>`. */
export const PersonId = idSchema<ids.PersonId>(idPatterns.person, "Person id: person:<latin lower-case, underscores>");
export type PersonId = ids.PersonId;
/** Schema of an organisation id, `org:<slug>`. */
export const OrganizationId = idSchema<ids.OrganizationId>(idPatterns.org, "Organisation id: org:<slug>");
export type OrganizationId = ids.OrganizationId;
/** Schema of a session id, `session:<YYYY-MM-DD>-<city slug>`. */
export const SessionId = idSchema<ids.SessionId>(idPatterns.session, "Session id: session:<YYYY-MM-DD>-<city slug>");
export type SessionId = ids.SessionId;
/** Schema of an initiative id, `initiative:<slug>`. */
export const InitiativeId = idSchema<ids.InitiativeId>(idPatterns.initiative, "Initiative id: initiative:<slug>");
export type InitiativeId = ids.InitiativeId;
/** Schema of a source id, `src:<publisher slug>-<short slug>`. */
export const SourceId = idSchema<ids.SourceId>(idPatterns.src, "Source id: src:<publisher slug>-<short slug>");
export type SourceId = ids.SourceId;
/** Schema of any entity id (state, city, person, organisation or session). */
export const EntityId = z
  .union([StateId, CityId, PersonId, OrganizationId, SessionId])
  .describe("Entity id: a state, city, person, organisation or session id");
export type EntityId = ids.EntityId;

/** The sources a record cites (ids into the `sources` collection). */
export const SourceIds = z.array(SourceId).describe("Ids of the sources that support this record");
