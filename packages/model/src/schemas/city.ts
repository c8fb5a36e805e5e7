import * as z from "zod";
import { CityId, SourceIds, StateId } from "./entity-ids.js";
import { IsoDate } from "./iso-date.js";
import { Names } from "./names.js";

/** A name a city carried in the past (Astana was Nur-Sultan 2019-03-23..2022-09-17). */
export const FormerName = z
  .object({
    names: Names,
    from: IsoDate.optional().describe("First day the name was official (inclusive), when known"),
    to: IsoDate.optional().describe("First day of the next name (exclusive), when known"),
  })
  .describe("A former name of the city and when it was in use");
export type FormerName = z.infer<typeof FormerName>;

/** A city where sessions were held or that is a capital. */
export const City = z.object({
  id: CityId,
  state: StateId.describe("Id of the state the city is in"),
  names: Names.describe("Current names; the first item is the preferred form"),
  formerNames: z.array(FormerName).optional().describe("Earlier official names, oldest first"),
  sources: SourceIds,
});
export type City = z.infer<typeof City>;
