import { cities, organizations, persons, sessions, states } from "@csto/model/data";

/** What the demo shows about an entity: its preferred names and, for a person, nothing more. */
export interface EntityCard {
  readonly id: string;
  readonly kind: "state" | "city" | "person" | "organization";
  readonly ar: string;
  readonly en: string;
  readonly ru: string;
  /** Every Arabic variant, preferred first. */
  readonly variants: readonly string[];
}

interface NamedRecord {
  readonly id: string;
  readonly names: { readonly ar: readonly string[]; readonly en: readonly string[]; readonly ru: readonly string[] };
}

let directory: Map<string, EntityCard> | undefined;

// Built on first use (no work at import time): one id → card map over the named collections.
function entityDirectory(): Map<string, EntityCard> {
  if (directory) return directory;
  const map = new Map<string, EntityCard>();
  const add = (kind: EntityCard["kind"], records: readonly NamedRecord[]) => {
    for (const record of records) {
      map.set(record.id, {
        id: record.id,
        kind,
        ar: record.names.ar[0] ?? record.id,
        en: record.names.en[0] ?? record.id,
        ru: record.names.ru[0] ?? record.id,
        variants: record.names.ar,
      });
    }
  };
  add("state", states);
  add("city", cities);
  add("person", persons);
  add("organization", organizations);
  directory = map;
  return map;
}

/** The card of a state, city, person or organisation id, or undefined for an unknown id. */
export function entityCard(id: string): EntityCard | undefined {
  return entityDirectory().get(id);
}

/** Preferred name of an entity in one language, falling back to the id itself. */
export function entityName(id: string, lang: "ar" | "en" = "en"): string {
  return entityCard(id)?.[lang] ?? id;
}

/** Every session record, for the timeline chart and the session card. */
export function allSessions() {
  return sessions;
}
