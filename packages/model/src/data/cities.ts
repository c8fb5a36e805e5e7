// One collection per module, so a bundle that reads only this collection carries only its JSON
// (`import { cities } from "@csto/model/data/cities"`). JSON imports widen literals, so the
// array is cast to its record type; the tests validate every value with the schemas.
import json from "../../data/cities.json" with { type: "json" };
import type { City } from "../schemas/city.js";

/** Capitals and session venues. */
export const cities: readonly City[] = json as City[];
