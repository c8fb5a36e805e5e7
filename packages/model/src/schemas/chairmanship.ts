import * as z from "zod";
import { SourceIds, StateId } from "./entity-ids.js";
import { PeriodEnd, PeriodStart } from "./iso-date.js";
import { LocalizedText, Notes } from "./names.js";

/** A state's rotating chairmanship of the organisation. */
export const Chairmanship = z.object({
  state: StateId.describe("Id of the chairing state"),
  from: PeriodStart,
  to: PeriodEnd,
  motto: LocalizedText.optional().describe("Motto of the chairmanship"),
  notes: Notes.optional(),
  sources: SourceIds,
});
export type Chairmanship = z.infer<typeof Chairmanship>;
