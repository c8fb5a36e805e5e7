// Proclitic readings of a word (ENTITIES.md "Surfaces"): و ف ب ك ل and their stacks are left
// out of the mention; ل + ال contracted to لل keeps the whole word minus و/ف.

/** One way to read a word: its base key and how many key units the surface skips. */
export interface CliticReading {
  base: string;
  /** Key units before the surface (the dropped proclitics). */
  skip: number;
  /** Number of proclitic letters read off (0 for the word as written). */
  stripped: number;
}

const WAW = "\u0648";
const FA = "\u0641";
const BA = "\u0628";
const KAF = "\u0643";
const LAM = "\u0644";
const ARTICLE = "\u0627\u0644";

function isConjunction(ch: string | undefined): boolean {
  return ch === WAW || ch === FA;
}

function isPreposition(ch: string | undefined): boolean {
  return ch === BA || ch === KAF || ch === LAM;
}

/**
 * Every reading of `key`: as written first, then with proclitics removed
 * (وبموسكو → موسكو, فلروسيا → روسيا, بـطاجيكستان → طاجيكستان) and the لل contraction
 * restored (للكرملين → الكرملين, surface للكرملين). Bases shorter than 2 units are skipped.
 */
export function cliticReadings(key: string): CliticReading[] {
  const readings: CliticReading[] = [{ base: key, skip: 0, stripped: 0 }];
  const conj = isConjunction(key[0]) ? 1 : 0;
  if (conj === 1 && key.length > 2) readings.push({ base: key.slice(1), skip: 1, stripped: 1 });
  if (isPreposition(key[conj]) && key.length - conj > 2) {
    readings.push({ base: key.slice(conj + 1), skip: conj + 1, stripped: conj + 1 });
  }
  if (key[conj] === LAM && key[conj + 1] === LAM && key.length - conj > 3) {
    readings.push({ base: ARTICLE + key.slice(conj + 2), skip: conj, stripped: conj + 1 });
  }
  return readings;
}
