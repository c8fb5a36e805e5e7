import { describe, expect, it } from "vitest";
import * as z from "zod";
import { collectionNames, type KeyOrder, keyOrder } from "../../scripts/data-format.mjs";
import { unwrapSchema } from "../artifacts/unwrap-schema.js";
import { collections, recordSchemas } from "./collections.js";

/** The key order a schema implies: the same tree shape as scripts/data-format.mjs writes by hand. */
function orderOf(schema: z.ZodType): KeyOrder | true {
  let inner = unwrapSchema(schema);
  if (inner instanceof z.ZodArray) inner = unwrapSchema(inner.element as z.ZodType);
  if (!(inner instanceof z.ZodObject)) return true;
  return Object.fromEntries(
    Object.entries(inner.shape as Record<string, z.ZodType>).map(([key, value]) => [key, orderOf(value)]),
  );
}

describe("the key order of the data files", () => {
  it("lists the collections in the same order", () => {
    expect(collectionNames).toEqual([...collections]);
  });

  it.each(collections)("matches the schema of %s, nested keys included", (collection) => {
    // toStrictEqual on objects ignores key order, so compare the serialisations too.
    const expected = orderOf(recordSchemas[collection]);
    expect(keyOrder[collection]).toStrictEqual(expected);
    expect(JSON.stringify(keyOrder[collection])).toBe(JSON.stringify(expected));
  });
});
