import { partialDateShape } from "../../dates/partial-date.js";
import { type CollectionName, collections } from "../../schemas/collections.js";
import { ArtifactError } from "./artifact-error.js";
import { dayShape } from "./date-shapes.js";
import type { Cell, Column, TableData } from "./table.js";
import { entityNamesTable, type Node, type TableModel } from "./table-model.js";

type Rows = Map<string, Record<string, Cell>[]>;

interface Place {
  /** The record's id, or `<collection>[<index>]`: what an error names. */
  readonly record: string;
  /** Path inside the record (`events[2].date`). */
  readonly path: string;
}

function fail(place: Place, message: string): never {
  throw new ArtifactError("UNEXPRESSIBLE_RECORD", `${place.path || "record"}: ${message}`, place.record);
}

function at(place: Place, key: string | number): Place {
  const path = typeof key === "number" ? `${place.path}[${key}]` : place.path ? `${place.path}.${key}` : key;
  return { record: place.record, path };
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The cell of one value, or a failure naming the record when no column can hold it. */
function cell(column: Column, value: unknown, place: Place): Cell {
  if (value === undefined || value === null) {
    if (column.required) fail(place, "a required value is missing");
    return null;
  }
  switch (column.type) {
    case "text":
      if (typeof value !== "string") fail(place, `expected text, got ${typeof value}`);
      // PostgreSQL text cannot hold NUL; a lone surrogate has no UTF-8 encoding.
      if (value.includes("\u0000")) fail(place, "text contains a NUL character");
      if (loneSurrogate.test(value)) fail(place, "text contains a lone UTF-16 surrogate");
      if (value === "") fail(place, "empty text (an empty CSV cell means null)");
      if (column.values && !column.values.includes(value))
        fail(place, `"${value}" is not one of ${column.values.join(", ")}`);
      if (column.date && !(column.date === "day" ? dayShape : partialDateShape).test(value)) {
        fail(place, `"${value}" is not an ISO date`);
      }
      return value;
    case "integer":
      if (typeof value !== "number" || !Number.isSafeInteger(value))
        fail(place, `expected an integer, got ${String(value)}`);
      if (column.minimum !== undefined && value < column.minimum) fail(place, `${value} is below ${column.minimum}`);
      return value;
    case "boolean":
      if (typeof value !== "boolean") fail(place, `expected true or false, got ${String(value)}`);
      return value;
  }
}

function listOf(value: unknown, place: Place): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(place, "expected a list");
  return value;
}

function fill(
  nodes: readonly Node[],
  value: Record<string, unknown>,
  row: Record<string, Cell>,
  refs: Readonly<Record<string, Cell>>,
  place: Place,
  rows: Rows,
): void {
  const known = new Set(nodes.map((node) => node.key));
  for (const key of Object.keys(value)) {
    if (!known.has(key)) fail(at(place, key), "a key no schema declares (it would be lost)");
  }
  for (const node of nodes) {
    const item = value[node.key];
    const here = at(place, node.key);
    switch (node.kind) {
      case "column":
        row[node.column.name] = cell(node.column, item, here);
        break;
      case "object":
        if (item !== undefined && item !== null && !isObject(item)) fail(here, "expected an object");
        fill(node.nodes, isObject(item) ? item : {}, row, refs, here, rows);
        break;
      case "objects":
        listOf(item, here).forEach((element, index) => {
          const where = at(here, index);
          if (!isObject(element)) fail(where, "expected an object");
          const key: Record<string, Cell> = {};
          for (const [child, parent] of node.plan.childRefs) {
            key[child] = parent === "position" ? index + 1 : (refs[child] ?? null);
          }
          const childRow: Record<string, Cell> = { ...refs, position: index + 1 };
          fill(node.plan.nodes, element, childRow, key, where, rows);
          rows.get(node.plan.table.name)!.push(childRow);
        });
        break;
      case "values":
        listOf(item, here).forEach((element, index) => {
          rows
            .get(node.table)!
            .push({ ...refs, position: index + 1, [node.column.name]: cell(node.column, element, at(here, index)) });
        });
        break;
      case "lists": {
        if (item === undefined || item === null) break;
        if (!isObject(item)) fail(here, "expected an object of lists");
        for (const lang of Object.keys(item)) {
          if (!node.langs.includes(lang)) fail(at(here, lang), "a key no schema declares (it would be lost)");
        }
        const owner =
          node.table === entityNamesTable ? { entity_id: typeof value.id === "string" ? value.id : null } : refs;
        for (const lang of node.langs) {
          listOf(item[lang], at(here, lang)).forEach((element, index) => {
            const where = at(at(here, lang), index);
            rows
              .get(node.table)!
              .push({ ...owner, lang, position: index + 1, [node.column.name]: cell(node.column, element, where) });
          });
        }
        break;
      }
    }
  }
}

/**
 * The rows of every table of `model` for a dataset, tables in dependency order, rows in record
 * order. Throws an `ArtifactError` (`UNEXPRESSIBLE_RECORD`, naming the record's id) for a
 * value no table can hold: a NUL character, a lone surrogate, an empty string, a key no schema
 * declares, a value of the wrong type.
 */
export function tableRows(model: TableModel, data: Readonly<Record<CollectionName, readonly unknown[]>>): TableData[] {
  const rows: Rows = new Map(model.tables.map((table) => [table.name, []]));
  for (const collection of collections) {
    const plan = model.plans[collection];
    const records = data[collection];
    if (!Array.isArray(records)) {
      throw new ArtifactError("UNEXPRESSIBLE_RECORD", `${collection} is not a list of records`, collection);
    }
    const textId = plan.nodes.some((node) => node.kind === "column" && node.key === "id");
    records.forEach((record, index) => {
      const label = isObject(record) && typeof record.id === "string" ? record.id : `${collection}[${index}]`;
      const place: Place = { record: label, path: "" };
      if (!isObject(record)) fail(place, "a record must be an object");
      const key: Cell = textId ? (typeof record.id === "string" ? record.id : null) : index + 1;
      const row: Record<string, Cell> = textId ? {} : { id: key };
      const refs = Object.fromEntries(plan.childRefs.map(([child]) => [child, key]));
      fill(plan.nodes, record, row, refs, place, rows);
      rows.get(plan.table.name)!.push(row);
    });
  }
  return model.tables.map((table) => ({ table, rows: rows.get(table.name)! }));
}
