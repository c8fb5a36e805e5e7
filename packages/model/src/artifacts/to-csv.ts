import * as z from "zod";
import { unwrapSchema } from "./unwrap-schema.js";

/** How one CSV column reads its value out of a record. */
interface Column {
  header: string;
  path: string[];
  kind: "scalar" | "list" | "json";
}

/**
 * The columns of a record schema, in key order: nested objects become dotted columns
 * (`names.ar`, `names.en`, `motto.ru`), lists of strings one column, and lists of objects
 * (membership events, former city names) one column of compact JSON, which keeps them lossless.
 */
export function csvColumns(schema: z.ZodType, prefix: string[] = []): Column[] {
  const inner = unwrapSchema(schema);
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, value]) =>
      csvColumns(value, [...prefix, key]),
    );
  }
  const header = prefix.join(".");
  if (inner instanceof z.ZodArray) {
    const element = unwrapSchema(inner.element as z.ZodType);
    const kind = element instanceof z.ZodObject || element instanceof z.ZodArray ? "json" : "list";
    return [{ header, path: prefix, kind }];
  }
  return [{ header, path: prefix, kind: "scalar" }];
}

/** Separator of list items inside one cell. */
export const listSeparator = " | ";

function read(record: unknown, path: readonly string[]): unknown {
  let value = record;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function cellText(value: unknown, kind: Column["kind"]): string {
  if (value === undefined || value === null) return "";
  if (kind === "json") return JSON.stringify(value);
  if (kind === "list" && Array.isArray(value)) return value.map((item) => String(item)).join(listSeparator);
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** RFC 4180 quoting: quote a field that holds a comma, a quote or a line break. */
function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** The CSV text of a collection: a header row, then one row per record, "\n" line ends. */
export function toCsv(schema: z.ZodType, records: readonly unknown[]): string {
  const columns = csvColumns(schema);
  const rows = [columns.map((column) => quote(column.header)).join(",")];
  for (const record of records) {
    rows.push(columns.map((column) => quote(cellText(read(record, column.path), column.kind))).join(","));
  }
  return `${rows.join("\n")}\n`;
}
