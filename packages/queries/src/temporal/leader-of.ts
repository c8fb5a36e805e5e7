import { CstoError, type DateInput } from "@csto/arabic-text";
import type { Dataset, LeaderOffice, LeaderTerm, StateId } from "@csto/model";
import { toDateKey } from "../dates/to-date-key.js";
import { ownOption, readOptions } from "../options/own-option.js";
import { isInForce, periodOn } from "./period.js";

/** Options of `leaderOf`. */
export interface LeaderOptions {
  /** Pick a specific office instead of the one that sits on the Collective Security Council. */
  office?: LeaderOffice;
}

const offices: readonly LeaderOffice[] = ["president", "prime-minister", "head-of-state"];

// Armenia became a parliamentary republic on 2018-04-09: since then its prime minister, not
// its president, represents it on the Collective Security Council.
const councilOfficeChanges: Readonly<Partial<Record<StateId, { since: string; office: LeaderOffice }>>> = {
  "state:ARM": { since: "2018-04-09", office: "prime-minister" },
};

/** The leader of `state` on `date` who sits on the Council, or the one in `options.office`. */
export function queryLeaderOf(
  data: Pick<Dataset, "leaderTerms">,
  state: StateId,
  date: DateInput,
  options?: LeaderOptions,
): LeaderTerm | undefined {
  if (typeof state !== "string") throw new CstoError("INVALID_ARGUMENT", "leaderOf: state must be a state id");
  const office = ownOption(readOptions(options, "leaderOf options"), "office");
  if (office !== undefined && !offices.includes(office)) {
    throw new CstoError("INVALID_OPTION", `leaderOf: office must be one of ${offices.join(", ")}`);
  }
  const day = toDateKey(date);
  const inForce = data.leaderTerms.filter((term) => term.state === state && isInForce(term, day));
  const change = Object.hasOwn(councilOfficeChanges, state) ? councilOfficeChanges[state] : undefined;
  const preferred = office ?? (change && day >= change.since ? change.office : "president");
  const order: LeaderOffice[] = office ? [office] : [preferred, "president", "head-of-state"];
  for (const candidate of order) {
    const term = periodOn(
      inForce.filter((term) => term.office === candidate),
      day,
    );
    if (term) return term;
  }
  return undefined;
}
