import type { Cell, Column, Table, TableData } from "./tables/table.js";

/** The SQL dialects the package ships a file for. */
export type SqlDialect = "postgres" | "sqlite";

/** A string literal: quotes doubled. Backslashes are plain characters in both dialects (PostgreSQL with standard_conforming_strings, set at the top of the file). */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** The SQL literal of a cell. */
export function sqlLiteral(value: Cell, dialect: SqlDialect): string {
  if (value === null) return "NULL";
  if (typeof value === "string") return sqlString(value);
  if (typeof value === "boolean") return dialect === "postgres" ? (value ? "TRUE" : "FALSE") : value ? "1" : "0";
  return String(value);
}

/** The first day a partial date column means, as an SQL expression ("2010-05" → "2010-05-01"). */
export function firstDayExpression(column: string): string {
  return `CASE length(${column}) WHEN 4 THEN ${column} || '-01-01' WHEN 7 THEN ${column} || '-01' ELSE ${column} END`;
}

function columnType(column: Column, dialect: SqlDialect): string {
  if (dialect === "sqlite") return column.type === "text" ? "TEXT" : "INTEGER";
  return column.type;
}

function columnChecks(column: Column, dialect: SqlDialect): string[] {
  const checks: string[] = [];
  const name = column.name;
  if (column.values) checks.push(`${name} IN (${column.values.map(sqlString).join(", ")})`);
  if (column.date) {
    const tails = column.date === "day" ? ["-[0-9][0-9]-[0-9][0-9]"] : ["", "-[0-9][0-9]", "-[0-9][0-9]-[0-9][0-9]"];
    checks.push(
      dialect === "postgres"
        ? `${name} ~ '^[0-9]{4}${column.date === "day" ? "-[0-9]{2}-[0-9]{2}" : "(-[0-9]{2}(-[0-9]{2})?)?"}$'`
        : tails.map((tail) => `${name} GLOB '[0-9][0-9][0-9][0-9]${tail}'`).join(" OR "),
    );
  }
  if (column.minimum !== undefined) checks.push(`${name} >= ${column.minimum}`);
  if (column.type === "boolean" && dialect === "sqlite") checks.push(`${name} IN (0, 1)`);
  return checks;
}

function createTable(table: Table, dialect: SqlDialect): string {
  const lines = table.columns.map(
    (column) => `  ${column.name} ${columnType(column, dialect)}${column.required ? " NOT NULL" : ""}`,
  );
  lines.push(`  PRIMARY KEY (${table.primaryKey.join(", ")})`);
  // PostgreSQL needs the referenced table to exist: its foreign keys are added after all tables.
  if (dialect === "sqlite") {
    for (const key of table.foreignKeys) lines.push(`  ${foreignKeyClause(key)}`);
  }
  for (const column of table.columns) {
    for (const check of columnChecks(column, dialect)) lines.push(`  CHECK (${check})`);
  }
  for (const [first, second] of table.dateOrder) {
    lines.push(`  CHECK (${firstDayExpression(first)} <= ${firstDayExpression(second)})`);
  }
  return `CREATE TABLE ${table.name} (\n${lines.join(",\n")}\n);`;
}

function foreignKeyClause(key: Table["foreignKeys"][number]): string {
  // Deferred to COMMIT: states and cities point at each other.
  return `FOREIGN KEY (${key.columns.join(", ")}) REFERENCES ${key.table} (${key.references.join(", ")}) DEFERRABLE INITIALLY DEFERRED`;
}

const rowsPerInsert = 200;

function inserts({ table, rows }: TableData, dialect: SqlDialect): string[] {
  const statements: string[] = [];
  const names = table.columns.map((column) => column.name);
  for (let start = 0; start < rows.length; start += rowsPerInsert) {
    const values = rows
      .slice(start, start + rowsPerInsert)
      .map((row) => `  (${names.map((name) => sqlLiteral(row[name] ?? null, dialect)).join(", ")})`);
    statements.push(`INSERT INTO ${table.name} (${names.join(", ")}) VALUES\n${values.join(",\n")};`);
  }
  return statements;
}

/**
 * One SQL file that creates every table (primary keys, foreign keys, CHECKs for enums, date
 * shapes and date order) and inserts every row, in one transaction, for an empty database.
 */
export function toSql(tables: readonly TableData[], dialect: SqlDialect, header: readonly string[]): string {
  const parts: string[] = header.map((line) => `-- ${line}`);
  parts.push("");
  if (dialect === "postgres") {
    parts.push("SET client_encoding = 'UTF8';", "SET standard_conforming_strings = on;");
  } else {
    parts.push("PRAGMA foreign_keys = ON;");
  }
  parts.push("BEGIN;", "");
  for (const data of tables) parts.push(createTable(data.table, dialect), "");
  if (dialect === "postgres") {
    for (const { table } of tables) {
      for (const key of table.foreignKeys) parts.push(`ALTER TABLE ${table.name} ADD ${foreignKeyClause(key)};`);
    }
    parts.push("");
  }
  for (const data of tables) {
    const statements = inserts(data, dialect);
    if (statements.length > 0) parts.push(...statements, "");
  }
  parts.push("COMMIT;");
  return `${parts.join("\n")}\n`;
}
