import type { DateMention } from "@csto/arabic-text";
import type { EntityMention } from "../linking/types.js";
import { organizationLeaderPhrases } from "./analysis-keywords.js";
import type { DateSpan, SessionDays } from "./date-evidence.js";
import type { ReferenceCue } from "./reference-cues.js";

/**
 * The evidence features of the session model, in the order of its coefficient table. Each is a
 * number in [0, 1] read from one (article, session) pair; docs/analyze.md says what each means.
 */
export const sessionFeatureNames = [
  "dayDate",
  "relativeDay",
  "monthDate",
  "yearDate",
  "backReference",
  "futureReference",
  "published2",
  "published7",
  "published31",
  "publishedYear",
  "publishedFar",
  "venue",
  "venueLead",
  "attendees",
  "summitWords",
  "organization",
  "publishedSummit",
  "rivalCloser",
  "dayMeeting",
] as const;

export type SessionFeatureName = (typeof sessionFeatureNames)[number];

/** A date mention read once per article: its span of days and the cue around it (read on first use). */
export interface ArticleDateFact {
  readonly mention: DateMention;
  readonly span: DateSpan;
  readonly cue: ReferenceCue;
}

/** An entity mention with the cue around it (read on first use). */
export interface ArticleEntityFact {
  readonly mention: EntityMention;
  readonly cue: ReferenceCue;
}

/** What an article offers as evidence, read once and shared by every candidate session. */
export interface ArticleFacts {
  dates: readonly ArticleDateFact[];
  /** Mentions of cities, people and the CSTO (what a session is read against) by id, in text order. */
  entities: ReadonlyMap<string, readonly ArticleEntityFact[]>;
  /** The ids of the cities named, in order of first mention (the keys of `entities` that are cities). */
  cities: readonly string[];
  /** How many person mentions there are (none: no session has an attendee named). */
  people: number;
  published: string;
  publishedDay: number;
  summitWords: readonly string[];
  /** A meeting word with a forward cue (القمة المقبلة): the article speaks of a meeting to come. */
  nextMeeting: boolean;
  /** The article names the Collective Security Council or the treaty. */
  councilOrTreaty: boolean;
  /** A verb of meeting that names no other body's meeting (اجتمع الرؤساء). */
  meetingVerb: boolean;
  /** States named as chairing a meeting ("برئاسة روسيا"), by id, with their first such mention. */
  chairs: ReadonlyMap<string, EntityMention> | undefined;
  /** Where the summit words stand in the input (offsets), for a month in their sentence. */
  summitAt: readonly number[];
  /** The summit words as one evidence text (`قمة، اجتماع`), joined when a candidate first needs it. */
  summitText: string | undefined;
  /** Years named on their own (عام 2022), for venue candidates. */
  years: ReadonlySet<string>;
  /** Offset in the input where the headline and dateline end. */
  leadEnd: number;
  /** The input text (to tell whether two mentions share a sentence). */
  input: string;
  /** Offset in the input where the first sentence after the headline line ends. */
  firstSentenceEnd: number;
  /**
   * The article names another regional organisation (SCO, CIS, EAEU) and neither the CSTO
   * nor its Council: the meetings it speaks of are that organisation's (a SCO summit in
   * Dushanbe on the day of a Council session there).
   */
  otherOrganizationOnly: boolean;
  /**
   * Every meeting word of the article names another organisation's or another body's meeting
   * (ministers, chiefs of staff, a national security council): the meeting it reports is that
   * one, also when it names the CSTO and falls on a Council day.
   */
  otherMeetingsOnly: boolean;
}

/** One candidate's feature values and the evidence items behind them. */
export interface CandidateFeatures {
  days: SessionDays;
  /** Feature values in `sessionFeatureNames` order (a plain array: a small typed array costs an off-heap allocation). */
  values: number[];
  /**
   * Where the evidence of each feature was found, by feature position (`sessionFeatureNames`),
   * at most four places each, in text order. The items themselves (with their weights) are built
   * only for the sessions returned (`evidenceItems`, session-evidence.ts).
   */
  evidence: (EvidencePlace[] | undefined)[];
  /**
   * Time evidence: a date resolving to the session's days, or a near publication with a summit
   * word and the venue or attendees; and the session has begun by the publication day.
   */
  timeEvidence: boolean;
  /**
   * Whether the article speaks of a meeting at all: a summit word (not another organisation's
   * meeting), the organisation or the venue. Dates and attendees alone fit any article on the
   * region published around a session; they never make it reported.
   */
  meeting: boolean;
  /**
   * Whether the article says whose meeting it is: the CSTO, its Council or the treaty named, the
   * venue or the chairing state, or an attendee. A summit word and a day alone ("عقدت اليوم قمة
   * بحضور قادة الدول") fit any organisation's summit held that day.
   */
  identified: boolean;
  /**
   * Whether the article speaks of a meeting of the Council rather than only of its city: a
   * summit word, the CSTO, its Council or the treaty. A head of state meeting an envoy in the
   * session's city that day ("اجتمع لوكاشينكو اليوم مع السفير الصيني في مينسك") is no report.
   */
  councilMeeting: boolean;
  /**
   * The article's meetings are all another body's (ministers, chiefs of staff …): the session
   * may be named, never reported.
   */
  othersMeeting: boolean;
  /** What names this session at all (used to decide whether it is listed as mentioned). */
  named: {
    /** A day or month of the session, cued or not. */
    date: boolean;
    year: boolean;
    venue: ReferenceCue | "plain" | undefined;
    /** Days between the publication and the session (0 when it falls within it). */
    distance: number;
    /** The last session held in a venue named with a back cue, or the next one for a forward cue. */
    designated: boolean;
  };
}

/**
 * Position of each feature in `sessionFeatureNames` (and in `values`), written out so that the
 * hot path reads a constant property, never a name looked up at run time (a test checks it).
 */
export const featureIndex = {
  dayDate: 0,
  relativeDay: 1,
  monthDate: 2,
  yearDate: 3,
  backReference: 4,
  futureReference: 5,
  published2: 6,
  published7: 7,
  published31: 8,
  publishedYear: 9,
  publishedFar: 10,
  venue: 11,
  venueLead: 12,
  attendees: 13,
  summitWords: 14,
  organization: 15,
  publishedSummit: 16,
  rivalCloser: 17,
  dayMeeting: 18,
} as const satisfies Readonly<Record<SessionFeatureName, number>>;

/** The organisation whose mention is the `organization` feature. */
export const organizationId = "org:csto";

// The longest span of days a date mention may cover and still point at one session.
const maxDaySpan = 7;
// Evidence items kept per feature.
const maxItems = 4;

/** Where a piece of evidence sits in the article. */
interface Located {
  text: string;
  start: number;
  end: number;
}

/** A span of the article, or the text of evidence that is not one (the publication, the summit words). */
export type EvidencePlace = Located | string;

/** Raises feature `i` to `value` (features only grow). */
function raise(values: number[], i: number, value: number): void {
  if (value > values[i]!) values[i] = value;
}

/** Records where evidence for feature `i` was found (the first few places only). */
function note(evidence: (EvidencePlace[] | undefined)[], i: number, place: EvidencePlace): void {
  const list = evidence[i];
  if (list === undefined) evidence[i] = [place];
  else if (list.length < maxItems) list.push(place);
}

/** "قادة المنظمة", "رؤساء دول المنظمة": the organisation's leaders, named by its usual anaphor. */
function organizationLeaders(facts: ArticleFacts): boolean {
  return facts.summitWords.some((word) => organizationLeaderPhrases.includes(word));
}

/**
 * A month names a session only in a sentence about a meeting: a summit word, a verb of meeting,
 * the venue or the CSTO stands in it ("قمة مينسك في نوفمبر"); "العدوان على أراضي بلاده في
 * سبتمبر الماضي" and "أحداث يناير في كازاخستان" name other events of a month that had a session.
 * (A day of the session is time evidence and lists it wherever it stands: written dates of the
 * treaty's signing, "في الخامس عشر من أيار عام 1992", are annotated as naming it.)
 */
function meetingSentence(facts: ArticleFacts, at: number, city: string, organization = true): boolean {
  const { input } = facts;
  if (facts.summitAt.some((word) => sameSentence(input, at, word))) return true;
  for (const id of organization ? [city, organizationId] : [city]) {
    const mentions = facts.entities.get(id);
    if (mentions?.some(({ mention }) => sameSentence(input, at, mention.start))) return true;
  }
  return false;
}

/**
 * The month's sentence names another venue and not this session's ("سنعقد القمة المقبلة في
 * موسكو في نوفمبر" names no November session held elsewhere).
 */
function otherVenue(facts: ArticleFacts, at: number, city: string): boolean {
  let other = false;
  for (const id of facts.cities) {
    const near = facts.entities.get(id)?.some(({ mention }) => sameSentence(facts.input, at, mention.start));
    if (!near) continue;
    if (id === city) return false;
    other = true;
  }
  return other;
}

// How far apart two mentions of one sentence may stand (characters): a long sentence's far ends
// speak of different things.
const sentenceReach = 160;

/** Whether offsets `a` and `b` of `input` lie in one sentence, close together. */
export function sameSentence(input: string, a: number, b: number): boolean {
  const from = Math.min(a, b);
  const to = Math.max(a, b);
  if (to - from > sentenceReach) return false;
  for (let k = from; k < to; k++) if (sentenceBreak(input.charCodeAt(k))) return false;
  return true;
}

/** . ! ? ؟ or a line break: where the session analysis takes a sentence to end. */
export function sentenceBreak(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x061f || code === 0x0a;
}

/** `words.join("، ")`, by concatenation (no flat copy of a string that may never be read). */
function joinWords(words: readonly string[]): string {
  let text = words[0] ?? "";
  for (let k = 1; k < words.length; k++) text = `${text}، ${words[k]}`;
  return text;
}

/** Reads the features of one candidate session (rivalCloser is filled in once all are read). */
export function readFeatures(days: SessionDays, facts: ArticleFacts, designated = false): CandidateFeatures {
  const values = new Array<number>(sessionFeatureNames.length).fill(0);
  const evidence: (EvidencePlace[] | undefined)[] = [];
  let dayHit = false;
  // A day of the session named without a back or forward cue (أمس، الجمعة الماضي، 14 يونيو).
  let plainDay = false;
  let plainLater = false;
  let dateNamed = false;
  // Where the session's year is named on its own (عام 2022), for a venue in the same sentence.
  let yearAt: number[] | undefined;
  for (const fact of facts.dates) {
    const { mention, span } = fact;
    let hit: "day" | "month" | "year" | undefined;
    if (span.grain === "days") {
      // A day ±1 (a dateline's local day, a late evening), except "today" the day after the
      // session ended: an article that says اليوم the day after speaks of that day's events.
      // A relative day or week (أمس، الخميس، الأسبوع الماضي) is counted from the publication and
      // exact: it has to contain the session. Only a written date (a dateline's local day, a
      // late evening) may be a day off.
      const slack = mention.relative ? 0 : 1;
      if (span.last - span.first < maxDaySpan && days.first - span.last <= slack && span.first - days.last <= slack)
        hit = "day";
    } else if (span.grain === "month") {
      // `span.month` is `YYYY-MM` and `span.year` `YYYY` (readDateValue): a prefix test is equality.
      if (days.month === span.month || days.endMonth === span.month) hit = "month";
    } else if (span.grain === "year" && days.year === span.year) hit = "year";
    if (hit === undefined) {
      // The publication day named as the day of the article's own news (اليوم الخميس): a
      // session days before it is then background. A later day that is not the publication's
      // may be the session's own continuation (حتى مساء الأحد). Only a relative word in the
      // first sentence of the body says so: a dateline's date is only the publication's, and a
      // commentary's later "اليوم" ("والسؤال المطروح اليوم") means nowadays.
      if (
        !plainLater &&
        span.grain === "days" &&
        span.first === facts.publishedDay &&
        span.first > days.last + 1 &&
        mention.relative &&
        mention.start < facts.firstSentenceEnd
      )
        plainLater = fact.cue !== "back" && fact.cue !== "future";
      continue;
    }
    if (hit === "day") dayHit = true;
    if (hit === "year") {
      yearAt ??= [];
      yearAt.push(mention.start);
    } else if (
      hit === "day" ||
      (meetingSentence(facts, mention.start, days.city) && !otherVenue(facts, mention.start, days.city))
    )
      dateNamed = true;
    // A dateline's date (a written date of the publication day in the lead) takes no cue from
    // the story's first verb ("نيويورك، 14 سبتمبر — ستنعقد جلسة …").
    const dateline =
      !mention.relative && span.grain === "days" && span.first === facts.publishedDay && mention.start < facts.leadEnd;
    // The publication day named as today (اليوم) is today whatever cue stands near it: "تبدأ
    // اليوم القمة المقررة" is this day's summit, not a later one. (Other days keep their cue:
    // "وكان توكاييف قد أعلن خلال القمة الاثنين الماضي" is a back-reference.)
    const today =
      mention.relative && span.grain === "days" && span.first === facts.publishedDay && span.last === span.first;
    // A forward cue on a day already past ("تعتزم دول الانضمام إليه، عقدت أمس قمة") or a back
    // cue on a day to come belongs to another clause's event: the day speaks for itself.
    const contrary =
      span.grain === "days" &&
      ((fact.cue === "future" && span.last < facts.publishedDay) ||
        (fact.cue === "back" && span.first > facts.publishedDay));
    const cue = hit === "year" || dateline || today || contrary ? undefined : fact.cue;
    let i: number;
    if (cue === "back") i = featureIndex.backReference;
    else if (cue === "future") i = featureIndex.futureReference;
    else if (hit === "day") {
      i = mention.relative ? featureIndex.relativeDay : featureIndex.dayDate;
      plainDay = true;
      // "عقد مجلس الأمن الجماعي اليوم جلسة استثنائية": the day and a meeting word (or the
      // venue) in one sentence; the CSTO named beside a day is not yet a meeting.
      if (meetingSentence(facts, mention.start, days.city, false)) raise(values, featureIndex.dayMeeting, 1);
    } else if (hit === "month") i = featureIndex.monthDate;
    else i = featureIndex.yearDate;
    raise(values, i, 1);
    note(evidence, i, mention);
  }
  let venueNamed = false;
  let venueCue: CandidateFeatures["named"]["venue"];
  // The year names the session only beside its venue, in one sentence ("قمة يريفان عام 2022");
  // a year of other events and a city named elsewhere (انسحبت عام 1999 … وصل إلى موسكو) do not.
  let yearNamed = false;
  const venues = facts.entities.get(days.city);
  if (venues !== undefined) {
    for (const { mention, cue } of venues) {
      venueNamed = true;
      if (!yearNamed && yearAt !== undefined)
        yearNamed = yearAt.some((at) => sameSentence(facts.input, at, mention.start));
      // A plain mention anywhere outweighs cued ones.
      if (venueCue !== "plain") venueCue = cue ?? "plain";
      if (cue === "back") {
        raise(values, featureIndex.backReference, 1);
        note(evidence, featureIndex.backReference, mention);
      } else if (cue === "future") {
        raise(values, featureIndex.futureReference, 1);
        note(evidence, featureIndex.futureReference, mention);
      } else {
        raise(values, featureIndex.venue, 1);
        note(evidence, featureIndex.venue, mention);
      }
      if (mention.start < facts.leadEnd) raise(values, featureIndex.venueLead, 1);
    }
  }
  // A video session is held "under the chairmanship of" its chairing state ("قمتهم عبر الفيديو
  // برئاسة روسيا"): the state named so counts as the venue.
  const chair = days.session.chair === undefined ? undefined : facts.chairs?.get(days.session.chair);
  if (!venueNamed && chair !== undefined) {
    venueNamed = true;
    venueCue ??= "plain";
    raise(values, featureIndex.venue, 1);
    note(evidence, featureIndex.venue, chair);
    if (chair.start < facts.leadEnd) raise(values, featureIndex.venueLead, 1);
  }
  let attendees = 0;
  // Most articles name no leader: then no attendee is looked up at all.
  if (facts.people > 0) {
    for (const person of days.attendeeIds) {
      const first = facts.entities.get(person)?.[0];
      if (first === undefined) continue;
      attendees++;
      raise(values, featureIndex.attendees, Math.min(1, attendees / 3));
      note(evidence, featureIndex.attendees, first.mention);
    }
  }
  const distance =
    facts.publishedDay < days.first ? days.first - facts.publishedDay : Math.max(0, facts.publishedDay - days.last);
  // Near publication: within two days, or within the week when the text itself dates the
  // session to one of its days ("last Friday's summit" three to seven days on is still the news;
  // an article that merely falls in the same week is not, nor one whose own news is of the publication day).
  const recent = distance <= 2 || (plainDay && !plainLater && distance <= 7 && days.first <= facts.publishedDay);
  const near = recent
    ? featureIndex.published2
    : distance <= 7
      ? featureIndex.published7
      : distance <= 31
        ? featureIndex.published31
        : distance <= 365
          ? featureIndex.publishedYear
          : featureIndex.publishedFar;
  raise(values, near, 1);
  // Only a publication within a month is shown as evidence.
  if (distance <= 31) note(evidence, near, facts.published);
  const summit = facts.summitWords.length > 0;
  if (summit) {
    raise(values, featureIndex.summitWords, 1);
    facts.summitText ??= joinWords(facts.summitWords);
    note(evidence, featureIndex.summitWords, facts.summitText);
  }
  const csto = facts.entities.get(organizationId)?.[0];
  if (csto) {
    raise(values, featureIndex.organization, 1);
    note(evidence, featureIndex.organization, csto.mention);
  }
  // "A publication date within a few days, with meeting words and the venue or attendees."
  const publishedSummit = distance <= 3 && summit && (venueNamed || attendees > 0);
  if (publishedSummit) raise(values, featureIndex.publishedSummit, 1);
  return {
    days,
    values,
    evidence,
    // A session that has not begun by the publication day can be announced, not reported.
    timeEvidence: (dayHit || publishedSummit) && days.first <= facts.publishedDay,
    meeting: !facts.otherOrganizationOnly && (summit || facts.nextMeeting || csto !== undefined || venueNamed),
    identified:
      csto !== undefined || facts.councilOrTreaty || venueNamed || attendees > 0 || organizationLeaders(facts),
    councilMeeting: summit || facts.meetingVerb || csto !== undefined || facts.councilOrTreaty,
    othersMeeting: facts.otherMeetingsOnly,
    named: { date: dateNamed, year: yearNamed, venue: venueCue, distance, designated },
  };
}

/**
 * Marks candidates farther from the publication than another candidate that has an uncued day
 * of its own: "yesterday's summit" outweighs "the meeting of 14 June" in the same article.
 */
export function markRivals(candidates: readonly CandidateFeatures[]): void {
  const day = featureIndex.dayDate;
  const relative = featureIndex.relativeDay;
  const rival = featureIndex.rivalCloser;
  let closest = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    if (c.values[day]! > 0 || c.values[relative]! > 0) closest = Math.min(closest, c.named.distance);
  }
  for (const candidate of candidates) {
    if (candidate.named.distance > closest) candidate.values[rival] = 1;
  }
}
