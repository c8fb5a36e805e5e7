import type { Dataset } from "@csto/model";
import { toDateKey } from "../dates/to-date-key.js";
import { ownOption, readOptions } from "../options/own-option.js";
import { firstDayOf } from "./period.js";
import type { TimelineEvent, TimelineFilter } from "./timeline-event.js";

const kindOrder = { membership: 0, chairmanship: 1, "secretary-general": 2, session: 3 } as const;

/** Every dated event of the organisation's history that matches `filter`, in date order. */
export function queryTimeline(
  data: Pick<Dataset, "memberships" | "sessions" | "chairmanships" | "secretaryGeneralTerms">,
  filter?: TimelineFilter,
): TimelineEvent[] {
  const options = readOptions(filter, "timeline filter");
  const fromOption = ownOption(options, "from");
  const toOption = ownOption(options, "to");
  const kinds = ownOption(options, "kinds");
  const from = fromOption === undefined ? undefined : toDateKey(fromOption, "from");
  const to = toOption === undefined ? undefined : toDateKey(toOption, "to");
  const events: TimelineEvent[] = [];
  for (const membership of data.memberships) {
    for (const event of membership.events) {
      events.push({ date: event.date, kind: "membership", state: membership.state, event });
    }
  }
  for (const session of data.sessions) events.push({ date: session.date, kind: "session", session });
  for (const chairmanship of data.chairmanships) {
    events.push({ date: chairmanship.from, kind: "chairmanship", chairmanship });
  }
  for (const term of data.secretaryGeneralTerms) events.push({ date: term.from, kind: "secretary-general", term });
  return events
    .filter(
      (event) =>
        (from === undefined || firstDayOf(event.date) >= from) &&
        (to === undefined || firstDayOf(event.date) < to) &&
        (kinds === undefined || kinds.includes(event.kind)),
    )
    .sort((a, b) => firstDayOf(a.date).localeCompare(firstDayOf(b.date)) || kindOrder[a.kind] - kindOrder[b.kind]);
}
