import { CstoError, normalize } from "@csto/arabic-text";
import type { Dataset } from "@csto/model";
import { toDateKey } from "../dates/to-date-key.js";
import type { LinkEntities } from "../linking/link-entities.js";
import type { EntityMention } from "../linking/types.js";
import {
  type DateSpan,
  dateWeight,
  dayNumber,
  publishedWeight,
  readDateValue,
  type SessionDays,
  sessionDays,
} from "./date-evidence.js";
import { findSummitWords } from "./summit-words.js";
import type {
  AnalyzeOptions,
  ArticleAnalysis,
  ArticleDate,
  FindDates,
  SessionCandidate,
  SessionEvidence,
} from "./types.js";

export type AnalyzeArticle = (text: string, options: AnalyzeOptions) => ArticleAnalysis;

/** What the analysis needs besides the dataset. */
export interface AnalyzerTools {
  linkEntities: LinkEntities;
  findDates: FindDates;
}

// The least raw points a session needs to be listed; `halfScore` raw points give 0.5.
const minimumScore = 3;
const halfScore = 6;
const maxSessions = 5;
// The headline and dateline: a venue named there is what the article is about.
const leadLength = 300;

/** `analyzeArticle` over `dataset`: dates, entity mentions and the sessions the article is about. */
export function createAnalyzer(dataset: Dataset, tools: AnalyzerTools): AnalyzeArticle {
  let candidates: SessionDays[] | undefined;
  const sessionsByDay = () =>
    (candidates ??= dataset.sessions.flatMap((session) => {
      const days = session.status === "cancelled" ? undefined : sessionDays(session);
      return days ? [days] : [];
    }));
  return (text, options) => {
    if (typeof options !== "object" || options === null) {
      throw new CstoError("INVALID_OPTION", "analyzeArticle needs options { published }");
    }
    const published = toDateKey(options.published, "published");
    const input = typeof text === "string" ? text : "";
    const dates = [...tools.findDates(input, { ref: published })];
    const entities = tools.linkEntities(input);
    const summit = findSummitWords(normalize(input, "search"));
    const facts: ArticleFacts = {
      dates: dates.map((date) => ({ mention: date, span: readDateValue(date.value) })),
      entities,
      published,
      publishedDay: dayNumber(published) ?? 0,
      summitWords: summit.map((s) => s.word),
    };
    const sessions: SessionCandidate[] = [];
    for (const days of sessionsByDay()) {
      const evidence = collectEvidence(days, facts);
      const raw = evidence.reduce((sum, item) => sum + item.weight, 0);
      // The publication date alone says nothing about what the text is about.
      if (raw < minimumScore || evidence.every((item) => item.kind === "published")) continue;
      const session = days.session;
      // raw / (raw + half) maps [0, ∞) onto [0, 1) without saturating, so ranks stay apart.
      sessions.push({ session, score: raw / (raw + halfScore), evidence });
    }
    sessions.sort((a, b) => b.score - a.score || b.session.date.localeCompare(a.session.date));
    return { dates, entities, sessions: sessions.slice(0, maxSessions) };
  };
}

interface ArticleFacts {
  dates: readonly { mention: ArticleDate; span: DateSpan }[];
  entities: readonly EntityMention[];
  published: string;
  publishedDay: number;
  summitWords: readonly string[];
}

function located(
  kind: SessionEvidence["kind"],
  mention: { text: string; start: number; end: number },
  weight: number,
): SessionEvidence {
  return { kind, text: mention.text, start: mention.start, end: mention.end, weight };
}

function collectEvidence(days: SessionDays, facts: ArticleFacts): SessionEvidence[] {
  const { session } = days;
  const evidence: SessionEvidence[] = [];
  // Dates: each matching mention counts, capped so a long list of dates cannot dominate.
  let datePoints = 0;
  for (const { mention, span } of facts.dates) {
    const weight = Math.min(dateWeight(span, days), 4.5 - datePoints);
    if (weight <= 0) continue;
    datePoints += weight;
    evidence.push(located("date", mention, weight));
  }
  const cityMentions = facts.entities.filter((m) => m.id === session.city);
  const firstCity = cityMentions[0];
  if (firstCity) {
    let weight = 2.5;
    if (cityMentions.length > 1) weight += 0.5;
    if (firstCity.start < leadLength) weight += 0.5;
    evidence.push(located("city", firstCity, weight));
  }
  const { attendees } = days;
  const seen = new Set<string>();
  for (const mention of facts.entities) {
    if (!attendees.has(mention.id) || seen.has(mention.id) || seen.size >= 4) continue;
    seen.add(mention.id);
    evidence.push(located("attendee", mention, 0.5));
  }
  const proximity = publishedWeight(facts.publishedDay, days);
  if (proximity > 0) evidence.push({ kind: "published", text: facts.published, weight: proximity });
  // Summit words and the organisation say the article is about a session at all; they only
  // count for sessions that already have specific evidence.
  if (evidence.length > 0) {
    const csto = facts.entities.find((m) => m.id === "org:csto");
    if (csto) evidence.push(located("organization", csto, 0.5));
    if (facts.summitWords.length > 0)
      evidence.push({ kind: "summit-word", text: facts.summitWords.join("، "), weight: 1 });
  }
  return evidence;
}
