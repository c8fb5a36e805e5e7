import * as z from "zod";
import { CityId, SourceIds, StateId } from "./entity-ids.js";
import { Names } from "./names.js";

/** A state that is or was party to the Collective Security Treaty. */
export const State = z.object({
  id: StateId,
  iso2: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .describe("ISO 3166-1 alpha-2 code"),
  names: Names,
  adjectives: z
    .object({
      ar: z.array(z.string().min(1)).describe("Arabic nisba adjectives, preferred (masculine singular) form first"),
    })
    .describe("Adjectives (demonyms) per language"),
  capital: CityId.describe("Id of the capital city"),
  sources: SourceIds,
});
export type State = z.infer<typeof State>;
