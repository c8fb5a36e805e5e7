export type { EntityKind } from "./ids/entity-id.js";
export { idPatterns, kindOfId } from "./ids/entity-id.js";
