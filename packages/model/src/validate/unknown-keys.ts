import * as z from "zod";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The paths of keys in `value` that `schema` does not declare. The exported schemas strip
 * unknown keys (friendly to consumers who add their own), but in the hand-edited master files
 * an unknown key is nearly always a typo (`atendees`), so validation reports them.
 */
export function findUnknownKeys(schema: z.ZodType, value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodReadonly) {
    return findUnknownKeys(schema.unwrap() as z.ZodType, value, path);
  }
  if (schema instanceof z.ZodArray) {
    if (!Array.isArray(value)) return [];
    return value.flatMap((item, index) => findUnknownKeys(schema.element as z.ZodType, item, [...path, index]));
  }
  if (schema instanceof z.ZodObject) {
    if (!isPlainObject(value)) return [];
    const shape = schema.shape as Record<string, z.ZodType>;
    const found: PropertyKey[][] = [];
    for (const key of Object.keys(value)) {
      const inner = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (inner === undefined) found.push([...path, key]);
      else found.push(...findUnknownKeys(inner, value[key], [...path, key]));
    }
    return found;
  }
  return [];
}
