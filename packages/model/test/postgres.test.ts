import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTableModel } from "../src/artifacts/tables/table-model.js";
import { tableRows } from "../src/artifacts/tables/table-rows.js";
import { toSql } from "../src/artifacts/to-sql.js";
import { canRun, postgresBinDir } from "./support/binaries.js";
import {
  countScript,
  expectedCounts,
  parseCounts,
  probeMismatches,
  trickyDataset,
  trickyExpected,
} from "./support/database-checks.js";
import { type PostgresServer, startPostgres } from "./support/postgres-server.js";
import { buildProbes, probeScript } from "./support/probes.js";

const binDir = postgresBinDir();
const run = canRun("PostgreSQL (initdb, pg_ctl, psql)", binDir, "apt-get install postgresql");
const sqlFile = new URL("../sql/csto.postgres.sql", import.meta.url);
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe.skipIf(!run)("sql/csto.postgres.sql in a real PostgreSQL server", () => {
  let server: PostgresServer | undefined;
  const db = (sql: string) => server!.psql("csto", sql);

  beforeAll(() => {
    if (!binDir) throw new Error("PostgreSQL binaries not found, and CI=true: .ci/run installs them");
    server = startPostgres(binDir);
    server.psql("postgres", "CREATE DATABASE csto; CREATE DATABASE tricky;");
    db(readFileSync(sqlFile, "utf8"));
  }, 180_000);

  afterAll(() => server?.stop(), 60_000);

  it("has as many rows as the JSON has records, and as the generator has rows, in every table", () => {
    const { fromTables, fromJson } = expectedCounts();
    const counts = parseCounts(db(countScript(fromTables.keys())));
    expect(counts).toEqual(fromTables);
    for (const [table, count] of fromJson) expect(counts.get(table), table).toBe(count);
  });

  it("enforces foreign keys and CHECK constraints", () => {
    expect(() =>
      db(
        "BEGIN; INSERT INTO session_attendees (session_id, position, person_id) SELECT id, 999, 'person:nobody' FROM sessions LIMIT 1; COMMIT;",
      ),
    ).toThrow(/foreign key/i);
    expect(() => db("UPDATE chairmanships SET to_date = '1990-01-01' WHERE id = 1;")).toThrow(/check constraint/i);
    expect(() => db("UPDATE sessions SET kind = 'summit' WHERE id = (SELECT min(id) FROM sessions);")).toThrow(
      /check constraint/i,
    );
  });

  it("answers chair, members, secretary-general and leader on a date as @csto/queries does", () => {
    const probes = buildProbes(readme);
    expect(probes.length).toBeGreaterThan(20);
    expect(probeMismatches(probes, db(probeScript(probes)))).toEqual([]);
  }, 120_000);

  it("keeps apostrophes, backslashes, Arabic and Cyrillic byte for byte", () => {
    const { data, personId } = trickyDataset();
    server!.psql("tricky", toSql(tableRows(buildTableModel(), data), "postgres", ["tricky"]));
    const id = personId.replaceAll("'", "''");
    const names = server!.psql(
      "tricky",
      `SELECT lang, position, encode(convert_to(name, 'UTF8'), 'hex') FROM entity_names WHERE entity_id = '${id}' ORDER BY lang, position;`,
    );
    const note = server!.psql(
      "tricky",
      `SELECT encode(convert_to(note, 'UTF8'), 'hex') FROM person_notes WHERE person_id = '${id}';`,
    );
    const expected = trickyExpected();
    expect(names.trim().split("\n")).toEqual(expected.names);
    expect(note.trim()).toBe(expected.note);
  }, 60_000);
});
