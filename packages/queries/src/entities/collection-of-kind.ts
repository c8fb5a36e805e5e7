import type { Dataset } from "@csto/model";
import type { EntityKind } from "@csto/model/ids";
import type { CollectionOfKind } from "./get-entity.js";

const collectionNames = {
  state: "states",
  city: "cities",
  person: "persons",
  org: "organizations",
  session: "sessions",
  initiative: "initiatives",
  src: "sources",
} as const satisfies Record<EntityKind, keyof Dataset>;

/** The collection of `dataset` that holds each kind of id. */
export function collectionOfKind(dataset: Dataset): CollectionOfKind {
  return (kind) => dataset[collectionNames[kind]];
}
