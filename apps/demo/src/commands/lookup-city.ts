import { normalize } from "@csto/arabic-text";
import type { CityId } from "@csto/model";
import { cities } from "@csto/model/data";
import { usageError } from "../cli/cli-error.js";

/**
 * The city id for `--city`: an id (city:bishkek), a slug (bishkek, saint_petersburg) or any
 * listed name in Arabic, English or Russian (بشكيك, Bishkek, Бишкек), compared after search
 * normalisation so hamza and case do not matter.
 */
export function lookupCity(query: string): CityId {
  const wanted = normalize(query.replace(/^city:/, "").replace(/[_-]/g, " "));
  for (const city of cities) {
    const slug = city.id.slice("city:".length).replace(/_/g, " ");
    const names = [slug, ...city.names.ar, ...city.names.en, ...city.names.ru];
    if (names.some((name) => normalize(name.replace(/-/g, " ")) === wanted)) return city.id;
  }
  throw usageError(`unknown city ${JSON.stringify(query)} (try: ${cities.map((city) => city.id.slice(5)).join(", ")})`);
}
