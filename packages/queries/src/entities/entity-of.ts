import type {
  City,
  CityId,
  Initiative,
  InitiativeId,
  Organization,
  OrganizationId,
  Person,
  PersonId,
  RecordId,
  Session,
  SessionId,
  Source,
  SourceId,
  State,
  StateId,
} from "@csto/model";

/**
 * The record type an id stands for: `EntityOf<"state:RUS">` is `State`; a union of ids gives
 * the union of their records (`EntityOf<EntityId>` is `State | City | Person | Organization |
 * Session`).
 */
export type EntityOf<Id extends RecordId> = Id extends StateId
  ? State
  : Id extends CityId
    ? City
    : Id extends PersonId
      ? Person
      : Id extends OrganizationId
        ? Organization
        : Id extends SessionId
          ? Session
          : Id extends InitiativeId
            ? Initiative
            : Id extends SourceId
              ? Source
              : never;

/** `getEntity`: the record with this id, typed by the id's kind, or undefined. */
export type GetEntity = <Id extends RecordId>(id: Id) => EntityOf<Id> | undefined;
