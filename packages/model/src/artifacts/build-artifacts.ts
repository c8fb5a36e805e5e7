import { type CollectionName, collections, recordSchemas } from "../schemas/collections.js";
import { toCsv } from "./to-csv.js";
import { toJsonSchema } from "./to-json-schema.js";

/** The command that rewrites the generated files; named in drift messages. */
export const regenerateCommand = "npm run generate -w @csto/model";

/**
 * Every generated file of the package, by path relative to the package root: the JSON Schema
 * of each collection (`schema/<collection>.json`) and its CSV (`csv/<collection>.csv`).
 */
export function buildArtifacts(data: Readonly<Record<CollectionName, readonly unknown[]>>): Map<string, string> {
  const files = new Map<string, string>();
  for (const collection of collections) {
    const schema = recordSchemas[collection];
    files.set(`schema/${collection}.json`, `${JSON.stringify(toJsonSchema(collection, schema), null, 2)}\n`);
    files.set(`csv/${collection}.csv`, toCsv(schema, data[collection]));
  }
  return files;
}
