import * as z from "zod";
import { CityId, PersonId, SessionId, SourceIds, StateId } from "./entity-ids.js";
import { IsoDate } from "./iso-date.js";
import { Notes } from "./names.js";

/** Kind of a Council session: regular (yearly), extraordinary, jubilee, informal summit, or other. */
export const SessionKind = z
  .enum(["regular", "extraordinary", "jubilee", "informal", "other"])
  .describe("regular (yearly) session, extraordinary session, jubilee session, informal summit, or other");
export type SessionKind = z.infer<typeof SessionKind>;

/** How the leaders met: in person, by video link, or both. */
export const SessionFormat = z.enum(["in-person", "video", "hybrid"]).describe("How the leaders met");
export type SessionFormat = z.infer<typeof SessionFormat>;

/** Whether a session took place: held, scheduled, unconfirmed (date passed, no report read) or cancelled. */
export const SessionStatus = z
  .enum(["held", "scheduled", "unconfirmed", "cancelled"])
  .describe(
    "held, scheduled (announced, not yet held), unconfirmed (its date has passed and no source read " +
      "says whether it was held) or cancelled",
  );
export type SessionStatus = z.infer<typeof SessionStatus>;

/** A flag for a doubtful session record; its notes say what is doubtful. */
export const SessionCertainty = z
  .enum(["uncertain"])
  .describe("uncertain: the sources disagree or may describe another meeting (the notes say why)");
export type SessionCertainty = z.infer<typeof SessionCertainty>;

/** A session (summit) of the Collective Security Council, the heads of state. */
export const Session = z.object({
  id: SessionId.describe("session:<date>-<city slug>, derived from `date` and `city`"),
  date: IsoDate.describe("First (or only) day of the session"),
  endDate: IsoDate.optional().describe("Last day, for sessions over several days"),
  city: CityId.describe("Id of the host city (for video sessions: the chairing capital)"),
  kind: SessionKind,
  format: SessionFormat,
  status: SessionStatus,
  certainty: SessionCertainty.optional(),
  chair: StateId.optional().describe("Id of the state chairing the session"),
  attendees: z.array(PersonId).describe("Ids of the heads of state or government who took part"),
  absentStates: z.array(StateId).optional().describe("Ids of member states whose leader did not take part"),
  documentsSigned: z.number().int().nonnegative().optional().describe("Number of documents signed or adopted"),
  notes: Notes.optional(),
  sources: SourceIds,
});
export type Session = z.infer<typeof Session>;
