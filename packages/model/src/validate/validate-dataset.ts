import { asOf } from "../data/release.js";
import { checkSourceDates, checkStaleScheduled, checkUncertainExplained } from "./check-currency.js";
import { checkEventOrder } from "./check-memberships.js";
import { checkChairmanshipsContiguous, checkOverlaps, checkPeriodOrder } from "./check-periods.js";
import { checkRecords } from "./check-records.js";
import { checkReferences, checkSourced, checkUniqueIds } from "./check-references.js";
import { checkSessionChairs, checkSessionIds } from "./check-sessions.js";
import { createReporter } from "./context.js";
import type { ValidationResult } from "./problem.js";

/**
 * Checks a dataset: every record against its schema (unknown keys included), then the rules
 * across records — unique ids, references that resolve, a source on every record, periods that
 * do not overlap, contiguous chairmanships, session chairs and ids, and currency against the
 * shipped `asOf` (no `scheduled` session before it, no source read after it). Never throws: anything,
 * including `null` or a half-built object, yields a result.
 *
 * It takes the dataset as an argument and never imports the shipped data, so a bundle that
 * validates its own data does not carry ours; pass `dataset` from `@csto/model/data` to check
 * the shipped one.
 *
 * @param dataset the dataset to check: anything, typically an edited copy of `dataset`.
 */
export function validateDataset(dataset: unknown): ValidationResult {
  const reporter = createReporter();
  try {
    const checked = checkRecords(dataset, reporter);
    if (checked !== undefined) {
      const { valid, known } = checked;
      checkUniqueIds(valid, reporter);
      checkReferences(valid, known, reporter);
      checkSourced(valid, reporter);
      checkPeriodOrder(valid, reporter);
      checkOverlaps(valid, reporter);
      checkChairmanshipsContiguous(valid, reporter);
      checkSessionIds(valid, reporter);
      checkSessionChairs(valid, reporter);
      checkEventOrder(valid, reporter);
      checkStaleScheduled(valid, asOf, reporter);
      checkUncertainExplained(valid, reporter);
      checkSourceDates(valid, asOf, reporter);
    }
  } catch (error) {
    // Only hostile input gets here (a getter or proxy that throws while being read).
    const message = error instanceof Error ? error.message : String(error);
    reporter.report("dataset", undefined, undefined, [], "invalid-input", `The dataset could not be read: ${message}`);
  }
  return reporter.problems.length === 0 ? { ok: true } : { ok: false, problems: reporter.problems };
}
