import type * as z from "zod";
import { partialDateShape } from "../../dates/partial-date.js";
import { type CollectionName, collections, recordSchemas } from "../../schemas/collections.js";
import { Dataset } from "../../schemas/dataset.js";
import { ArtifactError } from "./artifact-error.js";
import { dayShape } from "./date-shapes.js";
import { columnName, singular, snakeCase } from "./naming.js";
import { enumValuesOf, isInteger, minimumOf, patternsOf, shapeOf, unwrap } from "./schema-node.js";
import type { Column, ForeignKey, Table } from "./table.js";

/** How a schema key turns into columns or rows; `tableRows` walks these nodes over the data. */
export type Node =
  /** A scalar: one column of the current row. */
  | { readonly kind: "column"; readonly key: string; readonly column: Column }
  /** A nested object of scalars (a motto, a title): prefixed columns of the current row. */
  | { readonly kind: "object"; readonly key: string; readonly nodes: readonly Node[] }
  /** A list of objects (membership events): a child table, one row per item. */
  | { readonly kind: "objects"; readonly key: string; readonly plan: Plan }
  /** A list of scalars (attendees, sources, notes): a child table, one row per item. */
  | { readonly kind: "values"; readonly key: string; readonly table: string; readonly column: Column }
  /** An object of lists keyed by language (names, abbreviations): a child table, one row per item. */
  | {
      readonly kind: "lists";
      readonly key: string;
      readonly table: string;
      readonly langs: readonly string[];
      readonly column: Column;
    };

/** The table of one object level, its nodes, and how its children point back at it. */
export interface Plan {
  readonly table: Table;
  readonly nodes: readonly Node[];
  /** [column of a child table, column of this table] pairs: the child's foreign key. */
  readonly childRefs: readonly (readonly [string, string])[];
}

/** The relational model of the dataset: every table in dependency order, and each collection's plan. */
export interface TableModel {
  readonly tables: readonly Table[];
  readonly plans: Readonly<Record<CollectionName, Plan>>;
}

/** The table every entity's `names` go to, whatever its collection. */
export const entityNamesTable = "entity_names";

// Date pairs that must be in order wherever both keys sit on one object.
const orderedPairs = [
  ["from", "to"],
  ["date", "endDate"],
] as const;

type MutableTable = Table & { columns: Column[]; foreignKeys: ForeignKey[]; dateOrder: [string, string][] };

interface Build {
  readonly tables: Map<string, MutableTable>;
  /** Id pattern source → table of the collection whose `id` it is. */
  readonly idTargets: Map<string, string>;
}

const scalarTypes = new Set(["string", "enum", "number", "boolean"]);

function isScalar(schema: z.ZodType): boolean {
  return scalarTypes.has((schema as unknown as { _zod: { def: { type: string } } })._zod.def.type);
}

function typeOf(schema: z.ZodType): string {
  return (schema as unknown as { _zod: { def: { type: string } } })._zod.def.type;
}

function elementOf(schema: z.ZodType): z.ZodType {
  return (schema as unknown as { _zod: { def: { element: z.ZodType } } })._zod.def.element;
}

function isScalarList(schema: z.ZodType): boolean {
  const inner = unwrap(schema).schema;
  return typeOf(inner) === "array" && isScalar(unwrap(elementOf(inner)).schema);
}

function addTable(build: Build, table: MutableTable): MutableTable {
  if (build.tables.has(table.name)) {
    throw new ArtifactError("UNSUPPORTED_SCHEMA", `two schema paths map to the table "${table.name}"`);
  }
  build.tables.set(table.name, table);
  return table;
}

function newTable(name: string, description: string, columns: Column[], primaryKey: string[]): MutableTable {
  return { name, description, columns, primaryKey, foreignKeys: [], dateOrder: [] };
}

/** The column of a scalar schema, and the table its values point at when it holds ids. */
function scalarColumn(
  build: Build,
  name: string,
  raw: z.ZodType,
  required: boolean,
  ownIdPattern?: string,
): { column: Column; target?: string } {
  const { schema, description = "" } = unwrap(raw);
  switch (typeOf(schema)) {
    case "string": {
      const patterns = patternsOf(schema).map((pattern) => pattern.source);
      const date = patterns.includes(partialDateShape.source)
        ? "partial"
        : patterns.includes(dayShape.source)
          ? "day"
          : undefined;
      if (date) return { column: { name, type: "text", required, date, description } };
      const target = patterns
        .filter((pattern) => pattern !== ownIdPattern)
        .map((pattern) => build.idTargets.get(pattern))
        .find((table) => table !== undefined);
      return { column: { name, type: "text", required, description }, ...(target ? { target } : {}) };
    }
    case "enum":
      return { column: { name, type: "text", required, values: enumValuesOf(schema), description } };
    case "boolean":
      return { column: { name, type: "boolean", required, description } };
    case "number": {
      if (!isInteger(schema))
        throw new ArtifactError("UNSUPPORTED_SCHEMA", `${name}: only integer numbers map to columns`);
      const minimum = minimumOf(schema);
      return {
        column: { name, type: "integer", required, ...(minimum === undefined ? {} : { minimum }), description },
      };
    }
    default:
      throw new ArtifactError("UNSUPPORTED_SCHEMA", `${name}: a ${typeOf(schema)} schema has no table mapping`);
  }
}

interface Level {
  readonly table: MutableTable;
  /** Prefix of the columns of a flattened nested object (`motto_`). */
  readonly columnPrefix: string;
  /** Singular base of child table names (`session` → `session_attendees`). */
  readonly childBase: string;
  readonly childRefs: readonly (readonly [string, string])[];
  /** Whether an enclosing object is optional, which makes every column under it nullable. */
  readonly optional: boolean;
  /** The collection's own id pattern: the `id` column is a key, not a reference. */
  readonly ownIdPattern?: string;
  /** Set on a collection's top level when its records have a text id: `names` go to entity_names. */
  readonly entity: boolean;
}

function refColumns(level: Level): Column[] {
  return level.childRefs.map(([child, parent]) => {
    const source = level.table.columns.find((column) => column.name === parent);
    return {
      name: child,
      type: source?.type ?? "text",
      required: true,
      description:
        parent === "position" ? `Position in the list of ${level.table.name}, from 1` : `Id in ${level.table.name}`,
    };
  });
}

function refForeignKey(level: Level): ForeignKey {
  return {
    columns: level.childRefs.map(([child]) => child),
    table: level.table.name,
    references: level.childRefs.map(([, parent]) => parent),
  };
}

const positionColumn: Column = {
  name: "position",
  type: "integer",
  required: true,
  minimum: 1,
  description: "Position in the list, from 1 (1 = the preferred form where order matters)",
};

function planLists(build: Build, level: Level, key: string, schema: z.ZodType, description: string): Node {
  const langs = shapeOf(schema).map(([lang]) => lang);
  const shared = key === "names" && level.entity && level.columnPrefix === "";
  const name = shared ? entityNamesTable : `${level.childBase}_${snakeCase(key)}`;
  const element = elementOf(unwrap(shapeOf(schema)[0]![1]).schema);
  const value = scalarColumn(build, singular(snakeCase(key)), element, true).column;
  const langColumn: Column = { name: "lang", type: "text", required: true, values: langs, description: "Language" };
  if (shared) {
    const existing = build.tables.get(name);
    if (!existing) {
      const entityColumn: Column = {
        name: "entity_id",
        type: "text",
        required: true,
        description: "Id of the state, city, person or organisation (its prefix names the table)",
      };
      const table = newTable(
        name,
        "Names of every entity, per language; position 1 is the preferred form",
        [entityColumn, langColumn, positionColumn, value],
        ["entity_id", "lang", "position"],
      );
      addTable(build, table);
    }
    return { kind: "lists", key, table: name, langs, column: value };
  }
  const refs = refColumns(level);
  const table = addTable(
    build,
    newTable(
      name,
      description,
      [...refs, langColumn, positionColumn, value],
      [...refs.map((c) => c.name), "lang", "position"],
    ),
  );
  table.foreignKeys.push(refForeignKey(level));
  return { kind: "lists", key, table: name, langs, column: value };
}

function planFields(build: Build, fields: [string, z.ZodType][], level: Level): Node[] {
  const nodes: Node[] = [];
  const dateColumns = new Map<string, string>();
  for (const [key, raw] of fields) {
    const { schema, optional, description = "" } = unwrap(raw);
    const type = typeOf(schema);
    if (type === "object") {
      const sub = shapeOf(schema);
      if (sub.length > 0 && sub.every(([, field]) => isScalarList(field))) {
        nodes.push(planLists(build, level, key, schema, description));
      } else {
        const nested = planFields(build, sub, {
          ...level,
          columnPrefix: `${level.columnPrefix}${snakeCase(key)}_`,
          optional: level.optional || optional,
          entity: false,
        });
        nodes.push({ kind: "object", key, nodes: nested });
      }
    } else if (type === "array") {
      const element = unwrap(elementOf(schema)).schema;
      const name = `${level.childBase}_${snakeCase(key)}`;
      const refs = refColumns(level);
      const refNames = refs.map((column) => column.name);
      if (typeOf(element) === "object") {
        const table = addTable(
          build,
          newTable(name, description, [...refs, positionColumn], [...refNames, "position"]),
        );
        table.foreignKeys.push(refForeignKey(level));
        const childRefs = [
          ...refNames.map((ref) => [ref, ref] as const),
          [`${singular(snakeCase(key))}_position`, "position"] as const,
        ];
        const childNodes = planFields(build, shapeOf(element), {
          table,
          columnPrefix: "",
          childBase: singular(name),
          childRefs,
          optional: false,
          entity: false,
        });
        nodes.push({ kind: "objects", key, plan: { table, nodes: childNodes, childRefs } });
      } else {
        const probe = scalarColumn(build, "value", element, true);
        const valueName = probe.target ? `${singular(probe.target)}_id` : singular(snakeCase(key));
        const { column, target } = scalarColumn(build, valueName, element, true);
        const table = addTable(
          build,
          newTable(name, description, [...refs, positionColumn, column], [...refNames, "position"]),
        );
        table.foreignKeys.push(refForeignKey(level));
        if (target) table.foreignKeys.push({ columns: [column.name], table: target, references: ["id"] });
        nodes.push({ kind: "values", key, table: name, column });
      }
    } else {
      const name = level.columnPrefix === "" ? columnName(key) : `${level.columnPrefix}${snakeCase(key)}`;
      const { column, target } = scalarColumn(build, name, raw, !(optional || level.optional), level.ownIdPattern);
      level.table.columns.push(column);
      if (target) level.table.foreignKeys.push({ columns: [name], table: target, references: ["id"] });
      if (column.date) dateColumns.set(key, name);
      nodes.push({ kind: "column", key, column });
    }
  }
  for (const [first, second] of orderedPairs) {
    const a = dateColumns.get(first);
    const b = dateColumns.get(second);
    if (a && b) level.table.dateOrder.push([a, b]);
  }
  return nodes;
}

/** Tables sorted so that a table comes after the tables it points at; a cycle (states ↔ cities) is cut. */
function dependencyOrder(tables: Map<string, MutableTable>): Table[] {
  const done = new Set<string>();
  const visiting = new Set<string>();
  const ordered: Table[] = [];
  const visit = (name: string) => {
    if (done.has(name) || visiting.has(name)) return;
    visiting.add(name);
    const table = tables.get(name)!;
    for (const key of table.foreignKeys) visit(key.table);
    visiting.delete(name);
    done.add(name);
    ordered.push(table);
  };
  for (const name of tables.keys()) visit(name);
  return ordered;
}

/**
 * The relational model of the dataset, derived from the zod schemas alone (`schemas` and
 * `dataset` default to the package's; tests pass extended ones): one table per
 * collection (snake_case, one row per record; `id` is the record's id, or its 1-based position
 * in the data file for collections without ids), a child table per list (`session_attendees`,
 * `membership_events`, `<record>_sources`, `<record>_notes`), names of every entity in
 * `entity_names`, nested objects of scalars as prefixed columns (`motto_ar`). A schema shape
 * with no mapping throws an `ArtifactError` (`UNSUPPORTED_SCHEMA`).
 */
export function buildTableModel(
  schemas: Readonly<Record<CollectionName, z.ZodType>> = recordSchemas,
  dataset: z.ZodType = Dataset,
): TableModel {
  const build: Build = { tables: new Map(), idTargets: new Map() };
  const idPatternOf = (collection: CollectionName) => {
    const id = shapeOf(schemas[collection]).find(([key]) => key === "id");
    return id ? patternsOf(unwrap(id[1]).schema)[0]?.source : undefined;
  };
  for (const collection of collections) {
    const pattern = idPatternOf(collection);
    if (pattern) build.idTargets.set(pattern, snakeCase(collection));
  }
  const datasetShape = Object.fromEntries(shapeOf(dataset));
  const plans = {} as Record<CollectionName, Plan>;
  for (const collection of collections) {
    const name = snakeCase(collection);
    const fields = shapeOf(schemas[collection]);
    const ownIdPattern = idPatternOf(collection);
    const columns: Column[] = [];
    if (!ownIdPattern) {
      columns.push({
        name: "id",
        type: "integer",
        required: true,
        minimum: 1,
        description: `Position of the record in data/${collection}.json, from 1 (stable within one release only)`,
      });
    }
    const table = addTable(
      build,
      newTable(name, unwrap(datasetShape[collection]!).description ?? collection, columns, ["id"]),
    );
    const childRefs = [[`${singular(name)}_id`, "id"] as const];
    const nodes = planFields(build, fields, {
      table,
      columnPrefix: "",
      childBase: singular(name),
      childRefs,
      optional: false,
      ...(ownIdPattern ? { ownIdPattern } : {}),
      entity: ownIdPattern !== undefined,
    });
    plans[collection] = { table, nodes, childRefs };
  }
  return { tables: dependencyOrder(build.tables), plans };
}
