import * as z from "zod";

function closeObjects(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(closeObjects);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const schema = node as Record<string, unknown>;
  if (schema.type === "object" && schema.properties !== undefined && schema.additionalProperties === undefined) {
    schema.additionalProperties = false;
  }
  Object.values(schema).forEach(closeObjects);
}

/**
 * The JSON Schema (draft 2020-12) of a collection file: an array of records. Generated from the
 * zod schema for its input side; every object is closed (`additionalProperties: false`) so an
 * editor flags the same unknown keys `validateDataset` reports. The calendar check of dates and
 * the cross-record rules are not expressible here: run `validateDataset` for those.
 */
export function toJsonSchema(collection: string, schema: z.ZodType): Record<string, unknown> {
  const generated = z.toJSONSchema(z.array(schema), { io: "input" }) as Record<string, unknown>;
  closeObjects(generated);
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: `@csto/model ${collection}`,
    description: `The records of packages/model/data/${collection}.json. Generated from the zod schemas; do not edit.`,
    ...rest,
  };
}
