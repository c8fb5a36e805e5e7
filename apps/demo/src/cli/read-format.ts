import { usageError } from "./cli-error.js";

export type OutputFormat = "text" | "json";

/** The `--format` option, `text` by default. */
export function readFormat(value: string | boolean | undefined): OutputFormat {
  if (value === undefined) return "text";
  if (value === "text" || value === "json") return value;
  throw usageError(`--format must be "text" or "json", got ${JSON.stringify(value)}`);
}
