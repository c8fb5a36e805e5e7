// One collection per module, so a bundle that reads only this collection carries only its JSON
// (`import { states } from "@csto/model/data/states"`). JSON imports widen literals, so the
// array is cast to its record type; the tests validate every value with the schemas.
import json from "../../data/states.json" with { type: "json" };
import type { State } from "../schemas/state.js";

/** Member and former member states (9). */
export const states: readonly State[] = json as State[];
