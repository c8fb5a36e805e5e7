// Template-literal id types: a bare code ("RUS") is not assignable to `StateId`, so a query
// called with the wrong kind of string fails to compile instead of quietly returning nothing.

/** Id of a state: `state:<ISO 3166-1 alpha-3>` (`state:RUS`). */
export type StateId = `state:${string}`;
/** Id of a city: `city:<latin slug>` (`city:moscow`). */
export type CityId = `city:${string}`;
/** Id of a person: `person:<latin slug>` (`person:putin`). */
export type PersonId = `person:${string}`;
/** Id of an organisation: `org:<slug>` (`org:csto`). */
export type OrganizationId = `org:${string}`;
/** Id of a Council session: `session:<YYYY-MM-DD>-<city slug>` (`session:2025-11-27-bishkek`). */
export type SessionId = `session:${string}`;
/** Id of an initiative, decision or document: `initiative:<slug>`. */
export type InitiativeId = `initiative:${string}`;
/** Id of a source: `src:<publisher slug>-<short slug>`. */
export type SourceId = `src:${string}`;

/** Any id of a named entity of the dataset: a state, city, person, organisation or session. */
export type EntityId = StateId | CityId | PersonId | OrganizationId | SessionId;

/** Any id of a record that has one: an entity, an initiative or a source. */
export type RecordId = EntityId | InitiativeId | SourceId;
