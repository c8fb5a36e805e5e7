// One collection per module, so a bundle that reads only this collection carries only its JSON
// (`import { sources } from "@csto/model/data/sources"`). JSON imports widen literals, so the
// array is cast to its record type; the tests validate every value with the schemas.
import json from "../../data/sources.json" with { type: "json" };
import type { Source } from "../schemas/source.js";

/** Every source cited by a record. */
export const sources: readonly Source[] = json as Source[];
