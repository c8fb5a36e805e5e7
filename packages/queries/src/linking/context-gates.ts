import type { ContextRule } from "./ambiguous-names.js";
import { cliticReadings } from "./clitics.js";
import { wordKeys } from "./name-key.js";
import type { ScannedWord } from "./scan-words.js";

/** True when one reading of `word` (proclitics removed) is among `keys`. */
export function wordIs(word: ScannedWord | undefined, keys: readonly string[] | ReadonlySet<string>): boolean {
  if (word === undefined) return false;
  // No closures here: this runs for the neighbours of every mention.
  if (keys instanceof Set) {
    if (keys.has(word.key)) return true;
    for (const reading of cliticReadings(word.key)) if (keys.has(reading.base)) return true;
    return false;
  }
  const list = keys as readonly string[];
  if (list.includes(word.key)) return true;
  for (const reading of cliticReadings(word.key)) if (list.includes(reading.base)) return true;
  return false;
}

/**
 * What the words around a lone ambiguous name at word `i` say under `rule`: `allowed` when a
 * required cue is there (الرئيس رحمن), `blocked` when a cue of the other sense is (ولاية جورجيا),
 * `blocked-near` when such a cue is only nearby, `none` when nothing decides.
 */
export function contextDecision(
  rule: ContextRule,
  words: readonly ScannedWord[],
  i: number,
): "allowed" | "blocked" | "blocked-near" | "none" {
  const previous = words[i - 1];
  if (rule.blockPrevious && wordIs(previous, rule.blockPrevious)) return "blocked";
  const next = words[i + 1];
  if (rule.blockNext && next?.softGap && rule.blockNext.includes(next.key)) return "blocked";
  if (rule.blockBeside && (wordIs(previous, rule.blockBeside) || wordIs(next, rule.blockBeside))) return "blocked";
  if (rule.blockAfterRole && roleBefore(words, i)) return "blocked";
  if (rule.blockDefiniteBefore && previous !== undefined && definiteWord(previous.key)) return "blocked";
  // A cue a few words away blocks this use but is too loose to settle the document's sense.
  if (rule.blockNear && isNear(words, i, rule.blockNear, rule.window)) return "blocked-near";
  if (rule.requirePrevious) {
    if (wordIs(previous, rule.requirePrevious)) return "allowed";
    if (rule.allowNear && isNear(words, i, rule.allowNear, rule.window)) return "allowed";
  }
  return "none";
}

/**
 * Whether the document as a whole settles the other sense of a rule's word: one of its
 * `documentOther` words occurs and none of its `documentEntity` words does.
 */
export function documentSaysOther(rule: ContextRule, words: readonly ScannedWord[]): boolean {
  const other = rule.documentOther;
  if (other === undefined) return false;
  let found = false;
  for (const word of words) {
    if (rule.documentEntity && wordIs(word, rule.documentEntity)) return false;
    if (!found && wordIs(word, other)) found = true;
  }
  return found;
}

function isNear(words: readonly ScannedWord[], i: number, keys: readonly string[], window = 5): boolean {
  const from = Math.max(0, i - window);
  const to = Math.min(words.length - 1, i + window);
  for (let j = from; j <= to; j++) {
    if (j !== i && wordIs(words[j], keys)) return true;
  }
  return false;
}

// A surname next to a kinship word names a relative, not the leader
// ("نيكولاي لوكاشينكو، الابن الأصغر للرئيس", "جانيش باكييف، شقيق الرئيس").
const kinshipWords = [
  "ابن",
  "الابن",
  "ابنه",
  "نجل",
  "نجله",
  "ابنة",
  "ابنته",
  "كريمة",
  "شقيق",
  "شقيقه",
  "شقيقة",
  "أخو",
  "أخي",
  "شقيقته",
  "حفيد",
  "حفيده",
  "حفيدة",
  "زوجة",
  "زوجته",
  "أرملة",
  "صهر",
  "صهره",
  "ابن أخ",
  "عم",
  "عمه",
  "خال",
];

let kinship: Set<string> | undefined;

function kinshipKeys(): Set<string> {
  kinship ??= wordKeys(kinshipWords);
  return kinship;
}

/** Whether the word right before `i` is a kinship word ("نجل نزارباييف": the surname is the parent's). */
export function kinshipBefore(words: readonly ScannedWord[], i: number): boolean {
  return words[i]?.softGap === true && wordIs(words[i - 1], kinshipKeys());
}

/** Whether a surname alone at word `i` sits next to a kinship word (a relative of the leader). */
export function nearKinship(words: readonly ScannedWord[], i: number): boolean {
  const kinship = kinshipKeys();
  for (let j = Math.max(0, i - 2); j <= Math.min(words.length - 1, i + 3); j++) {
    if (j !== i && wordIs(words[j], kinship)) return true;
  }
  // A first name we do not know glued before the surname (أيسلطان نزارباييف) is also a relative
  // in practice only when a kinship word follows, which the loop above already checked.
  return false;
}

// Titles right before a surname make it the office holder even next to a kinship word
// ("نجل الرئيس نزارباييف" names the president).
const titleWords = ["الرئيس", "رئيس", "الزعيم", "نظيره", "ونظيره", "رئيسة", "الرئيسين"];

let titles: Set<string> | undefined;

/** Whether the word before `i` is a title of office. */
export function afterTitle(words: readonly ScannedWord[], i: number): boolean {
  titles ??= wordKeys(titleWords);
  return words[i]?.softGap === true && wordIs(words[i - 1], titles);
}

// Occupations outside politics: a leader's surname after one of them, right before it or with
// a given name between (اللاعب كريموف، المطرب هاروت سركيسيان), names a namesake.
const namesakeRoles = [
  "المطرب",
  "المطربة",
  "المغني",
  "المغنية",
  "الفنان",
  "الفنانة",
  "اللاعب",
  "لاعب",
  "اللاعبة",
  "المهاجم",
  "المدافع",
  "الحارس",
  "حارس",
  "المصارع",
  "الملاكم",
  "الرباع",
  "العداء",
  "السباح",
  "الكاتب",
  "الكاتبة",
  "الروائي",
  "الشاعر",
  "الممثل",
  "الممثلة",
  "المخرج",
  "المدرب",
  "مدرب",
  "النجم",
  "الرسام",
  "الموسيقار",
  "عازف",
  "الصحفي",
  "الصحافي",
  "المراسل",
  "الطاهي",
  "الشيف",
  "المقاتل",
  "البطل",
  "بطل",
  "الدراج",
  "الرسامة",
  // رجل الأعمال، سيدة الأعمال: the article word between is read like an adjective.
  "رجل",
  "سيدة",
];

let roles: Set<string> | undefined;
let particles: Set<string> | undefined;

/**
 * Whether a lone surname at word `i` is a namesake's: an occupation outside politics, then
 * perhaps an adjective or two, then a given name we do not know, then the surname (المطرب هاروت
 * سركيسيان، الفنان التشكيلي أرسين سركيسيان). The surname right after the occupation is not
 * enough: "سأل الصحفي بوتين" is a journalist asking Putin.
 */
export function afterNamesakeRole(
  words: readonly ScannedWord[],
  i: number,
  hamzaInitial: (index: number) => boolean,
): boolean {
  particles ??= wordKeys(["إن", "أن", "عن", "على", "في", "من", "مع", "إلى", "بعد", "قبل", "لدى", "أمام", "حول"]);
  const given = words[i - 1];
  if (!words[i]!.softGap || given === undefined || !given.softGap) return false;
  // A given name has no article and is no particle ("قال الكاتب إن بوتين"). Folding makes a
  // given name written with a hamza look definite (إلدار، ألبرت → الدار، البرت); the article
  // never carries one.
  if ((given.key.startsWith("ال") && !hamzaInitial(i - 1)) || particles.has(given.key)) return false;
  // The occupation before the given name, adjectives allowed between (الفنان التشكيلي).
  return roleBefore(words, i - 1);
}

// Nouns of things that take a name in quotes: a place or person quoted right after one of them
// (perhaps with an adjective between) is the thing's name — a film, song, dish, ship, horse,
// restaurant, stadium: «موسكو لا تؤمن بالدموع»، طبق «بوتين»، السفينة الطبية «أرمينيا».
const thingHeads = [
  "بعنوان",
  "عنوان",
  "فيلم",
  "فيلمين",
  "فيلمي",
  "أفلام",
  "أغنية",
  "مسلسل",
  "رواية",
  "كتاب",
  "ألبوم",
  "مسرحية",
  "قصيدة",
  "برنامج",
  "كوكتيل",
  "مشروب",
  "طبق",
  "أطباق",
  "مطعم",
  "فندق",
  "مقهى",
  "سفينة",
  "باخرة",
  "الباخرة",
  "السفينة",
  "الجواد",
  "الفرس",
  "الحصان",
  "جواد",
  "حصان",
  "ملعب",
  "الملعب",
  "سوار",
  "طراز",
  "ماركة",
  "علامة",
  "معايير",
  "معيار",
  "الفيلم",
  "الأغنية",
  "الطبق",
  "المطعم",
  "الفندق",
  // Outlets: قناة «كازاخستان»، صحيفة (روسيا) …: the channel or paper, not the state.
  "قناة",
  "القناة",
  "صحيفة",
  "الصحيفة",
  "جريدة",
  "مجلة",
  "إذاعة",
  "تلفزيون",
  // A group's or a forum's name: مجموعة «روسيا – العالم الإسلامي».
  "مجموعة",
];

let things: Set<string> | undefined;

/**
 * Whether the name at word `i` is inside a quoted title after a noun of a thing (فيلم «…»، طبق
 * «بوتين»، السفينة الطبية «أرمينيا»، فيلمين …: «من روسيا مع حبي»): the title opens right before
 * the name or one word before it, and the noun stands at most six words before the quote, with
 * only spaces, quotes or a colon between those words.
 */
export function quotedThingName(normalized: string, words: readonly ScannedWord[], i: number): boolean {
  let open = i;
  if (!openingQuoteBefore(normalized, words[i]!.start) && !openingBracketBefore(normalized, words[i]!.start)) {
    // «من روسيا …»: one word of the title before the name, and no quote closing the title
    // between them (قناة "الجزيرة" عن لوكاشينكو: the title ended before the name).
    if (i === 0 || !words[i]!.softGap || !openingQuoteBefore(normalized, words[i - 1]!.start)) return false;
    if (/["»”]/.test(normalized.slice(words[i - 1]!.end, words[i]!.start))) return false;
    open = i - 1;
  }
  things ??= wordKeys(thingHeads);
  for (let k = open - 1; k >= Math.max(0, open - 6); k--) {
    if (wordIs(words[k], things)) return true;
    if (!gapAllowsTitle(normalized, words[k]!.end, words[k + 1]!.start)) return false;
  }
  return false;
}

/** Only spaces, quotes, brackets, hyphens or one colon between two words. */
function gapAllowsTitle(normalized: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = normalized.charCodeAt(k);
    if (
      c !== 0x3a &&
      c !== 0x20 &&
      c !== 0xab &&
      c !== 0xbb &&
      c !== 0x22 &&
      c !== 0x201c &&
      c !== 0x201d &&
      c !== 0x28 &&
      c !== 0x29 &&
      c !== 0x2d
    )
      return false;
  }
  return true;
}

/** Whether an opening bracket stands right before `start` (قناة (كازاخستان) الحكومية). */
function openingBracketBefore(normalized: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && normalized.charCodeAt(k) === 0x20) k--;
  return normalized.charCodeAt(k) === 0x28;
}

/**
 * Whether an opening quote (« " “) comes right before `start`, spaces aside. A straight quote
 * after a word and before a space closes that word's quote ("الجزيرة" عن): it opens nothing.
 */
export function openingQuoteBefore(normalized: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && normalized.charCodeAt(k) === 0x20) k--;
  const c = normalized.charCodeAt(k);
  if (c === 0x22) return k + 1 === start || k === 0 || normalized.charCodeAt(k - 1) === 0x20;
  return c === 0xab || c === 0x201c;
}

// Words that introduce a person's name ("سيدة تدعى نور سلطان", "المدعو باكو"): what follows is
// the name of someone, not the place.
const namingWords = ["تدعى", "يدعى", "المدعو", "المدعوة", "المسمى", "المسماة", "اسمها", "اسمه", "واسمها", "واسمه"];
// Settlements: a state's name after one of them is a town of that name (مدينة أرمينيا in Colombia).
const settlementWords = ["مدينة", "بلدة", "قرية"];

let naming: Set<string> | undefined;
let settlements: Set<string> | undefined;

/** Whether the word before `i` introduces a person's name (تدعى، المدعو، اسمها). */
export function afterNamingWord(words: readonly ScannedWord[], i: number): boolean {
  naming ??= wordKeys(namingWords);
  return words[i]!.softGap && wordIs(words[i - 1], naming);
}

/** Whether the word before `i` is a settlement noun (مدينة، بلدة، قرية). */
export function afterSettlementWord(words: readonly ScannedWord[], i: number): boolean {
  settlements ??= wordKeys(settlementWords);
  return words[i]!.softGap && wordIs(words[i - 1], settlements);
}

/** Whether an occupation comes right before word `i`, or with adjectives (ال…) between. */
export function roleBefore(words: readonly ScannedWord[], i: number): boolean {
  roles ??= wordKeys(namesakeRoles);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const word = words[k]!;
    if (!words[k + 1]!.softGap) return false;
    if (wordIs(word, roles)) return true;
    if (!word.key.startsWith("ال")) return false;
  }
  return false;
}

/** A definite word: the article (also after ل: لل…) or a possessive ending (ـها، ـهم، ـهما). */
function definiteWord(key: string): boolean {
  return (
    key.startsWith("ال") || key.startsWith("لل") || key.endsWith("ها") || key.endsWith("هم") || key.endsWith("هما")
  );
}

/**
 * Whether word `i`, a demonym's plural without the article (روس، أرمن), follows an indefinite
 * plural noun it qualifies ("جنود روس"، "خبراء أرمن"، "مواطنون أوزبك"): a sound plural (…ون،
 * …ين) or a فعلاء, فعول, فعّال or أفعال broken plural. Not a name ("دينيس روس") or a company
 * ("شركة روس أتوم").
 */
export function pluralNounBefore(normalized: string, words: readonly ScannedWord[], i: number): boolean {
  const previous = words[i - 1];
  if (previous === undefined || !words[i]!.softGap || previous.key.startsWith("ال")) return false;
  // Keys drop a final ء (خبراء → خبرا); the normalized text keeps it. The broken plurals start
  // with no verb prefix (يقول، أشار) and no proclitic before a verb (وقال، فكان).
  return (
    normalized.charCodeAt(previous.end - 1) === 0x621 || /^(...+(ون|ين)|[^يتناوف].[او].|ا..ا.)$/.test(previous.key)
  );
}
