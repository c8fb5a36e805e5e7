import type { DateInput } from "@csto/arabic-text";
import type { Chairmanship, Dataset, SecretaryGeneralTerm } from "@csto/model";
import { toDateKey } from "../dates/to-date-key.js";
import { periodOn } from "./period.js";

/** The chairmanship in force on `date`. */
export function queryChairOn(data: Pick<Dataset, "chairmanships">, date: DateInput): Chairmanship | undefined {
  return periodOn(data.chairmanships, toDateKey(date));
}

/** The secretary-general's term in force on `date`. */
export function querySecretaryGeneralOn(
  data: Pick<Dataset, "secretaryGeneralTerms">,
  date: DateInput,
): SecretaryGeneralTerm | undefined {
  return periodOn(data.secretaryGeneralTerms, toDateKey(date));
}
