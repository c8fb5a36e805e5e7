import { earliestDay } from "../dates/partial-date.js";
import type { Reporter, ValidEntries } from "./context.js";

/** Membership events are listed in date order. */
export function checkEventOrder(entries: ValidEntries, reporter: Reporter): void {
  for (const { record, index } of entries.memberships) {
    for (let i = 1; i < record.events.length; i++) {
      const [previous, next] = [record.events[i - 1]!, record.events[i]!];
      if (earliestDay(next.date) < earliestDay(previous.date)) {
        reporter.report(
          "memberships",
          index,
          record.state,
          ["events", i, "date"],
          "unsorted-events",
          `${next.date} comes after ${previous.date}; list events in date order`,
        );
      }
    }
  }
}
