import { wordIs } from "./context-gates.js";
import { clubHeads, streetHeads, usNamesakes, usStateNames } from "./look-alikes.js";
import { wordKey, wordKeys } from "./name-key.js";
import type { ScannedWord } from "./scan-words.js";
import type { EntityMention } from "./types.js";

// Cues around a dataset city name that make it something else: a sports club named after it,
// or a US town of the same name (docs/entities.md, "Look-alikes").

let clubs: Set<string> | undefined;
let streets: Set<string> | undefined;
let notClubNames: Set<string> | undefined;
let states: Set<string> | undefined;
let american: Set<string> | undefined;
let stateNouns: Set<string> | undefined;

/**
 * How many words before the city name at word `i` belong to a club's name: 1 for a club head
 * right before it (دينامو مينسك، نادي أستانا), 2 for a head and the club's own name before it
 * (فريق أورارتو يريفان), 0 when it is no club.
 */
export function clubBefore(words: readonly ScannedWord[], i: number): number {
  clubs ??= wordKeys(clubHeads);
  // Words that end a club head's phrase: a preposition or a conjunction is no club's name.
  notClubNames ??= wordKeys(["في", "من", "إلى", "على", "عن", "مع", "و", "أو", "ثم"]);
  if (!words[i]!.softGap) return 0;
  const previous = words[i - 1];
  if (previous === undefined) return 0;
  if (wordIs(previous, clubs)) return 1;
  const head = words[i - 2];
  if (head === undefined || !previous.softGap || notClubNames.has(previous.key)) return 0;
  // Only the generic heads take a club's own name between them and the city.
  genericClubHeads ??= wordKeys(["نادي", "فريق"]);
  return wordIs(head, genericClubHeads) ? 2 : 0;
}

let genericClubHeads: Set<string> | undefined;

/** Whether the place at word `i` names a street or square (شارع أرمينيا، ساحة موسكو). */
export function streetBefore(words: readonly ScannedWord[], i: number): boolean {
  streets ??= wordKeys(streetHeads);
  const previous = words[i - 1];
  return previous !== undefined && words[i]!.softGap && streets.has(previous.key);
}

/**
 * Whether the city name ending at word `last` is a US town of that name: a US state right
 * after it ("موسكو، أيداهو"), "الأمريكية" right after it, or ولاية + a US state within the
 * next few words ("موسكو الصغيرة بولاية أيداهو", "في ولاية فلوريدا").
 */
export function usTownAfter(words: readonly ScannedWord[], last: number): boolean {
  states ??= wordKeys(usStateNames);
  american ??= wordKeys(["الأمريكية", "الأميركية", "الامريكية"]);
  stateNouns ??= wordKeys(["ولاية", "بولاية"]);
  const next = words[last + 1];
  if (next === undefined) return false;
  if (states.has(next.key) || (next.softGap && american.has(next.key))) return true;
  for (let k = last + 1; k <= last + 3; k++) {
    const word = words[k];
    if (word === undefined) return false;
    if (stateNouns.has(word.key)) return states.has(words[k + 1]?.key ?? "");
  }
  return false;
}

let namesakeKeys: Map<string, string[]> | undefined;

/** The keys of a dataset city's US namesake: its state first, then the cities beside it. */
function namesakeWords(id: string): string[] | undefined {
  namesakeKeys ??= new Map(Object.entries(usNamesakes).map(([city, words]) => [city, words.split(" ").map(wordKey)]));
  return namesakeKeys.get(id);
}

/**
 * Whether the city `id` at words `first`..`last` sits in a list beside a place of its US
 * namesake ("تامبا وسانت بطرسبرغ"): the US town, unless the text names the city's own country.
 */
export function usTownBeside(words: readonly ScannedWord[], first: number, last: number, id: string): boolean {
  const near = namesakeWords(id);
  return near !== undefined && (wordIs(words[first - 1], near) || wordIs(words[last + 1], near));
}

/**
 * The dataset cities a text reads as their US namesakes: those listed beside a place of the
 * namesake (`usTownBeside`) and those whose namesake's state the text names anywhere (سانت
 * بطرسبرغ في فلوريدا، … ولاية فلوريدا) — unless the text also names the city's own country (its
 * name, its adjectives), another of its cities, a leader or the Kremlin: a Russian context keeps
 * Saint Petersburg.
 */
export function usNamesakeTowns(
  beside: ReadonlySet<string> | undefined,
  mentions: readonly EntityMention[],
  words: readonly ScannedWord[],
  stateOf: (id: string) => string | undefined,
): Set<string> {
  const towns = new Set(beside);
  // One scan of the words per distinct city, however often it is named.
  for (const id of new Set(mentions.map((m) => m.id))) {
    const state = namesakeWords(id)?.slice(0, 1);
    if (state !== undefined && words.some((word) => wordIs(word, state))) towns.add(id);
  }
  const candidates = [...towns];
  for (const id of candidates) {
    const home = stateOf(id);
    // Its country, another of its cities, a leader of the dataset or the Kremlin: the region's news.
    const local = (m: EntityMention) =>
      m.id === home ||
      m.kind === "person" ||
      m.id === "org:kremlin" ||
      (!candidates.includes(m.id) && stateOf(m.id) === home);
    if (mentions.some(local)) towns.delete(id);
  }
  return towns;
}
