import type * as z from "zod";

// Reads zod 4 schema definitions by their `def.type`, which is stable across zod's classes
// (z.url() is a string format, not a ZodString subclass one can test with instanceof).

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  checks?: { _zod: { def: CheckDef } }[];
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  value?: number;
  inclusive?: boolean;
}

/** The definition of a schema. */
export function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** A schema with its optional / nullable / readonly wrappers removed, and whether any allowed absence. */
export interface Unwrapped {
  readonly schema: z.ZodType;
  readonly optional: boolean;
  readonly description: string | undefined;
}

/** Strips optional, nullable, readonly and default wrappers; keeps the outermost description. */
export function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let optional = false;
  let description = schema.description;
  for (;;) {
    const def = defOf(current);
    if (def.type !== "optional" && def.type !== "nullable" && def.type !== "readonly" && def.type !== "default") {
      return { schema: current, optional, description: description ?? current.description };
    }
    if (def.type !== "readonly") optional = true;
    current = def.innerType as z.ZodType;
    description ??= current.description;
  }
}

/** The regular expressions a string schema must match. */
export function patternsOf(schema: z.ZodType): RegExp[] {
  return (defOf(schema).checks ?? []).flatMap((check) => (check._zod.def.pattern ? [check._zod.def.pattern] : []));
}

/** True for a number schema restricted to safe integers (`z.number().int()`). */
export function isInteger(schema: z.ZodType): boolean {
  return (defOf(schema).checks ?? []).some((check) => check._zod.def.format === "safeint");
}

/** The inclusive lower bound of a number schema (`.nonnegative()` → 0), if any. */
export function minimumOf(schema: z.ZodType): number | undefined {
  for (const check of defOf(schema).checks ?? []) {
    const def = check._zod.def;
    if (def.check === "greater_than" && def.inclusive && typeof def.value === "number") return def.value;
  }
  return undefined;
}

/** The fields of an object schema, in key order. */
export function shapeOf(schema: z.ZodType): [string, z.ZodType][] {
  return Object.entries(defOf(schema).shape ?? {});
}

/** The values of an enum schema. */
export function enumValuesOf(schema: z.ZodType): string[] {
  return Object.values(defOf(schema).entries ?? {});
}
