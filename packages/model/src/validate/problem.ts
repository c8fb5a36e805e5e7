import type * as z from "zod";

/**
 * What is wrong, as a stable string:
 * - `invalid-input`: the dataset is not an object, a collection is not an array, or a record is
 *   not an object (nothing more can be checked there).
 * - `missing-collection`: one of the collections is absent.
 * - `schema`: a record does not match its zod schema (the zod issue is in `issue`).
 * - `unknown-key`: a key that no schema declares (usually a typo in hand-edited JSON).
 * - `duplicate-id`: two records share an id (memberships: a state).
 * - `dangling-reference`: an id (state, city, person, session, source) that no record has,
 *   including `src:` ids cited in notes.
 * - `unsourced`: a record (or membership event) that cites no source.
 * - `invalid-period`: a period that ends on or before its first day; a session that ends
 *   before it begins.
 * - `overlapping-terms`: two secretary-general terms, or two terms in the same office of the
 *   same state, overlap (`to` is exclusive; `to: null` means still in office).
 * - `chairmanship-gap`: a chairmanship's `to` is not the next one's `from`.
 * - `chair-mismatch`: a session's `chair` is not the state chairing on its date.
 * - `session-id-mismatch`: a session id is not `session:<date>-<city slug>`.
 * - `unsorted-events`: membership events are not in date order.
 * - `stale-scheduled`: a session still `scheduled` although its date is before `asOf`.
 * - `unexplained-uncertainty`: a session marked `certainty: "uncertain"` without notes.
 * - `invalid-accessed`: a source `accessed` after `asOf` or before its `published` date.
 */
export type ProblemCode =
  | "invalid-input"
  | "missing-collection"
  | "schema"
  | "unknown-key"
  | "duplicate-id"
  | "dangling-reference"
  | "unsourced"
  | "invalid-period"
  | "overlapping-terms"
  | "chairmanship-gap"
  | "chair-mismatch"
  | "session-id-mismatch"
  | "unsorted-events"
  | "stale-scheduled"
  | "unexplained-uncertainty"
  | "invalid-accessed";

/** One thing wrong with the dataset. */
export interface Problem {
  /** The collection (`"sessions"`), or `"dataset"` for the container itself. */
  collection: string;
  /**
   * The record's id; for records without one a stable key: a membership's state,
   * `<state>@<from>` for a chairmanship, `<person>@<from>` for a term.
   */
  id?: string;
  /** Where, as a JS-like path: `sessions[3].attendees[1]`. */
  path: string;
  code: ProblemCode;
  /** A sentence for people. */
  message: string;
  /** The zod issue behind a `schema` problem, unchanged. */
  issue?: z.core.$ZodIssue;
}

/** The result of `validateDataset`. */
export type ValidationResult = { ok: true } | { ok: false; problems: Problem[] };
