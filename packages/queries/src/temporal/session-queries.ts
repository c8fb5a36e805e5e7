import type { DateInput } from "@csto/arabic-text";
import type { Dataset, Session } from "@csto/model";
import { toDateKey } from "../dates/to-date-key.js";
import { ownOption, readOptions } from "../options/own-option.js";
import { firstDayOf } from "./period.js";
import { compareSessions, matchesOneOf, type SessionFilter } from "./session-filter.js";

type Sessions = Pick<Dataset, "sessions">;

// Sorted and non-cancelled views, once per sessions array (the dataset is frozen, so they stay true).
let orderedViews: WeakMap<readonly Session[], Session[]> | undefined;
let liveViews: WeakMap<readonly Session[], Session[]> | undefined;

function ordered(sessions: readonly Session[]): Session[] {
  orderedViews ??= new WeakMap();
  let view = orderedViews.get(sessions);
  if (view === undefined) {
    view = [...sessions].sort(compareSessions);
    orderedViews.set(sessions, view);
  }
  return view;
}

function live(sessions: readonly Session[]): Session[] {
  liveViews ??= new WeakMap();
  let view = liveViews.get(sessions);
  if (view === undefined) {
    view = ordered(sessions).filter((session) => session.status !== "cancelled");
    liveViews.set(sessions, view);
  }
  return view;
}

/** The sessions that match `filter`, in date order. */
export function querySessions(data: Sessions, filter?: SessionFilter): Session[] {
  const options = readOptions(filter, "sessions filter");
  const fromOption = ownOption(options, "from");
  const toOption = ownOption(options, "to");
  const cityOption = ownOption(options, "city");
  const kind = ownOption(options, "kind");
  const status = ownOption(options, "status");
  const from = fromOption === undefined ? undefined : toDateKey(fromOption, "from");
  const to = toOption === undefined ? undefined : toDateKey(toOption, "to");
  // A slug ("bishkek") is still read as its city id for callers without types.
  const city =
    cityOption === undefined ? undefined : cityOption.startsWith("city:") ? cityOption : `city:${cityOption}`;
  return ordered(data.sessions).filter(
    (session) =>
      // A session overlaps [from, to) when its last day is on or after `from` and its first
      // day is before `to`.
      (from === undefined || firstDayOf(session.endDate ?? session.date) >= from) &&
      (to === undefined || firstDayOf(session.date) < to) &&
      (city === undefined || session.city === city) &&
      matchesOneOf(session.kind, kind) &&
      matchesOneOf(session.status, status),
  );
}

/** The session (not cancelled) held on `date`, its last day included. */
export function querySessionOn(data: Sessions, date: DateInput): Session | undefined {
  const day = toDateKey(date);
  return live(data.sessions).find((session) => session.date <= day && day <= (session.endDate ?? session.date));
}

/** The first session (not cancelled) that starts after `after`. */
export function queryNextSession(data: Sessions, after: DateInput): Session | undefined {
  const day = toDateKey(after, "after");
  return live(data.sessions).find((session) => firstDayOf(session.date) > day);
}

/** The last session (not cancelled) that started before `before`. */
export function queryPreviousSession(data: Sessions, before: DateInput): Session | undefined {
  const day = toDateKey(before, "before");
  return live(data.sessions).findLast((session) => firstDayOf(session.date) < day);
}
