import * as z from "zod";
import { PersonId, SourceIds, StateId } from "./entity-ids.js";
import { PeriodEnd, PeriodStart } from "./iso-date.js";
import { Notes } from "./names.js";

/** The office a leader term is for: president, prime minister, or another head-of-state office (chair of a parliament or state council). */
export const LeaderOffice = z
  .enum(["president", "prime-minister", "head-of-state"])
  .describe("president, prime minister, or another head-of-state office (chair of parliament or state council)");
export type LeaderOffice = z.infer<typeof LeaderOffice>;

/** A leader's term in one office of a member state. */
export const LeaderTerm = z.object({
  person: PersonId.describe("Id of the leader"),
  state: StateId.describe("Id of the state"),
  office: LeaderOffice,
  from: PeriodStart,
  to: PeriodEnd,
  acting: z.boolean().optional().describe("True for an acting (interim) leader"),
  notes: Notes.optional(),
  sources: SourceIds,
});
export type LeaderTerm = z.infer<typeof LeaderTerm>;
