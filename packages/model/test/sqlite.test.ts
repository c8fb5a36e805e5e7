import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTableModel } from "../src/artifacts/tables/table-model.js";
import { tableRows } from "../src/artifacts/tables/table-rows.js";
import { toSql } from "../src/artifacts/to-sql.js";
import { canRun, onPath } from "./support/binaries.js";
import {
  countScript,
  expectedCounts,
  parseCounts,
  probeMismatches,
  trickyDataset,
  trickyExpected,
} from "./support/database-checks.js";
import { buildProbes, probeScript } from "./support/probes.js";
import { sqlite } from "./support/sqlite.js";

const binary = onPath("sqlite3");
const run = canRun("the sqlite3 command-line shell", binary, "apt-get install sqlite3");
const sqlFile = new URL("../sql/csto.sqlite.sql", import.meta.url);
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe.skipIf(!run)("sql/csto.sqlite.sql in SQLite (sqlite3, foreign keys on)", () => {
  let dir = "";
  const db = (sql: string) => sqlite(binary!, join(dir, "csto.db"), sql);

  beforeAll(() => {
    if (!binary) throw new Error("sqlite3 not found, and CI=true: .ci/run installs it");
    dir = mkdtempSync(join(tmpdir(), "csto-sqlite-"));
    db(readFileSync(sqlFile, "utf8"));
  }, 60_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("has as many rows as the JSON has records, and as the generator has rows, in every table", () => {
    const { fromTables, fromJson } = expectedCounts();
    const counts = parseCounts(db(countScript(fromTables.keys())));
    expect(counts).toEqual(fromTables);
    for (const [table, count] of fromJson) expect(counts.get(table), table).toBe(count);
    expect(db("PRAGMA foreign_key_check;")).toBe("");
  });

  it("enforces foreign keys and CHECK constraints", () => {
    expect(() =>
      db(
        "BEGIN; INSERT INTO session_attendees (session_id, position, person_id) SELECT id, 999, 'person:nobody' FROM sessions LIMIT 1; COMMIT;",
      ),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => db("UPDATE chairmanships SET to_date = '1990-01-01' WHERE id = 1;")).toThrow(
      /CHECK constraint failed/,
    );
    expect(() => db("UPDATE sessions SET kind = 'summit' WHERE id = (SELECT min(id) FROM sessions);")).toThrow(
      /CHECK constraint failed/,
    );
  });

  it("answers chair, members, secretary-general and leader on a date as @csto/queries does", () => {
    const probes = buildProbes(readme);
    expect(probes.length).toBeGreaterThan(20);
    expect(probeMismatches(probes, db(probeScript(probes)))).toEqual([]);
  }, 120_000);

  it("keeps apostrophes, backslashes, Arabic and Cyrillic byte for byte", () => {
    const { data, personId } = trickyDataset();
    const file = join(dir, "tricky.db");
    sqlite(binary!, file, toSql(tableRows(buildTableModel(), data), "sqlite", ["tricky"]));
    const id = personId.replaceAll("'", "''");
    const names = sqlite(
      binary!,
      file,
      `SELECT lang, position, lower(hex(name)) FROM entity_names WHERE entity_id = '${id}' ORDER BY lang, position;`,
    );
    const note = sqlite(binary!, file, `SELECT lower(hex(note)) FROM person_notes WHERE person_id = '${id}';`);
    const expected = trickyExpected();
    expect(names.trim().split("\n")).toEqual(expected.names);
    expect(note.trim()).toBe(expected.note);
  });
});
