import * as z from "zod";

const NameList = z.array(z.string().trim().min(1));

/** Names of an entity per language: the first item is the preferred form, the rest real variants seen in media. */
export const Names = z
  .object({
    ar: NameList.min(1).describe("Arabic names, preferred form first, then real variants seen in media"),
    en: NameList.describe("English names, preferred form first"),
    ru: NameList.describe("Russian names, preferred form first"),
  })
  .describe("Names per language; the first item of each list is the preferred form");
export type Names = z.infer<typeof Names>;

/** A short text in up to three languages (mottos). */
export const LocalizedText = z
  .object({
    ar: z.string().min(1).optional().describe("Arabic text"),
    en: z.string().min(1).optional().describe("English text"),
    ru: z.string().min(1).optional().describe("Russian text"),
  })
  .describe("A text in Arabic, English and/or Russian");
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Notes where sources disagree: the record keeps the best-supported value, a note says what others claim. */
export const Notes = z
  .array(z.string().min(1))
  .describe("Free-text notes; where sources disagree, what the other sources claim (with their source ids)");
