// One collection per module, so a bundle that reads only this collection carries only its JSON
// (`import { organizations } from "@csto/model/data/organizations"`). JSON imports widen literals, so the
// array is cast to its record type; the tests validate every value with the schemas.
import json from "../../data/organizations.json" with { type: "json" };
import type { Organization } from "../schemas/organization.js";

/** The CSTO and the organisations mentioned with it. */
export const organizations: readonly Organization[] = json as Organization[];
