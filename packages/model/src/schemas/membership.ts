import * as z from "zod";
import { SourceIds, StateId } from "./entity-ids.js";
import { IsoDate } from "./iso-date.js";
import { Notes } from "./names.js";

/** What happened to a state's participation in the treaty. */
export const MembershipEventType = z
  .enum([
    "signed",
    "acceded",
    "joined",
    "ceased",
    "rejoined",
    "suspended",
    "frozen",
    "withdrew",
    "ratified",
    "statement",
  ])
  .describe(
    "signed the treaty, acceded to it, joined the organisation, ceased to be a party (did not renew), " +
      "rejoined, suspended or froze participation, withdrew; ratified a document of its participation " +
      "and statement (a dated declaration) change nothing by themselves",
  );
export type MembershipEventType = z.infer<typeof MembershipEventType>;

/** One dated step of a membership. */
export const MembershipEvent = z
  .object({
    date: IsoDate.describe("Date of the event"),
    type: MembershipEventType,
    note: z.string().min(1).optional().describe("What the event was, in a sentence"),
    sources: SourceIds,
  })
  .describe("A dated change in a state's participation");
export type MembershipEvent = z.infer<typeof MembershipEvent>;

/** The participation history of one state, events in date order. */
export const Membership = z.object({
  state: StateId.describe("Id of the state"),
  events: z.array(MembershipEvent).describe("Events in date order"),
  notes: Notes.optional(),
  sources: SourceIds,
});
export type Membership = z.infer<typeof Membership>;
