// One collection per module, so a bundle that reads only this collection carries only its JSON
// (`import { persons } from "@csto/model/data/persons"`). JSON imports widen literals, so the
// array is cast to its record type; the tests validate every value with the schemas.
import json from "../../data/persons.json" with { type: "json" };
import type { Person } from "../schemas/person.js";

/** Leaders and secretaries-general. */
export const persons: readonly Person[] = json as Person[];
