export { asOf, version } from "./data/release.js";
export type { EntityKind } from "./ids/entity-id.js";
export { idPatterns, kindOfId, sessionIdFor } from "./ids/entity-id.js";
export * from "./schemas/index.js";
export * from "./validate/index.js";
