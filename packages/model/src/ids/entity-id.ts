import type { CityId, SessionId } from "./id-types.js";

/**
 * The kinds of ids of the dataset, each the prefix before the colon: `state:RUS`,
 * `city:moscow`, `person:putin`, `org:csto`, `session:…`, `initiative:…`, `src:…`.
 */
export type EntityKind = "state" | "city" | "person" | "org" | "session" | "initiative" | "src";

/**
 * The id patterns of DESIGN.md §6, one per kind. Each pattern matches the whole id, so
 * `idPatterns.city.test(id)` is the complete syntactic check; whether the id exists is a
 * question for the dataset (`validateDataset` reports dangling references).
 */
export const idPatterns: Readonly<Record<EntityKind, RegExp>> = {
  state: /^state:[A-Z]{3}$/,
  city: /^city:[a-z][a-z0-9_]*$/,
  person: /^person:[a-z][a-z0-9_]*$/,
  org: /^org:[a-z][a-z0-9_-]*$/,
  session: /^session:\d{4}-\d{2}-\d{2}-[a-z][a-z0-9_]*$/,
  initiative: /^initiative:[a-z0-9][a-z0-9_-]*$/,
  src: /^src:[a-z0-9][a-z0-9_.-]*$/,
};

/** The kind of an id (`"person"` for `person:putin`), or undefined when it matches no pattern. */
export function kindOfId(id: string): EntityKind | undefined {
  if (typeof id !== "string") return undefined;
  const kind = id.slice(0, id.indexOf(":"));
  if (!Object.hasOwn(idPatterns, kind)) return undefined;
  return idPatterns[kind as EntityKind].test(id) ? (kind as EntityKind) : undefined;
}

/**
 * The id a session must carry: `session:<date>-<city slug>`, the slug being the city id
 * without its `city:` prefix (`sessionIdFor("2025-11-27", "city:bishkek")` →
 * `"session:2025-11-27-bishkek"`). The id is derived, never invented, so that two people
 * adding the same summit produce the same id.
 */
export function sessionIdFor(date: string, city: CityId | string): SessionId {
  return `session:${date}-${city.startsWith("city:") ? city.slice(5) : city}`;
}
