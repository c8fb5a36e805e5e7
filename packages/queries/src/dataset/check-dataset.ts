import { CstoError } from "@csto/arabic-text";
import { type Dataset, validateDataset } from "@csto/model";
import { deepFreeze } from "./deep-freeze.js";

// Datasets that passed, so creating queries twice over one dataset validates it once.
let checked: WeakSet<object> | undefined;

/**
 * The dataset argument of `createQueries`, validated (`validateDataset`) and deep-frozen.
 * Throws a `CstoError` coded INVALID_DATASET naming the first problem; every problem is in
 * `cause`.
 */
export function checkDataset(dataset: unknown): Dataset {
  checked ??= new WeakSet();
  if (typeof dataset === "object" && dataset !== null && checked.has(dataset)) return dataset as Dataset;
  const result = validateDataset(dataset);
  if (!result.ok) {
    const [first] = result.problems;
    const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more problems)` : "";
    const where = first?.path ? `${first.path}: ` : "";
    throw new CstoError("INVALID_DATASET", `createQueries: invalid dataset: ${where}${first?.message}${more}`, {
      cause: result.problems,
    });
  }
  checked.add(deepFreeze(dataset as object));
  return dataset as Dataset;
}
