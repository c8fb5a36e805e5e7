import * as z from "zod";
import { PersonId, SourceIds, StateId } from "./entity-ids.js";
import { PeriodEnd, PeriodStart } from "./iso-date.js";
import { Notes } from "./names.js";

/** A term of office of a secretary-general of the organisation (or of the treaty before 2002). */
export const SecretaryGeneralTerm = z.object({
  person: PersonId.describe("Id of the secretary-general"),
  state: StateId.describe("Id of the state the secretary-general comes from"),
  from: PeriodStart,
  to: PeriodEnd,
  acting: z.boolean().optional().describe("True for an acting secretary-general"),
  title: z.string().min(1).optional().describe("The office's exact title when it differed (before 2002)"),
  notes: Notes.optional(),
  sources: SourceIds,
});
export type SecretaryGeneralTerm = z.infer<typeof SecretaryGeneralTerm>;
