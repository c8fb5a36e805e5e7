import type { PreparedText } from "@csto/arabic-text";
import { wordIs } from "../linking/context-gates.js";
import type { KeywordHit, LinkedDocument } from "../linking/link-entities.js";
import { wordKey, wordKeys } from "../linking/name-key.js";
import type { EntityMention } from "../linking/types.js";
import { type DateSpan, readDateValue } from "./date-evidence.js";
import { type ReferenceCue, referenceCue } from "./reference-cues.js";
import {
  type ArticleDateFact,
  type ArticleEntityFact,
  type ArticleFacts,
  organizationId,
  sentenceBreak,
} from "./session-features.js";
import type { ArticleDate } from "./types.js";

// The headline and dateline: a venue named there is what the article is about.
const leadLength = 300;

/**
 * Index in the normalized text of input offset `offset`: the first `i` whose unit comes from
 * `offset` or later (the offset map is non-decreasing, its last entry is the input length).
 * Gallops from `guess` (by default `offset` itself: a normalized index is rarely far from its
 * input offset), so only a few entries are read and the map is never copied; a right guess
 * costs two reads. The answer does not depend on the guess.
 */
export function normalizedIndex(document: PreparedText, offset: number, guess = offset): number {
  const length = document.normalized.length;
  let high = Math.min(Math.max(guess, 0), length);
  let low: number;
  if (document.originalIndex(high) >= offset) {
    // The answer is at or below `high`: step down until an entry falls short of `offset`.
    let step = 1;
    low = high - step;
    while (low >= 0 && document.originalIndex(low) >= offset) {
      high = low;
      step *= 2;
      low = high - step;
    }
    low = low < 0 ? 0 : low + 1;
  } else {
    // The answer is above `high`: step up until an entry reaches `offset` (the end always does).
    let step = 1;
    low = high + 1;
    high = Math.min(length, low);
    while (high < length && document.originalIndex(high) < offset) {
      low = high + 1;
      step *= 2;
      high = Math.min(length, low + step);
    }
    if (low > high) return high;
  }
  // First entry reaching `offset` in [low, high]; `high` reaches it (or is the end).
  while (low < high) {
    const middle = (low + high) >> 1;
    if (document.originalIndex(middle) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Reads the cues of one article. */
class CueReader {
  // Input offset minus normalized index at the last span read: the gap changes slowly along a
  // text (dropped marks, collapsed spaces), so it places the next search well.
  #drift = 0;
  constructor(private readonly linked: LinkedDocument) {}
  cueOf(start: number, end: number): ReferenceCue {
    const { document } = this.linked;
    const from = normalizedIndex(document, start, start - this.#drift);
    const to = normalizedIndex(document, end, end - (start - from));
    this.#drift = end - to;
    return referenceCue(this.linked.normalized, this.linked.keywords, from, to);
  }
}

/** A mention whose cue is read the first time a candidate asks for it (most never are). */
class CuedMention<M extends { start: number; end: number }> {
  #cue: ReferenceCue | null | undefined;
  constructor(
    readonly mention: M,
    private readonly cues: CueReader,
  ) {}
  get cue(): ReferenceCue {
    if (this.#cue === undefined) this.#cue = this.cues.cueOf(this.mention.start, this.mention.end) ?? null;
    return this.#cue ?? undefined;
  }
}

/** A date mention with its span of days, cue read on demand. */
class CuedDate extends CuedMention<ArticleDate> {
  constructor(
    mention: ArticleDate,
    cues: CueReader,
    readonly span: DateSpan,
  ) {
    super(mention, cues);
  }
}

/**
 * The summit words of the article, each once, in order of appearance; a summit word that
 * names another organisation's meeting ("قمة منظمة شنغهاي للتعاون", "اجتماع حلف الناتو",
 * "قمة بريكس") says nothing of a Council session and is left out.
 */
function summitWordsOf(linked: LinkedDocument): {
  words: string[];
  othersOnly: boolean;
  /** The sentences of other organisations' summits that name neither the CSTO, its Council nor the treaty. */
  otherSummits: number[] | undefined;
  at: number[];
  /** A meeting word with a forward cue (القمة المقبلة) was read: a meeting is spoken of. */
  forward: boolean;
  /** A verb of meeting that names no other body's meeting was read. */
  meets: boolean;
} {
  const found = new Set<string>();
  // Where the counted summit words and plural meeting words stand (original offsets).
  const at: number[] = [];
  let forward = false;
  // A verb of meeting that is not another body's ("اجتمع الرؤساء أمس في مينسك").
  let meets = false;
  const counted: KeywordHit[] = [];
  // Whether the article's first meeting word is another organisation's summit.
  let organizationFirst: boolean | undefined;
  // Where another organisation's meeting words stand (normalized offsets), for its attendees.
  const otherSummits: number[] = [];
  // Once the article's first meeting word names another organisation's or body's meeting,
  // "القمة"/"الاجتماع" later on is that meeting again (anaphora), not the Council's.
  let othersMeeting: boolean | undefined;
  let others = false;
  for (const hit of linked.keywords) {
    if (hit.keyword.tag === "meet") {
      // "اجتمع وزراء الدفاع": a verb of meeting only says whose meeting the article reports
      // (and what a later "الاجتماع" refers back to).
      const body = otherBodyAfter(linked, hit.last);
      othersMeeting ??= body;
      if (body) others = true;
      else {
        at.push(linked.document.originalIndex(hit.start));
        meets = true;
      }
      continue;
    }
    if (hit.keyword.tag === "meetings") {
      at.push(linked.document.originalIndex(hit.start));
      continue;
    }
    if (hit.keyword.tag !== "summit") continue;
    // "بدوره" (in turn) and "دوره" (his role) read as دورة once ة is folded.
    if (roleWords().has(linked.words[hit.first]!.key)) continue;
    // "القمة المقبلة", "قمته القادمة": the next meeting, spoken of but not held.
    if (nextAfter(linked, hit.last)) {
      forward = true;
      at.push(linked.document.originalIndex(hit.start));
      continue;
    }
    const otherOrganization = otherOrganizationAfter(linked, hit.last);
    if (otherOrganization) otherSummits.push(hit.start);
    const other = otherOrganization || otherBodyAfter(linked, hit.last) || otherBodyBefore(linked, hit);
    othersMeeting ??= other;
    organizationFirst ??= otherOrganization;
    if (other) others = true;
    if (other || dayAnchorBefore(linked, hit) || jointAfter(linked, hit.last)) continue;
    // After another body's meeting, "الاجتماع" and a plain "اجتماع للمنظمة" are that meeting
    // again; only a summit word or the heads of state name the Council's. After another
    // organisation's summit ("القمة الخليجية … بحضور قادة الدول الأعضاء") the heads of state
    // are that organisation's too.
    if (othersMeeting && !councilAfter(linked, hit.last)) {
      if (anaphoric(hit) || genericMeetingWords.has(hit.keyword.phrase)) continue;
      // …unless the treaty or the CSTO is named right after them ("رؤساء الدول الأعضاء في معاهدة
      // الأمن الجماعي" beside a CIS summit: the treaty's session).
      if (organizationFirst && leaderWords.has(hit.keyword.phrase) && !ownNameFollows(linked.words, hit.last + 1))
        continue;
    }
    // "نداء أرمينيا إلى مجلس الأمن الجماعي": the Council addressed, not meeting.
    if (hit.keyword.phrase === councilPhrase && addressedBefore(linked, hit.first)) {
      // Still the Council: a date in its sentence ("تحال إلى مجلس الأمن الجماعي للتصديق عليها في
      // 28 نوفمبر") speaks of its session.
      at.push(linked.document.originalIndex(hit.start));
      continue;
    }
    counted.push(hit);
  }
  // A summit word in the sentence of another organisation's summit ("قمة منظمة شنغهاي … هذا
  // الأسبوع إلى جانب الزعماء") is that summit's, unless the sentence names the CSTO.
  const sentences = otherSummitSentences(linked, otherSummits);
  for (const hit of counted) {
    const place = linked.document.originalIndex(hit.start);
    if (sentences !== undefined && within(sentences, place)) continue;
    found.add(hit.keyword.phrase);
    at.push(place);
  }
  return { words: [...found], othersOnly: others && found.size === 0, otherSummits: sentences, at, forward, meets };
}

let nextWords: Set<string> | undefined;

/** Whether the word after `last` says the meeting is the next one (المقبلة، القادمة، المرتقبة). */
function nextAfter(linked: LinkedDocument, last: number): boolean {
  nextWords ??= wordKeys(["المقبلة", "المقبل", "القادمة", "القادم", "المرتقبة", "المرتقب"]);
  const next = linked.words[last + 1];
  return next?.softGap === true && nextWords.has(next.key);
}

let roleWordKeys: Set<string> | undefined;

/** "بدوره، بدورها، دوره": "in turn", "his role" — not a session (دورة) though spelled alike. */
function roleWords(): Set<string> {
  roleWordKeys ??= wordKeys(["بدوره", "وبدوره", "بدورها", "وبدورها", "بدورهم", "دوره", "ودوره"]);
  return roleWordKeys;
}

let otherBodyWords: Set<string> | undefined;

/**
 * Words naming the CSTO's other bodies and national ones (a government, an envoy, a
 * counterpart); read through proclitics (للوزراء، ولوزراء، للحكومة) by the linker's one
 * proclitic reader (`wordIs`).
 */
function bodyWords(): Set<string> {
  otherBodyWords ??= wordKeys([
    "وزراء",
    "الوزراء",
    "وزير",
    "وزيري",
    "أركان",
    "الأركان",
    "أمناء",
    "سكرتيري",
    "القومي",
    "الوطني",
    "البرلمانية",
    "البرلمان",
    "النواب",
    // A meeting of one state's government or with one envoy or counterpart: "اجتماع مع أعضاء
    // الحكومة"، "اجتماعا موسعا للحكومة"، "اجتماع مع السفير الصيني"، "اجتماع مع نظيره".
    "الحكومة",
    "حكومة",
    "أعضاء",
    "السفير",
    "سفير",
    "نظيره",
    "نظيرته",
  ]);
  return otherBodyWords;
}

/**
 * "اجتماع وزراء خارجية دول المنظمة", "اجتماع لرؤساء الأركان", "اجتماعا طارئا لمجلس الأمن
 * القومي": a meeting of ministers, chiefs of staff, security-council secretaries, a national
 * security council or a parliament, within four words of the meeting word. The CSTO's other
 * bodies meet on the day of a Council session and in its city; their meeting is not the
 * Council's.
 */
function otherBodyAfter(linked: LinkedDocument, last: number): boolean {
  return inPhraseAhead(linked.words, last + 1, 4, bodyWords());
}

/** Whether one of `keys` (read through proclitics) is among the `count` words from `from` on, with no punctuation between. */
function inPhraseAhead(
  words: LinkedDocument["words"],
  from: number,
  count: number,
  keys: ReadonlySet<string>,
): boolean {
  for (let k = from; k < from + count && k < words.length; k++) {
    if (!words[k]!.softGap) return false;
    if (wordIs(words[k], keys)) return true;
  }
  return false;
}

/**
 * "عقد وزراء خارجية دول المنظمة اجتماعهم", "عقد وزراء الدفاع اجتماعا": the body named as the
 * subject just before a meeting word that is the verb's object (possessive or indefinite).
 */
function otherBodyBefore(linked: LinkedDocument, hit: KeywordHit): boolean {
  if (!objectMeetingWords.has(hit.keyword.phrase)) return false;
  const words = linked.words;
  // The subject may carry the organisation's name: "عقد وزراء الدفاع في الدول الأعضاء بمنظمة
  // معاهدة الأمن الجماعي اجتماعهم" (nine words, no punctuation between).
  for (let k = hit.first - 1; k >= hit.first - 9 && k >= 0; k--) {
    if (!words[k + 1]!.softGap) return false;
    if (wordIs(words[k], bodyWords())) return true;
  }
  return false;
}

const objectMeetingWords: ReadonlySet<string> = new Set(["اجتماعهم", "اجتماعا", "اجتماعه"]);

// Meeting words that say nothing of who meets (not قمة, not the heads of state).
const genericMeetingWords: ReadonlySet<string> = new Set([
  "اجتماع",
  "اجتماعا",
  "اجتماعه",
  "اجتماعهم",
  "دورة",
  "دورته",
  "دورتها",
  "جلسة",
]);

// The heads of state as a meeting word: the Council's, unless another organisation's summit
// came first.
const leaderWords: ReadonlySet<string> = new Set(["زعماء", "رؤساء الدول", "قادة الدول"]);
// (قادة المنظمة and the like name an organisation's leaders: they stay the Council's unless the
// other organisation is named after them, which otherOrganizationAfter reads.)

let councilWords: Set<string> | undefined;

/** "جلسة مجلس الأمن الجماعي": the Council named right after the meeting word. */
function councilAfter(linked: LinkedDocument, last: number): boolean {
  councilWords ??= wordKeys(["مجلس", "لمجلس"]);
  const next = linked.words[last + 1];
  return next?.softGap === true && councilWords.has(next.key) && linked.words[last + 3]?.key === wordKey("الجماعي");
}

let addressWords: Set<string> | undefined;

/** Whether إلى (to) stands right before word `first`: the Council addressed (نداء إلى …). */
function addressedBefore(linked: LinkedDocument, first: number): boolean {
  addressWords ??= wordKeys(["إلى", "الى"]);
  return wordRightBefore(linked, first, addressWords);
}

/** Whether the word right before word `first`, with only a space between, is one of `keys` (as written). */
function wordRightBefore(linked: LinkedDocument, first: number, keys: ReadonlySet<string>): boolean {
  const before = linked.words[first - 1];
  return before !== undefined && linked.words[first]!.softGap && keys.has(before.key);
}

/** "القمة", "الاجتماع": a definite meeting word, which refers back to a meeting named before. */
function anaphoric(hit: KeywordHit): boolean {
  return hit.keyword.phrase.startsWith("ال") && !hit.keyword.phrase.includes(" ");
}

let jointWords: Set<string> | undefined;

/** "اجتماع مشترك": a joint meeting with other bodies is not a Council session. */
function jointAfter(linked: LinkedDocument, last: number): boolean {
  jointWords ??= wordKeys(["مشترك", "مشتركا", "المشترك"]);
  const next = linked.words[last + 1];
  return next?.softGap === true && jointWords.has(next.key);
}

let anchorWords: Set<string> | undefined;

/**
 * Whether a meeting word follows غداة (the day after) or عشية (the eve of): the meeting dates
 * the news, it is not the news ("تأتي القمة غداة اجتماع قادة المنظمة في المدينة نفسها").
 */
function dayAnchorBefore(linked: LinkedDocument, hit: KeywordHit): boolean {
  anchorWords ??= wordKeys(["غداة", "عشية"]);
  if (wordRightBefore(linked, hit.first, anchorWords)) return true;
  // The same anchor spelled out: "بعد يوم من اجتماع المنظمة", "قبل ساعات من القمة".
  anchorSpans ??= wordKeys(["يوم", "يومين", "أيام", "ساعة", "ساعات", "ساعتين", "أسبوع"]);
  anchorSides ??= wordKeys(["بعد", "قبل", "وبعد", "وقبل"]);
  const words = linked.words;
  const k = hit.first;
  fromKey ??= wordKey("من");
  if (k < 3 || words[k - 1]!.key !== fromKey) return false;
  if (!words[k]!.softGap || !words[k - 1]!.softGap || !words[k - 2]!.softGap) return false;
  return anchorSpans.has(words[k - 2]!.key) && anchorSides.has(words[k - 3]!.key);
}

let anchorSpans: Set<string> | undefined;
let anchorSides: Set<string> | undefined;
let fromKey: string | undefined;

// First words of other organisations' names and meetings, search-normalized and folded like
// the linker's word keys.
let otherOrganizationWords: Set<string> | undefined;
let ownWords: Set<string> | undefined;

function otherOrganizationAfter(linked: LinkedDocument, last: number): boolean {
  otherOrganizationWords ??= wordKeys([
    "شنغهاي",
    "شانغهاي",
    "شنجهاي",
    "بريكس",
    "العشرين",
    "السبع",
    "الناتو",
    "حلف",
    "رابطة",
    "الكومنولث",
    "الاتحاد",
    "آسيان",
    "أوبك",
    "الجامعة",
    "مجموعة",
    // "القمة العربية"، "قمة دول الجوار"، "القمة الخليجية"، "القمة الإسلامية".
    "العربية",
    "الجوار",
    "الخليجية",
    "الخليجي",
    "الإسلامية",
    "الإسلامي",
  ]);
  const words = linked.words;
  const lo = last + 1;
  ownWords ??= wordKeys(["معاهدة", "الجماعي"]);
  // "قمة شنغهاي", "قمة منظمة شنغهاي", "أعمال قمة مجلس رؤساء دول منظمة شنغهاي": the name's
  // head within six words of the same phrase, unless the CSTO's own name comes first.
  sidelineWords ??= wordKeys(["هامش"]);
  for (let k = lo; k < lo + 6 && k < words.length; k++) {
    if (!words[k]!.softGap) return false;
    if (wordIs(words[k], ownWords)) return false;
    // "اجتماع عقد على هامش قمة رابطة الدول المستقلة": held beside the other summit.
    if (sidelineWords.has(words[k]!.key)) return false;
    if (otherOrganizationWords.has(words[k]!.key)) return !ownNameFollows(words, k + 1);
  }
  return false;
}

let sidelineWords: Set<string> | undefined;

/**
 * "قمة لرؤساء ست من دول الكومنولث المشاركة في معاهدة الأمن الجماعي": the other organisation
 * only says which states; the treaty named in the same phrase, a few words on, owns the meeting.
 */
function ownNameFollows(words: LinkedDocument["words"], from: number): boolean {
  return inPhraseAhead(words, from, 5, ownWords!);
}

/**
 * Whether the article names the Collective Security Council (مجلس الأمن الجماعي) itself or the
 * treaty (معاهدة الأمن الجماعي, as reports before 2002 name the Council's states beside the CIS).
 */
function namesCouncilOrTreaty(linked: LinkedDocument): boolean {
  for (const hit of linked.keywords)
    if (hit.keyword.phrase === councilPhrase || hit.keyword.tag === "treaty") return true;
  return false;
}

const councilPhrase = "مجلس الأمن الجماعي";

// Other organisations whose summits meet in the same capitals as the Council.
const meetingHosts: ReadonlySet<string> = new Set(["org:sco", "org:cis", "org:eaeu"]);

/**
 * Where the first sentence of the body ends: the first full stop, question or exclamation mark
 * after the headline line (the first line, when the text has more than one).
 */
/**
 * The sentences (original offsets, [start, end) pairs) that hold another organisation's summit
 * word and name neither the CSTO nor its Council nor the treaty ("… في قمة منظمة شنغهاي للتعاون في سمرقند مع الرئيس الروسي
 * فلاديمير بوتين"); undefined when there are none.
 */
function otherSummitSentences(linked: LinkedDocument, hits: readonly number[]): number[] | undefined {
  if (hits.length === 0) return undefined;
  const input = linked.document.text;
  const spans: number[] = [];
  for (const hit of hits) {
    const at = linked.document.originalIndex(hit);
    let start = at;
    while (start > 0 && !sentenceBreak(input.charCodeAt(start - 1))) start--;
    let end = at;
    while (end < input.length && !sentenceBreak(input.charCodeAt(end))) end++;
    if (linked.mentions.some((m) => m.id === organizationId && m.start >= start && m.start < end)) continue;
    // The treaty or the Council named in the sentence owns its meeting ("وقع الرؤساء بروتوكول
    // معاهدة الأمن الجماعي في اجتماع عقد على هامش قمة رابطة الدول المستقلة").
    if (
      linked.keywords.some((k) => {
        if (k.keyword.tag !== "treaty" && k.keyword.phrase !== councilPhrase) return false;
        const place = linked.document.originalIndex(k.start);
        return place >= start && place < end;
      })
    )
      continue;
    spans.push(start, end);
  }
  return spans.length > 0 ? spans : undefined;
}

// "برئاسة روسيا", "وبرئاسة أرمينيا": the state right after it chairs the meeting.
const chairedBy = /(?:^|\s)و?برئاسة\s+$/;

function within(spans: readonly number[], offset: number): boolean {
  for (let k = 0; k < spans.length; k += 2) if (offset >= spans[k]! && offset < spans[k + 1]!) return true;
  return false;
}

function firstSentenceEnd(input: string): number {
  const newline = input.indexOf("\n");
  const from = newline >= 0 && newline < leadLength ? newline + 1 : 0;
  const end = input.slice(from).search(/[.!?؟\n]/);
  return end < 0 ? input.length : from + end;
}

// Words of founding (تأسست، أنشئت، تأسيس …) up to eight words before a year, in the same
// sentence: the year of a founding, which names no session.
const foundingWords = ["تأسست", "تأسس", "تاسست", "أسست", "اسست", "أنشئت", "انشئت", "تأسيس", "تاسيس", "إنشاء", "انشاء"];

/** Whether a word of founding stands a few words before offset `start` (تأسست المنظمة عام 2002). */
function foundingBefore(input: string, start: number): boolean {
  const window = input.slice(Math.max(0, start - 90), start);
  for (const word of foundingWords) {
    const at = window.lastIndexOf(word);
    if (at < 0) continue;
    const between = window.slice(at);
    if (/[.!?؟\n]/.test(between)) continue;
    if (between.split(/\s+/).length <= 10) return true;
  }
  return false;
}

/** Whether منذ (since) stands right before offset `start` of the input. */
function sinceBefore(input: string, start: number): boolean {
  let k = start;
  while (k > 0 && input.charCodeAt(k - 1) <= 0x20) k--;
  const word = input.slice(Math.max(0, k - 4), k);
  return word.endsWith("منذ") && (k < 4 || !isArabicLetter(input.charCodeAt(k - 4)) || word === "ومنذ");
}

function isArabicLetter(code: number): boolean {
  return code >= 0x0621 && code <= 0x064a;
}

/** Reads, once per article, everything the candidate sessions share. */
export function readArticleFacts(
  input: string,
  linked: LinkedDocument,
  dates: readonly ArticleDate[],
  published: string,
  publishedDay: number,
): ArticleFacts {
  const cues = new CueReader(linked);
  const dateFacts: ArticleDateFact[] = [];
  const years = new Set<string>();
  for (const mention of dates) {
    const span = readDateValue(mention.value);
    if (span.grain === "other") continue;
    if (span.grain === "year") {
      // "منذ العام 2014": a starting point, not an event of that year; "تأسست المنظمة عام
      // 2002": a founding. Neither names a session.
      if (sinceBefore(input, mention.start) || foundingBefore(input, mention.start)) continue;
      years.add(span.year);
    }
    dateFacts.push(new CuedDate(mention, cues, span));
  }
  const entities = new Map<string, ArticleEntityFact[]>();
  const cities: string[] = [];
  let people = 0;
  let otherOrganization = false;
  const summit = summitWordsOf(linked);
  const othersSentences = summit.otherSummits;
  let chairs: Map<string, EntityMention> | undefined;
  for (const mention of linked.mentions) {
    // A meeting-holding neighbour (SCO, CIS, EAEU); NATO and the Kremlin are named in Council
    // news as a topic or a source, not as the host of its meeting.
    if (meetingHosts.has(mention.id)) otherOrganization = true;
    // "قمة عبر الفيديو برئاسة روسيا": the chairing state stands for the venue of a video session.
    if (mention.kind === "state" && chairedBy.test(input.slice(Math.max(0, mention.start - 10), mention.start))) {
      chairs ??= new Map();
      if (!chairs.has(mention.id)) chairs.set(mention.id, mention);
    }
    // A session is read against its venue, its attendees and the organisation only.
    if (mention.kind !== "city" && mention.kind !== "person" && mention.id !== organizationId) continue;
    // A leader named in the sentence of another organisation's summit is its attendee.
    if (mention.kind === "person" && othersSentences !== undefined && within(othersSentences, mention.start)) continue;
    const fact: ArticleEntityFact = new CuedMention(mention, cues);
    if (mention.kind === "person") people++;
    const list = entities.get(mention.id);
    if (list !== undefined) list.push(fact);
    else {
      entities.set(mention.id, [fact]);
      if (mention.kind === "city") cities.push(mention.id);
    }
  }
  const councilOrTreaty = namesCouncilOrTreaty(linked);
  return {
    dates: dateFacts,
    entities,
    cities,
    people,
    published,
    publishedDay,
    summitWords: summit.words,
    nextMeeting: summit.forward,
    meetingVerb: summit.meets,
    chairs,
    summitAt: summit.at,
    otherMeetingsOnly: summit.othersOnly,
    summitText: undefined,
    years,
    leadEnd: Math.min(input.length, leadLength),
    input,
    firstSentenceEnd: firstSentenceEnd(input),
    councilOrTreaty,
    otherOrganizationOnly: otherOrganization && !entities.has(organizationId) && !councilOrTreaty,
  };
}
