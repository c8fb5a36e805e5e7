import { CstoError } from "@csto/arabic-text";
import { type EntityKind, kindOfId, type RecordId } from "@csto/model/ids";
import type { EntityOf } from "./entity-of.js";

/** The collection that holds the records of one id kind. */
export type CollectionOfKind = (kind: EntityKind) => readonly { id: string }[];

// One id → record map per collection array (the dataset is frozen, so a map stays true).
let indexes: WeakMap<readonly { id: string }[], Map<string, { id: string }>> | undefined;

function indexOf(records: readonly { id: string }[]): Map<string, { id: string }> {
  indexes ??= new WeakMap();
  let index = indexes.get(records);
  if (index === undefined) {
    index = new Map(records.map((record) => [record.id, record]));
    indexes.set(records, index);
  }
  return index;
}

/** The record with `id`, looked up in the collection of its kind; undefined when there is none. */
export function queryEntity<Id extends RecordId>(collectionOf: CollectionOfKind, id: Id): EntityOf<Id> | undefined {
  if (typeof id !== "string") throw new CstoError("INVALID_ARGUMENT", "getEntity: id must be a string id");
  const kind = kindOfId(id);
  if (kind === undefined) return undefined;
  return indexOf(collectionOf(kind)).get(id) as EntityOf<Id> | undefined;
}
