import { isCertainlyBefore } from "../dates/partial-date.js";
import type { Reporter, ValidEntries } from "./context.js";

/**
 * A session dated before `asOf` cannot still be `scheduled`: by then it was held, cancelled,
 * or nobody has checked (`unconfirmed`). Partial dates count only when every day they may mean
 * is before `asOf`.
 */
export function checkStaleScheduled(entries: ValidEntries, asOf: string, reporter: Reporter): void {
  for (const { record, index } of entries.sessions) {
    if (record.status !== "scheduled" || !isCertainlyBefore(record.date, asOf)) continue;
    reporter.report(
      "sessions",
      index,
      record.id,
      ["status"],
      "stale-scheduled",
      `Scheduled for ${record.date}, before the dataset's asOf (${asOf}): record it as held or cancelled with a source, or as unconfirmed`,
    );
  }
}

/** A session marked `certainty: "uncertain"` says why in its notes. */
export function checkUncertainExplained(entries: ValidEntries, reporter: Reporter): void {
  for (const { record, index } of entries.sessions) {
    if (record.certainty !== "uncertain" || (record.notes?.length ?? 0) > 0) continue;
    reporter.report(
      "sessions",
      index,
      record.id,
      ["certainty"],
      "unexplained-uncertainty",
      "An uncertain record needs a note saying what is doubtful",
    );
  }
}

/** A source was read after it was published and not after the dataset's `asOf`. */
export function checkSourceDates(entries: ValidEntries, asOf: string, reporter: Reporter): void {
  for (const { record, index } of entries.sources) {
    if (isCertainlyBefore(asOf, record.accessed)) {
      reporter.report(
        "sources",
        index,
        record.id,
        ["accessed"],
        "invalid-accessed",
        `Accessed ${record.accessed}, after the dataset's asOf (${asOf})`,
      );
    } else if (record.published !== undefined && isCertainlyBefore(record.accessed, record.published)) {
      reporter.report(
        "sources",
        index,
        record.id,
        ["accessed"],
        "invalid-accessed",
        `Accessed ${record.accessed}, before it was published (${record.published})`,
      );
    }
  }
}
