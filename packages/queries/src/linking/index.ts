export { createLinker, type LinkEntities } from "./link-entities.js";
export type { EntityMention, EntityRecord, LinkedKind } from "./types.js";
