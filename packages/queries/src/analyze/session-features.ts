import type { DateMention } from "@csto/arabic-text";
import type { EntityMention } from "../linking/types.js";
import type { DateSpan, SessionDays } from "./date-evidence.js";
import type { ReferenceCue } from "./reference-cues.js";
import type { SessionEvidence } from "./types.js";

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
  /** Entity mentions by id, in text order. */
  entities: ReadonlyMap<string, readonly ArticleEntityFact[]>;
  published: string;
  publishedDay: number;
  summitWords: readonly string[];
  /** Years named on their own (عام 2022), for venue candidates. */
  years: ReadonlySet<string>;
  /** Offset in the input where the headline and dateline end. */
  leadEnd: number;
}

/** One candidate's feature values and the evidence items behind them. */
export interface CandidateFeatures {
  days: SessionDays;
  values: Float64Array;
  /** Evidence items by the feature they support. */
  evidence: Map<SessionFeatureName, SessionEvidence[]>;
  /**
   * Time evidence: a date resolving to the session's days, or a near publication with a summit
   * word and the venue or attendees; and the session has begun by the publication day.
   */
  timeEvidence: boolean;
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

// Feature name → position, written out so that the hot path reads a property, not a map.
const featureIndex = Object.fromEntries(sessionFeatureNames.map((name, i) => [name, i])) as Readonly<
  Record<SessionFeatureName, number>
>;
// Shared by every candidate read without evidence; never written to.
const noEvidence: Map<SessionFeatureName, SessionEvidence[]> = new Map();

// The longest span of days a date mention may cover and still point at one session.
const maxDaySpan = 7;

/** Where a piece of evidence sits in the article. */
interface Located {
  text: string;
  start: number;
  end: number;
}

/** Reads the features of one candidate session (rivalDay is filled in once all are read). */
export function readFeatures(
  days: SessionDays,
  facts: ArticleFacts,
  designated = false,
  collect = false,
): CandidateFeatures {
  const values = new Float64Array(sessionFeatureNames.length);
  // Evidence items are built only for the sessions that are returned (`collect`).
  const evidence = collect ? new Map<SessionFeatureName, SessionEvidence[]>() : noEvidence;
  const set = (name: SessionFeatureName, value: number, kind?: SessionEvidence["kind"], mention?: Located) => {
    const i = featureIndex[name];
    if (value > values[i]!) values[i] = value;
    if (!collect || kind === undefined) return;
    const item: SessionEvidence =
      mention === undefined
        ? { kind, text: kind === "published" ? facts.published : facts.summitWords.join("، "), weight: 0 }
        : { kind, text: mention.text, start: mention.start, end: mention.end, weight: 0 };
    const list = evidence.get(name);
    if (list === undefined) evidence.set(name, [item]);
    else if (list.length < 4) list.push(item);
  };
  const { session } = days;
  let dayHit = false;
  let dateNamed = false;
  let yearNamed = false;
  for (const fact of facts.dates) {
    const { mention, span } = fact;
    let hit: "day" | "month" | "year" | undefined;
    if (span.grain === "days") {
      if (span.last - span.first < maxDaySpan && days.first - span.last <= 1 && span.first - days.last <= 1)
        hit = "day";
    } else if (span.grain === "month") {
      if (session.date.startsWith(span.month) || (session.endDate ?? "").startsWith(span.month)) hit = "month";
    } else if (span.grain === "year" && session.date.startsWith(span.year)) hit = "year";
    if (hit === undefined) continue;
    if (hit === "day") dayHit = true;
    if (hit === "year") yearNamed = true;
    else dateNamed = true;
    const cue = hit === "year" ? undefined : fact.cue;
    if (cue === "back" && hit !== "year") set("backReference", 1, "back-reference", mention);
    else if (cue === "future" && hit !== "year") set("futureReference", 1, "future-reference", mention);
    else if (hit === "day") set(mention.relative ? "relativeDay" : "dayDate", 1, "date", mention);
    else if (hit === "month") set("monthDate", 1, "date", mention);
    else set("yearDate", 1, "date", mention);
  }
  let venueNamed = false;
  let venueCue: CandidateFeatures["named"]["venue"];
  for (const { mention, cue } of facts.entities.get(session.city) ?? []) {
    venueNamed = true;
    // A plain mention anywhere outweighs cued ones.
    if (venueCue !== "plain") venueCue = cue ?? "plain";
    if (cue === "back") set("backReference", 1, "back-reference", mention);
    else if (cue === "future") set("futureReference", 1, "future-reference", mention);
    else set("venue", 1, "city", mention);
    if (mention.start < facts.leadEnd) set("venueLead", 1);
  }
  let attendees = 0;
  for (const person of session.attendees) {
    const first = facts.entities.get(person)?.[0];
    if (first === undefined) continue;
    attendees++;
    set("attendees", Math.min(1, attendees / 3), "attendee", first.mention);
  }
  const distance =
    facts.publishedDay < days.first ? days.first - facts.publishedDay : Math.max(0, facts.publishedDay - days.last);
  if (distance <= 2) set("published2", 1, "published");
  else if (distance <= 7) set("published7", 1, "published");
  else if (distance <= 31) set("published31", 1, "published");
  else if (distance <= 365) set("publishedYear", 1);
  else set("publishedFar", 1);
  const summit = facts.summitWords.length > 0;
  if (summit) set("summitWords", 1, "summit-word");
  const csto = facts.entities.get("org:csto")?.[0];
  if (csto) set("organization", 1, "organization", csto.mention);
  // "A publication date within a few days, with meeting words and the venue or attendees."
  const publishedSummit = distance <= 3 && summit && (venueNamed || attendees > 0);
  if (publishedSummit) set("publishedSummit", 1);
  return {
    days,
    values,
    evidence,
    // A session that has not begun by the publication day can be announced, not reported.
    timeEvidence: (dayHit || publishedSummit) && days.first <= facts.publishedDay,
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
