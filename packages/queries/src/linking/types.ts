import type { City, EntityId, Organization, Person, State } from "@csto/model";

/** The records `linkEntities` and `searchEntities` know about. */
export type EntityRecord = State | City | Person | Organization;

/** The kind of a linkable entity, from its id prefix. */
export type LinkedKind = "state" | "city" | "person" | "org";

/** One mention of a dataset entity in a text (ENTITIES.md). */
export interface EntityMention {
  /** Entity id: `state:RUS`, `city:moscow`, `person:putin`, `org:csto`, … */
  id: EntityId;
  /** The surface, exactly `input.slice(start, end)`. */
  text: string;
  /** JS string index of the first character in the original input. */
  start: number;
  /** JS string index just after the last character in the original input. */
  end: number;
  /** The entity kind (the id prefix). */
  kind: LinkedKind;
}
