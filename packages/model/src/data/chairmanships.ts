// One collection per module, so a bundle that reads only this collection carries only its JSON
// (`import { chairmanships } from "@csto/model/data/chairmanships"`). JSON imports widen literals, so the
// array is cast to its record type; the tests validate every value with the schemas.
import json from "../../data/chairmanships.json" with { type: "json" };
import type { Chairmanship } from "../schemas/chairmanship.js";

/** Rotating chairmanships, contiguous, by date. */
export const chairmanships: readonly Chairmanship[] = json as Chairmanship[];
