// One collection per module, so a bundle that reads only this collection carries only its JSON
// (`import { sessions } from "@csto/model/data/sessions"`). JSON imports widen literals, so the
// array is cast to its record type; the tests validate every value with the schemas.
import json from "../../data/sessions.json" with { type: "json" };
import type { Session } from "../schemas/session.js";

/** Sessions of the Collective Security Council, by date. */
export const sessions: readonly Session[] = json as Session[];
