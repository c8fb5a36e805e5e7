import * as z from "zod";
import { idPatterns } from "../ids/entity-id.js";

export const StateId = z.string().regex(idPatterns.state).describe("State id: state:<ISO 3166-1 alpha-3>");
export const CityId = z.string().regex(idPatterns.city).describe("City id: city:<latin lower-case, underscores>");
export const PersonId = z
  .string()
  .regex(idPatterns.person)
  .describe("Person id: person:<latin lower-case, underscores>");
export const OrganizationId = z.string().regex(idPatterns.org).describe("Organisation id: org:<slug>");
export const SessionId = z.string().regex(idPatterns.session).describe("Session id: session:<YYYY-MM-DD>-<city slug>");
export const InitiativeId = z.string().regex(idPatterns.initiative).describe("Initiative id: initiative:<slug>");
export const SourceId = z.string().regex(idPatterns.src).describe("Source id: src:<publisher slug>-<short slug>");

/** The sources a record cites (ids into the `sources` collection). */
export const SourceIds = z.array(SourceId).describe("Ids of the sources that support this record");
