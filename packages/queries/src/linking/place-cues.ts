import { normalize } from "@csto/arabic-text";
import { clubHeads, usStateNames } from "./look-alikes.js";
import { foldKey } from "./name-key.js";
import type { ScannedWord } from "./scan-words.js";

// Cues around a dataset city name that make it something else: a sports club named after it,
// or a US town of the same name (docs/entities.md, "Look-alikes").

let clubs: Set<string> | undefined;
let states: Set<string> | undefined;
let american: Set<string> | undefined;
let stateNouns: Set<string> | undefined;

function keys(words: readonly string[]): Set<string> {
  return new Set(words.map((word) => foldKey(normalize(word, "search"))));
}

/** Whether the city name at word `i` is part of a club's name (دينامو مينسك، نادي أستانا). */
export function clubBefore(words: readonly ScannedWord[], i: number): boolean {
  clubs ??= keys(clubHeads);
  const previous = words[i - 1];
  return previous !== undefined && words[i]!.softGap && clubs.has(previous.key);
}

/**
 * Whether the city name ending at word `last` is a US town of that name: a US state right
 * after it ("موسكو، أيداهو"), "الأمريكية" right after it, or ولاية + a US state within the
 * next few words ("موسكو الصغيرة بولاية أيداهو", "في ولاية فلوريدا").
 */
export function usTownAfter(words: readonly ScannedWord[], last: number): boolean {
  states ??= keys(usStateNames);
  american ??= keys(["الأمريكية", "الأميركية", "الامريكية"]);
  stateNouns ??= keys(["ولاية", "بولاية"]);
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
