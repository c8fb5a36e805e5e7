import * as z from "zod";
import { SourceId } from "./entity-ids.js";
import { IsoDate, IsoDay } from "./iso-date.js";

/** A public document that supports records of the dataset. */
export const Source = z.object({
  id: SourceId,
  url: z.url().describe("Address of the document"),
  title: z.string().min(1).describe("Title of the document, in its language"),
  publisher: z.string().min(1).describe("Who published it (kremlin.ru, CSTO, TASS, …)"),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)
    .describe("Language of the document (BCP 47: ar, en, ru, …)"),
  published: IsoDate.optional().describe("Publication date, when known"),
  accessed: IsoDay.describe("Day the document was last read to support the records that cite it"),
  archived: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe("Address of an archived copy (e.g. web.archive.org), where one is known"),
});
export type Source = z.infer<typeof Source>;
