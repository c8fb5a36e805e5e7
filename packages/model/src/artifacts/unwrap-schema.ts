import * as z from "zod";

/** The schema under optional / nullable / readonly wrappers. */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodReadonly) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}
