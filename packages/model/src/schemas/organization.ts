import * as z from "zod";
import { OrganizationId, SourceIds } from "./entity-ids.js";
import { Names } from "./names.js";

const Abbreviations = z.array(z.string().min(1));

/** An organisation mentioned with the CSTO (the CSTO itself, NATO, the CIS, the Kremlin, …). */
export const Organization = z.object({
  id: OrganizationId,
  names: Names,
  abbreviations: z
    .object({
      ar: Abbreviations.optional().describe("Arabic abbreviations, preferred first"),
      en: Abbreviations.optional().describe("English abbreviations, preferred first (CSTO)"),
      ru: Abbreviations.optional().describe("Russian abbreviations, preferred first (ОДКБ)"),
    })
    .optional()
    .describe("Abbreviations per language"),
  sources: SourceIds,
});
export type Organization = z.infer<typeof Organization>;
