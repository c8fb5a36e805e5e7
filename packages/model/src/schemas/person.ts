import * as z from "zod";
import { PersonId, SourceIds } from "./entity-ids.js";
import { IsoDate } from "./iso-date.js";
import { Names, Notes } from "./names.js";

/** A head of state or government, or a secretary-general. */
export const Person = z.object({
  id: PersonId,
  names: Names,
  born: IsoDate.optional().describe("Date of birth, when known"),
  notes: Notes.optional(),
  sources: SourceIds,
});
export type Person = z.infer<typeof Person>;
