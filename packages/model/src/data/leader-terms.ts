// One collection per module, so a bundle that reads only this collection carries only its JSON
// (`import { leaderTerms } from "@csto/model/data/leader-terms"`). JSON imports widen literals, so the
// array is cast to its record type; the tests validate every value with the schemas.
import json from "../../data/leaderTerms.json" with { type: "json" };
import type { LeaderTerm } from "../schemas/leader-term.js";

/** Heads of state and government of member states, by date. */
export const leaderTerms: readonly LeaderTerm[] = json as LeaderTerm[];
