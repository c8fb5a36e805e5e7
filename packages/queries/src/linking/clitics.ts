// Proclitic readings of a word (ENTITIES.md "Surfaces"): و ف ب ك ل and their stacks are left
// out of the mention; ل + ال contracted to لل keeps the whole word minus و/ف. The readings
// themselves come from the one proclitic reader of @csto/arabic-text.
import { procliticReadings } from "@csto/arabic-text";

/** One way to read a word: its base key and how many key units the surface skips. */
export interface CliticReading {
  base: string;
  /** Key units before the surface (the dropped proclitics). */
  skip: number;
  /** Number of proclitic letters read off (0 for the word as written). */
  stripped: number;
}

/**
 * Every reading of `key`: as written first, then with proclitics removed
 * (وبموسكو → موسكو, فلروسيا → روسيا, بـطاجيكستان → طاجيكستان) and the لل contraction
 * restored (للكرملين → الكرملين, surface للكرملين). Bases are at least 2 units long.
 */
export function cliticReadings(key: string): CliticReading[] {
  return procliticReadings(key).map((reading) => ({
    base: reading.base,
    // The contraction's surface keeps لل: only the conjunction before it is left out.
    skip: reading.contracted ? reading.letters - 1 : reading.letters,
    stripped: reading.letters,
  }));
}
