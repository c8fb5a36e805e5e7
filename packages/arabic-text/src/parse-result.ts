/**
 * The result of a function whose failure is expected input, not misuse (DESIGN.md §4):
 * `{ ok: true, value }` or `{ ok: false, reason, message }` with `reason` from a small
 * documented union. `parseDate` returns `ParseResult<DateMention, ParseDateReason>`.
 */
export type ParseResult<T, Reason extends string = string> =
  | { ok: true; value: T }
  | { ok: false; reason: Reason; message: string };
