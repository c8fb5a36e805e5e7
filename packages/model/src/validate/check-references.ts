import { type CollectionName, collections } from "../schemas/collections.js";
import type { KnownIds, Reporter, ValidEntries } from "./context.js";
import { recordLabel } from "./context.js";

type Target = "states" | "cities" | "persons" | "sessions" | "sources";

/** A reference found in a record: where it is, what it points to. */
interface Reference {
  path: PropertyKey[];
  id: string;
  target: Target;
}

const sourceMention = /src:[a-z0-9][a-z0-9_.-]*[a-z0-9]/g;

function sourceList(list: readonly string[], path: PropertyKey[]): Reference[] {
  return list.map((id, i) => ({ path: [...path, i], id, target: "sources" as const }));
}

/** Source ids cited inside a text ("… (src:tass-2012-12-19)"). */
function sourcesMentionedIn(text: string | undefined, path: PropertyKey[]): Reference[] {
  if (text === undefined) return [];
  return [...text.matchAll(sourceMention)].map((match) => ({ path, id: match[0], target: "sources" as const }));
}

function mentionedSources(notes: readonly string[] | undefined, path: PropertyKey[]): Reference[] {
  return (notes ?? []).flatMap((note, i) => sourcesMentionedIn(note, [...path, i]));
}

function one(path: string, id: string | undefined, target: Target): Reference[] {
  return id === undefined ? [] : [{ path: [path], id, target }];
}

function many(path: string, ids: readonly string[] | undefined, target: Target): Reference[] {
  return (ids ?? []).map((id, i) => ({ path: [path, i], id, target }));
}

/** Every reference a record makes, by collection. */
function referencesOf(collection: CollectionName, entries: ValidEntries, position: number): Reference[] {
  switch (collection) {
    case "states": {
      const r = entries.states[position]!.record;
      return [...one("capital", r.capital, "cities"), ...sourceList(r.sources, ["sources"])];
    }
    case "cities": {
      const r = entries.cities[position]!.record;
      return [...one("state", r.state, "states"), ...sourceList(r.sources, ["sources"])];
    }
    case "persons": {
      const r = entries.persons[position]!.record;
      return [...mentionedSources(r.notes, ["notes"]), ...sourceList(r.sources, ["sources"])];
    }
    case "organizations":
      return sourceList(entries.organizations[position]!.record.sources, ["sources"]);
    case "memberships": {
      const r = entries.memberships[position]!.record;
      return [
        ...one("state", r.state, "states"),
        ...r.events.flatMap((event, i) => [
          ...sourceList(event.sources, ["events", i, "sources"]),
          ...sourcesMentionedIn(event.note, ["events", i, "note"]),
        ]),
        ...mentionedSources(r.notes, ["notes"]),
        ...sourceList(r.sources, ["sources"]),
      ];
    }
    case "sessions": {
      const r = entries.sessions[position]!.record;
      return [
        ...one("city", r.city, "cities"),
        ...one("chair", r.chair, "states"),
        ...many("attendees", r.attendees, "persons"),
        ...many("absentStates", r.absentStates, "states"),
        ...mentionedSources(r.notes, ["notes"]),
        ...sourceList(r.sources, ["sources"]),
      ];
    }
    case "chairmanships": {
      const r = entries.chairmanships[position]!.record;
      return [
        ...one("state", r.state, "states"),
        ...mentionedSources(r.notes, ["notes"]),
        ...sourceList(r.sources, ["sources"]),
      ];
    }
    case "secretaryGeneralTerms":
    case "leaderTerms": {
      const r = (collection === "leaderTerms" ? entries.leaderTerms : entries.secretaryGeneralTerms)[position]!.record;
      return [
        ...one("person", r.person, "persons"),
        ...one("state", r.state, "states"),
        ...mentionedSources(r.notes, ["notes"]),
        ...sourceList(r.sources, ["sources"]),
      ];
    }
    case "initiatives": {
      const r = entries.initiatives[position]!.record;
      return [
        ...one("session", r.session, "sessions"),
        ...one("state", r.state, "states"),
        ...sourcesMentionedIn(r.summary, ["summary"]),
        ...sourceList(r.sources, ["sources"]),
      ];
    }
    case "sources":
      return [];
  }
}

/** Ids are unique within their collection (memberships: one record per state). */
export function checkUniqueIds(entries: ValidEntries, reporter: Reporter): void {
  for (const collection of [
    "states",
    "cities",
    "persons",
    "organizations",
    "sessions",
    "initiatives",
    "sources",
    "memberships",
  ] as const) {
    const firstIndex = new Map<string, number>();
    for (const { record, index } of entries[collection]) {
      const id = recordLabel(collection, record)!;
      const first = firstIndex.get(id);
      if (first === undefined) firstIndex.set(id, index);
      else {
        const field = collection === "memberships" ? "state" : "id";
        reporter.report(
          collection,
          index,
          id,
          [field],
          "duplicate-id",
          `${id} is also the ${field} of ${collection}[${first}]`,
        );
      }
    }
  }
}

/** Every id a record mentions exists in its collection. */
export function checkReferences(entries: ValidEntries, known: KnownIds, reporter: Reporter): void {
  for (const collection of collections) {
    entries[collection].forEach(({ record, index }, position) => {
      for (const ref of referencesOf(collection, entries, position)) {
        if (!known[ref.target].has(ref.id)) {
          reporter.report(
            collection,
            index,
            recordLabel(collection, record),
            ref.path,
            "dangling-reference",
            `${ref.id} is not in ${ref.target}`,
          );
        }
      }
    });
  }
}

/** Every record cites at least one source; so does every membership event. */
export function checkSourced(entries: ValidEntries, reporter: Reporter): void {
  for (const collection of collections) {
    if (collection === "sources") continue;
    for (const { record, index } of entries[collection]) {
      const label = recordLabel(collection, record);
      if (collection === "memberships") {
        const membership = record as ValidEntries["memberships"][number]["record"];
        membership.events.forEach((event, i) => {
          if (event.sources.length === 0) {
            reporter.report(
              collection,
              index,
              label,
              ["events", i, "sources"],
              "unsourced",
              "The event cites no source",
            );
          }
        });
        // A membership is sourced by its events when it has no sources of its own.
        if (membership.sources.length === 0 && membership.events.some((event) => event.sources.length > 0)) continue;
      }
      if ((record as { sources: readonly string[] }).sources.length === 0) {
        reporter.report(collection, index, label, ["sources"], "unsourced", "The record cites no source");
      }
    }
  }
}
