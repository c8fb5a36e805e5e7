import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DataPackage, DataPackageField } from "../src/artifacts/to-datapackage.js";
import { parseCsv } from "./support/csv.js";

// Validates datapackage.json against the committed CSV files the way a Frictionless
// validator would: headers, required values, types, enums, patterns, primary and foreign keys.
const root = new URL("../", import.meta.url);
const descriptor = JSON.parse(readFileSync(new URL("datapackage.json", root), "utf8")) as DataPackage;
const tables = new Map(
  descriptor.resources.map((resource) => {
    const [header = [], ...rows] = parseCsv(readFileSync(new URL(resource.path, root), "utf8"));
    return [resource.name, { resource, header, rows }] as const;
  }),
);

function typeProblem(field: DataPackageField, value: string): string | undefined {
  switch (field.type) {
    case "integer":
      return /^-?\d+$/.test(value) ? undefined : "not an integer";
    case "boolean":
      return [...(field.trueValues ?? []), ...(field.falseValues ?? [])].includes(value) ? undefined : "not a boolean";
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : "not a date";
    case "string":
      return undefined;
  }
}

function constraintProblem(field: DataPackageField, value: string): string | undefined {
  const constraints = field.constraints ?? {};
  if (constraints.enum && !constraints.enum.includes(value)) return `not one of ${constraints.enum.join(", ")}`;
  if (constraints.pattern && !new RegExp(`^(?:${constraints.pattern})$`).test(value))
    return "does not match the pattern";
  if (constraints.minimum !== undefined && Number(value) < constraints.minimum) return "below the minimum";
  return undefined;
}

describe("datapackage.json against the CSV files", () => {
  it("is a tabular data package with one resource per CSV file", () => {
    expect(descriptor.profile).toBe("tabular-data-package");
    expect(descriptor.resources.length).toBeGreaterThanOrEqual(11);
    for (const resource of descriptor.resources) expect(resource.path).toBe(`csv/${resource.name}.csv`);
  });

  it.each(descriptor.resources.map((resource) => resource.name))("%s: header equals the fields", (name) => {
    const { resource, header, rows } = tables.get(name)!;
    expect(header).toEqual(resource.schema.fields.map((field) => field.name));
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it.each(descriptor.resources.map((resource) => resource.name))("%s: every value parses as its type", (name) => {
    const { resource, rows } = tables.get(name)!;
    const problems: string[] = [];
    rows.forEach((row, index) => {
      resource.schema.fields.forEach((field, column) => {
        const value = row[column] ?? "";
        if (resource.schema.missingValues.includes(value)) {
          if (field.constraints?.required) problems.push(`row ${index + 1} ${field.name}: missing`);
          return;
        }
        const problem = typeProblem(field, value) ?? constraintProblem(field, value);
        if (problem) problems.push(`row ${index + 1} ${field.name}: "${value}" ${problem}`);
      });
    });
    expect(problems).toEqual([]);
  });

  it.each(descriptor.resources.map((resource) => resource.name))(
    "%s: primary key unique, foreign keys resolve",
    (name) => {
      const { resource, header, rows } = tables.get(name)!;
      const tuple = (row: string[], columns: string[], names: string[]) =>
        JSON.stringify(columns.map((column) => row[names.indexOf(column)]));
      const keys = rows.map((row) => tuple(row, resource.schema.primaryKey, header));
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of resource.schema.foreignKeys) {
        const target = tables.get(key.reference.resource)!;
        const present = new Set(target.rows.map((row) => tuple(row, key.reference.fields, target.header)));
        const dangling = rows
          .filter((row) => key.fields.every((field) => row[header.indexOf(field)] !== ""))
          .map((row) => tuple(row, key.fields, header))
          .filter((value) => !present.has(value));
        expect(dangling, `${name} → ${key.reference.resource}`).toEqual([]);
      }
    },
  );

  it("entity_names points at an entity of the table its id prefix names", () => {
    const { header, rows } = tables.get("entity_names")!;
    const ids = new Set(
      ["states", "cities", "persons", "organizations"].flatMap((table) => tables.get(table)!.rows.map((row) => row[0])),
    );
    const column = header.indexOf("entity_id");
    expect(rows.filter((row) => !ids.has(row[column])).map((row) => row[column])).toEqual([]);
  });
});
