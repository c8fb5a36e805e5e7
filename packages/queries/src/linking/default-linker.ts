import { dataset } from "@csto/model/data";
import { createLinker, type LinkEntities } from "./link-entities.js";

let defaultLinker: LinkEntities | undefined;

/**
 * Every mention of a state, city, person or organisation of the default dataset in `text`,
 * sorted by `start`, with offsets into the original string (ENTITIES.md). Never throws.
 */
export const linkEntities: LinkEntities = (text) => {
  defaultLinker ??= createLinker(dataset);
  return defaultLinker(text);
};
