export { asOf, version } from "./data/release.js";
export { type EntityKind, idPatterns, kindOfId, sessionIdFor } from "./ids/entity-id.js";
export type { RecordId } from "./ids/id-types.js";
export * from "./schemas/index.js";
export * from "./validate/index.js";
