// One collection per module, so a bundle that reads only this collection carries only its JSON
// (`import { memberships } from "@csto/model/data/memberships"`). JSON imports widen literals, so the
// array is cast to its record type; the tests validate every value with the schemas.
import json from "../../data/memberships.json" with { type: "json" };
import type { Membership } from "../schemas/membership.js";

/** Participation history, one record per state. */
export const memberships: readonly Membership[] = json as Membership[];
