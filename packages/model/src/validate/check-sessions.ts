import { earliestDay, isCertainlyBefore, latestDay } from "../dates/partial-date.js";
import { sessionIdFor } from "../ids/entity-id.js";
import type { Chairmanship } from "../schemas/chairmanship.js";
import type { Reporter, ValidEntries } from "./context.js";

/** A session's id is derived from its date and city. */
export function checkSessionIds(entries: ValidEntries, reporter: Reporter): void {
  for (const { record, index } of entries.sessions) {
    const expected = sessionIdFor(record.date, record.city);
    if (record.id !== expected) {
      reporter.report(
        "sessions",
        index,
        record.id,
        ["id"],
        "session-id-mismatch",
        `Expected ${expected} from date and city`,
      );
    }
  }
}

/** True when the chairmanship certainly covers every day the (possibly partial) date can mean. */
function covers(chairmanship: Chairmanship, date: string): boolean {
  const startsBefore = latestDay(chairmanship.from) <= earliestDay(date);
  const endsAfter = chairmanship.to === null || isCertainlyBefore(date, chairmanship.to);
  return startsBefore && endsAfter;
}

/**
 * The states that may chair a session on `date`. A chairmanship begins on the day of the
 * session that hands it over (`previous.to === next.from === session date`), and on that day
 * either state may preside: until 2006 the host took the chair at the opening (Dushanbe
 * 2003-04-28 was chaired by Tajikistan), later the outgoing chair presided and handed over at
 * the close (Yerevan 2016-10-14 was chaired by Armenia). On any other day only the state
 * chairing on that date may. Returns undefined when no chairmanship covers the date.
 */
export function chairsAllowedOn(chairmanships: readonly Chairmanship[], date: string): string[] | undefined {
  // Overlapping chairmanships are reported on their own; here any of them is accepted so that
  // one bad period does not also flag every session it covers.
  const current = chairmanships.filter((chairmanship) => covers(chairmanship, date));
  if (current.length === 0) return undefined;
  const allowed = new Set(current.map((chairmanship) => chairmanship.state));
  if (current.some((chairmanship) => chairmanship.from === date)) {
    for (const previous of chairmanships) if (previous.to === date) allowed.add(previous.state);
  }
  return [...allowed];
}

/** A session's chair is the state chairing on its date (either one on a hand-over day). */
export function checkSessionChairs(entries: ValidEntries, reporter: Reporter): void {
  const chairmanships = entries.chairmanships.map((entry) => entry.record);
  for (const { record, index } of entries.sessions) {
    if (record.chair === undefined) continue;
    const allowed = chairsAllowedOn(chairmanships, record.date);
    if (allowed === undefined || allowed.includes(record.chair)) continue;
    reporter.report(
      "sessions",
      index,
      record.id,
      ["chair"],
      "chair-mismatch",
      `Chair ${record.chair}, but ${allowed.join(" or ")} chaired on ${record.date}`,
    );
  }
}
