import type { DateInput } from "@csto/arabic-text";
import type { Dataset, State, StateId } from "@csto/model";
import { toDateKey } from "../dates/to-date-key.js";
import { isMemberAfter } from "./membership-status.js";
import { firstDayOf } from "./period.js";

/** The states that were party to the treaty on `date`, in dataset order. */
export function queryMembersOn(data: Pick<Dataset, "memberships" | "states">, date: DateInput): State[] {
  const day = toDateKey(date);
  const members = new Set<StateId>();
  for (const membership of data.memberships) {
    let member = false;
    for (const event of membership.events) {
      if (firstDayOf(event.date) > day) break;
      member = isMemberAfter(event.type, member);
    }
    if (member) members.add(membership.state);
  }
  return data.states.filter((state) => members.has(state.id));
}
