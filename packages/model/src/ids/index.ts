export { type EntityKind, idPatterns, kindOfId, sessionIdFor } from "./entity-id.js";
export type {
  CityId,
  EntityId,
  InitiativeId,
  OrganizationId,
  PersonId,
  RecordId,
  SessionId,
  SourceId,
  StateId,
} from "./id-types.js";
