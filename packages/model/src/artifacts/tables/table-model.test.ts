import { describe, expect, it } from "vitest";
import * as z from "zod";
import { dataset } from "../../data/index.js";
import { collections, recordSchemas } from "../../schemas/collections.js";
import { Dataset } from "../../schemas/dataset.js";
import { Session } from "../../schemas/session.js";
import { ArtifactError } from "./artifact-error.js";
import { buildTableModel } from "./table-model.js";
import { tableRows } from "./table-rows.js";

const model = buildTableModel();
const byName = new Map(model.tables.map((table) => [table.name, table]));

describe("the table model derived from the schemas", () => {
  it("has one table per collection, in snake_case, keyed by id", () => {
    for (const name of [
      "states",
      "cities",
      "persons",
      "organizations",
      "memberships",
      "sessions",
      "chairmanships",
      "secretary_general_terms",
      "leader_terms",
      "initiatives",
      "sources",
    ]) {
      expect(byName.get(name)?.primaryKey, name).toEqual(["id"]);
    }
  });

  it("turns lists into child tables with the parent's key and a position", () => {
    expect(byName.get("session_attendees")?.columns.map((column) => column.name)).toEqual([
      "session_id",
      "position",
      "person_id",
    ]);
    expect(byName.get("session_attendees")?.foreignKeys).toEqual([
      { columns: ["session_id"], table: "sessions", references: ["id"] },
      { columns: ["person_id"], table: "persons", references: ["id"] },
    ]);
    expect(byName.get("membership_events")?.primaryKey).toEqual(["membership_id", "position"]);
    expect(byName.get("membership_event_sources")?.foreignKeys[0]).toEqual({
      columns: ["membership_id", "event_position"],
      table: "membership_events",
      references: ["membership_id", "position"],
    });
    expect(byName.get("entity_names")?.columns.map((column) => column.name)).toEqual([
      "entity_id",
      "lang",
      "position",
      "name",
    ]);
  });

  it("keeps enums, date order and flattened mottos", () => {
    const chairmanships = byName.get("chairmanships")!;
    expect(chairmanships.columns.map((column) => column.name)).toEqual([
      "id",
      "state",
      "from_date",
      "to_date",
      "motto_ar",
      "motto_en",
      "motto_ru",
    ]);
    expect(chairmanships.dateOrder).toEqual([["from_date", "to_date"]]);
    expect(byName.get("sessions")?.dateOrder).toEqual([["date", "end_date"]]);
    expect(byName.get("sessions")?.columns.find((column) => column.name === "kind")?.values).toEqual(
      Session.shape.kind.options,
    );
  });

  it("puts every table after the tables it points at, except along the states ↔ cities cycle", () => {
    const order = model.tables.map((table) => table.name);
    for (const table of model.tables) {
      for (const key of table.foreignKeys) {
        if (new Set([table.name, key.table]).size === 2 && ["states", "cities"].includes(table.name)) continue;
        expect(order.indexOf(key.table), `${table.name} → ${key.table}`).toBeLessThan(order.indexOf(table.name));
      }
    }
  });

  it("follows a field added to a schema without a hand-kept column list", () => {
    const extended = {
      ...recordSchemas,
      sessions: Session.extend({
        uncertain: z.boolean().optional(),
        tags: z.array(z.string()).optional(),
      }),
    };
    const tables = buildTableModel(extended, Dataset);
    const sessions = tables.tables.find((table) => table.name === "sessions")!;
    expect(sessions.columns.at(-1)).toMatchObject({ name: "uncertain", type: "boolean", required: false });
    expect(tables.tables.find((table) => table.name === "session_tags")?.columns.map((c) => c.name)).toEqual([
      "session_id",
      "position",
      "tag",
    ]);
  });

  it("rejects a schema shape it cannot map", () => {
    const odd = { ...recordSchemas, sources: recordSchemas.sources.extend({ score: z.number() }) };
    expect(() => buildTableModel(odd, Dataset)).toThrow(ArtifactError);
  });
});

describe("tableRows", () => {
  const tables = tableRows(model, dataset);
  const rowsOf = (name: string) => tables.find((data) => data.table.name === name)!.rows;

  it("has one row per record and one per list item", () => {
    expect(rowsOf("sessions")).toHaveLength(dataset.sessions.length);
    expect(rowsOf("session_attendees")).toHaveLength(
      dataset.sessions.reduce((sum, session) => sum + session.attendees.length, 0),
    );
    expect(rowsOf("membership_events")).toHaveLength(
      dataset.memberships.reduce((sum, membership) => sum + membership.events.length, 0),
    );
    for (const collection of collections) {
      const name = collection.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
      expect(rowsOf(name), collection).toHaveLength(dataset[collection].length);
    }
  });

  it("numbers id-less records and list items from 1", () => {
    expect(rowsOf("chairmanships")[0]).toMatchObject({ id: 1, state: dataset.chairmanships[0]!.state });
    const first = dataset.persons[0]!;
    expect(rowsOf("entity_names").find((row) => row.entity_id === first.id && row.position === 1)).toMatchObject({
      lang: "ar",
      name: first.names.ar[0],
    });
  });

  const broken = (patch: (copy: Record<string, unknown[]>) => void) => {
    const copy = structuredClone(dataset) as unknown as Record<string, unknown[]>;
    patch(copy);
    return () => tableRows(model, copy as never);
  };

  it.each([
    [
      "a NUL character",
      (copy: Record<string, unknown[]>) => ((copy.persons![2] as { notes: string[] }).notes = ["a\u0000b"]),
    ],
    ["a lone surrogate", (copy: Record<string, unknown[]>) => ((copy.persons![2] as { born: string }).born = "\uD800")],
    [
      "an unknown key",
      (copy: Record<string, unknown[]>) => ((copy.persons![2] as { nickname: string }).nickname = "x"),
    ],
    ["a wrong type", (copy: Record<string, unknown[]>) => ((copy.persons![2] as { born: number }).born = 1950)],
  ])("fails on %s, naming the record", (_label, patch) => {
    const id = dataset.persons[2]!.id;
    expect(broken(patch)).toThrow(ArtifactError);
    expect(broken(patch)).toThrow(id);
  });

  it("names an id-less record by collection and index", () => {
    expect(
      broken((copy) => {
        (copy.chairmanships![3] as { from: string }).from = "2001\u0000";
      }),
    ).toThrow("chairmanships[3]: from");
  });
});
