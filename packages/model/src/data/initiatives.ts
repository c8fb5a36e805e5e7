// One collection per module, so a bundle that reads only this collection carries only its JSON
// (`import { initiatives } from "@csto/model/data/initiatives"`). JSON imports widen literals, so the
// array is cast to its record type; the tests validate every value with the schemas.
import json from "../../data/initiatives.json" with { type: "json" };
import type { Initiative } from "../schemas/initiative.js";

/** Initiatives, decisions, documents and operations, by date. */
export const initiatives: readonly Initiative[] = json as Initiative[];
