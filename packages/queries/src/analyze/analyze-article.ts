import { CstoError, normalize } from "@csto/arabic-text";
import type { Dataset, Session } from "@csto/model";
import { toDateKey } from "../dates/to-date-key.js";
import type { LinkEntities } from "../linking/link-entities.js";
import type { EntityMention } from "../linking/types.js";
import { dateWeight, publishedWeight } from "./date-evidence.js";
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
  return (text, options) => {
    if (typeof options !== "object" || options === null) {
      throw new CstoError("INVALID_OPTION", "analyzeArticle needs options { published }");
    }
    const published = toDateKey(options.published, "published");
    const input = typeof text === "string" ? text : "";
    const dates = [...tools.findDates(input, { ref: published })];
    const entities = tools.linkEntities(input);
    const summit = findSummitWords(normalize(input, "search"));
    const sessions: SessionCandidate[] = [];
    for (const session of dataset.sessions) {
      if (session.status === "cancelled") continue;
      const evidence = collectEvidence(session, { dates, entities, published, summitWords: summit.map((s) => s.word) });
      const raw = evidence.reduce((sum, item) => sum + item.weight, 0);
      if (raw < minimumScore) continue;
      // raw / (raw + half) maps [0, ∞) onto [0, 1) without saturating, so ranks stay apart.
      sessions.push({ session, score: raw / (raw + halfScore), evidence });
    }
    sessions.sort((a, b) => b.score - a.score || b.session.date.localeCompare(a.session.date));
    return { dates, entities, sessions: sessions.slice(0, maxSessions) };
  };
}

interface ArticleFacts {
  dates: readonly ArticleDate[];
  entities: readonly EntityMention[];
  published: string;
  summitWords: readonly string[];
}

function located(
  kind: SessionEvidence["kind"],
  mention: { text: string; start: number; end: number },
  weight: number,
): SessionEvidence {
  return { kind, text: mention.text, start: mention.start, end: mention.end, weight };
}

function collectEvidence(session: Session, facts: ArticleFacts): SessionEvidence[] {
  const evidence: SessionEvidence[] = [];
  // Dates: each matching mention counts, capped so a long list of dates cannot dominate.
  let datePoints = 0;
  for (const date of facts.dates) {
    const weight = Math.min(dateWeight(date, session), 4.5 - datePoints);
    if (weight <= 0) continue;
    datePoints += weight;
    evidence.push(located("date", date, weight));
  }
  const cityMentions = facts.entities.filter((m) => m.id === session.city);
  const firstCity = cityMentions[0];
  if (firstCity) {
    let weight = 2.5;
    if (cityMentions.length > 1) weight += 0.5;
    if (firstCity.start < leadLength) weight += 0.5;
    evidence.push(located("city", firstCity, weight));
  }
  const attendees = new Set(session.attendees);
  const seen = new Set<string>();
  for (const mention of facts.entities) {
    if (!attendees.has(mention.id) || seen.has(mention.id) || seen.size >= 4) continue;
    seen.add(mention.id);
    evidence.push(located("attendee", mention, 0.5));
  }
  const proximity = publishedWeight(facts.published, session);
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
