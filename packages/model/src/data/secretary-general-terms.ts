// One collection per module, so a bundle that reads only this collection carries only its JSON
// (`import { secretaryGeneralTerms } from "@csto/model/data/secretary-general-terms"`). JSON imports widen literals, so the
// array is cast to its record type; the tests validate every value with the schemas.
import json from "../../data/secretaryGeneralTerms.json" with { type: "json" };
import type { SecretaryGeneralTerm } from "../schemas/secretary-general-term.js";

/** Secretaries-general, by date. */
export const secretaryGeneralTerms: readonly SecretaryGeneralTerm[] = json as SecretaryGeneralTerm[];
