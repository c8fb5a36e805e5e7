import type { Column, Table } from "./tables/table.js";

/** A field of a Frictionless Table Schema. */
export interface DataPackageField {
  name: string;
  type: "string" | "integer" | "boolean" | "date";
  description: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: true; enum?: string[]; pattern?: string; minimum?: number };
}

/** A tabular data resource: one CSV file and its schema. */
export interface DataPackageResource {
  name: string;
  path: string;
  profile: "tabular-data-resource";
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  description: string;
  schema: {
    fields: DataPackageField[];
    primaryKey: string[];
    foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
    missingValues: string[];
  };
}

/** A Frictionless tabular data package descriptor (`datapackage.json`). */
export interface DataPackage {
  profile: "tabular-data-package";
  name: string;
  title: string;
  description: string;
  /** The day the data was last checked against its sources (not a Frictionless property). */
  asOf: string;
  licenses: { name: string; title: string }[];
  resources: DataPackageResource[];
}

// XML Schema regular expressions, as Frictionless uses, match the whole value without anchors.
const partialDatePattern = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";

function field(column: Column): DataPackageField {
  const constraints: NonNullable<DataPackageField["constraints"]> = {};
  if (column.required) constraints.required = true;
  if (column.values) constraints.enum = [...column.values];
  if (column.date === "partial") constraints.pattern = partialDatePattern;
  if (column.minimum !== undefined) constraints.minimum = column.minimum;
  // A day-precision date is a Frictionless date (default format YYYY-MM-DD); a partial one is a pattern-checked string.
  const type = column.date === "day" ? "date" : column.type === "text" ? "string" : column.type;
  return {
    name: column.name,
    type,
    description: column.description,
    ...(type === "boolean" ? { trueValues: ["true"], falseValues: ["false"] } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/**
 * The descriptor of the normalized CSV files (in `folder`, relative to the descriptor): one
 * resource per table, with keys and types, and the data's `asOf` day.
 */
export function toDataPackage(tables: readonly Table[], folder: string, asOf: string): DataPackage {
  return {
    profile: "tabular-data-package",
    name: "csto",
    title: "Collective Security Treaty Organization (CSTO) dataset",
    description:
      "The @csto/model dataset as normalized tables: one CSV per table, generated from the zod schemas and data/*.json. " +
      "Dates are ISO text at day, month or year precision; a partial date stands for its first day in period queries.",
    asOf,
    licenses: [{ name: "MIT", title: "MIT License" }],
    resources: tables.map((table) => ({
      name: table.name,
      path: `${folder}${table.name}.csv`,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      description: table.description,
      schema: {
        fields: table.columns.map(field),
        primaryKey: [...table.primaryKey],
        foreignKeys: table.foreignKeys.map((key) => ({
          fields: [...key.columns],
          reference: { resource: key.table, fields: [...key.references] },
        })),
        missingValues: [""],
      },
    })),
  };
}
