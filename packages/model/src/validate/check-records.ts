import type * as z from "zod";
import { type CollectionName, collections, recordSchemas } from "../schemas/collections.js";
import type { KnownIds, Reporter, ValidEntries } from "./context.js";
import { recordLabel } from "./context.js";
import { findUnknownKeys } from "./unknown-keys.js";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Checks the container and every record against its schema. Returns the records that passed
 * (for the cross-record checks) and every id seen, so that a record that fails its schema does
 * not also make each reference to it dangle.
 */
export function checkRecords(input: unknown, reporter: Reporter): { valid: ValidEntries; known: KnownIds } | undefined {
  if (!isPlainObject(input)) {
    const got = input === null ? "null" : Array.isArray(input) ? "an array" : typeof input;
    reporter.report("dataset", undefined, undefined, [], "invalid-input", `The dataset must be an object, got ${got}`);
    return undefined;
  }
  for (const key of Object.keys(input)) {
    if (!(collections as readonly string[]).includes(key)) {
      reporter.report("dataset", undefined, undefined, [key], "unknown-key", `"${key}" is not a collection`);
    }
  }
  const valid = {} as Record<CollectionName, { record: unknown; index: number }[]>;
  const known = {} as Record<CollectionName, Set<string>>;
  for (const collection of collections) {
    valid[collection] = [];
    known[collection] = new Set();
    const records = input[collection];
    if (records === undefined) {
      reporter.report(
        collection,
        undefined,
        undefined,
        [],
        "missing-collection",
        `The collection "${collection}" is missing`,
      );
      continue;
    }
    if (!Array.isArray(records)) {
      reporter.report(collection, undefined, undefined, [], "invalid-input", `"${collection}" must be an array`);
      continue;
    }
    const schema: z.ZodType = recordSchemas[collection];
    records.forEach((raw: unknown, index) => {
      const label = recordLabel(collection, raw);
      if (!isPlainObject(raw)) {
        reporter.report(collection, index, undefined, [], "invalid-input", "A record must be an object");
        return;
      }
      if (label !== undefined) known[collection].add(label);
      const result = schema.safeParse(raw);
      if (result.success) valid[collection].push({ record: result.data, index });
      else {
        for (const issue of result.error.issues) {
          reporter.report(collection, index, label, issue.path, "schema", issue.message);
          reporter.problems.at(-1)!.issue = issue;
        }
      }
      for (const path of findUnknownKeys(schema, raw)) {
        reporter.report(collection, index, label, path, "unknown-key", `Unknown key "${String(path.at(-1))}"`);
      }
    });
  }
  return { valid: valid as ValidEntries, known: known as KnownIds };
}
