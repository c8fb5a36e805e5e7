import * as z from "zod";
import { InitiativeId, SessionId, SourceIds, StateId } from "./entity-ids.js";
import { IsoDate } from "./iso-date.js";

/** Kind of an initiative: a chairmanship priority, a decision, a signed document, a statement, an operation, or other. */
export const InitiativeKind = z
  .enum(["priority", "decision", "document", "statement", "operation", "other"])
  .describe("priority of a chairmanship, decision, signed document, statement, operation, or other");
export type InitiativeKind = z.infer<typeof InitiativeKind>;

/** An initiative, decision, document or operation of the organisation. */
export const Initiative = z.object({
  id: InitiativeId,
  date: IsoDate.describe("Date it was adopted, announced or started"),
  session: SessionId.optional().describe("Id of the session that adopted it"),
  state: StateId.optional().describe("Id of the state that proposed or led it"),
  kind: InitiativeKind,
  title: z
    .object({
      ar: z.string().min(1).optional().describe("Arabic title"),
      en: z.string().min(1).describe("English title"),
      ru: z.string().min(1).optional().describe("Russian title"),
    })
    .describe("Title per language"),
  summary: z.string().min(1).optional().describe("One or two sentences on what it is"),
  sources: SourceIds,
});
export type Initiative = z.infer<typeof Initiative>;
