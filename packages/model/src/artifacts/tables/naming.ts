import { ArtifactError } from "./artifact-error.js";

// Names of tables and columns, derived from the schema keys: snake_case, and a plural table
// name made singular for the columns that point at it (`sessions` → `session_id`).

/** `secretaryGeneralTerms` → `secretary_general_terms`, `endDate` → `end_date`. */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/** The singular of a snake_case plural: `cities` → `city`, `membership_events` → `membership_event`. */
export function singular(name: string): string {
  if (name.endsWith("ies")) return `${name.slice(0, -3)}y`;
  if (name.endsWith("s")) return name.slice(0, -1);
  return name;
}

// Keys that are SQL reserved words get a suffix instead of needing quotes in every query.
const renamed: Readonly<Record<string, string>> = { from: "from_date", to: "to_date" };

// Reserved in PostgreSQL or SQLite. A schema key that lands here must be added to `renamed`;
// the generator fails rather than emit a column every query would have to quote.
const reserved = new Set(
  (
    "abort action add all alter analyze and any array as asc between both by case cast check collate column " +
    "commit constraint create cross current_date current_role current_time current_timestamp current_user " +
    "default deferrable delete desc distinct do drop else end escape except exists false fetch for foreign " +
    "from full glob grant group having if in index initially inner insert intersect into is isnull join " +
    "key lateral leading left like limit natural not notnull null of offset on only or order outer over " +
    "placing primary references regexp returning right row rows select session_user set some symmetric " +
    "table then to trailing true union unique update user using values variadic when where window with"
  ).split(" "),
);

/** The column name of a schema key: snake_case, reserved words renamed (`from` → `from_date`). */
export function columnName(key: string): string {
  const name = renamed[key] ?? snakeCase(key);
  if (reserved.has(name))
    throw new ArtifactError(
      "UNSUPPORTED_SCHEMA",
      `column "${name}" is an SQL reserved word; add it to the renamed keys`,
    );
  return name;
}
