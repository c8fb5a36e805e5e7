import { type PreparedText, prepareText } from "@csto/arabic-text";
import type { Dataset } from "@csto/model";
import { readArticleOptions } from "../dates/read-article-options.js";
import type { LinkDocument, LinkedDocument } from "../linking/link-entities.js";
import { dayNumber } from "./date-evidence.js";
import { dropDatesInMediaNames } from "./media-dates.js";
import { readArticleFacts } from "./read-article.js";
import { candidateSessions } from "./session-candidates.js";
import { evidenceItems } from "./session-evidence.js";
import { type ArticleFacts, type CandidateFeatures, markRivals, readFeatures } from "./session-features.js";
import { buildSessionIndex, type SessionIndex } from "./session-index.js";
import {
  defaultSessionModel,
  modelVector,
  reportedProbability,
  type SessionModel,
  type SessionModelVector,
} from "./session-model.js";
import type { AnalyzeOptions, ArticleAnalysis, ArticleDate, FindDates, SessionCandidate } from "./types.js";

/**
 * Analyses one article (a string or a `prepareText` document): its dates, entity mentions and
 * the Council sessions it reports (`role: "reported"`, first) or only mentions, each scored by
 * the session model (docs/analyze.md).
 */
export type AnalyzeArticle = (text: string | PreparedText, options: AnalyzeOptions) => ArticleAnalysis;

/** What the analysis needs besides the dataset. */
export interface AnalyzerTools {
  /** A linker made by `createAnalysisLinker` (it also reports the summit words). */
  linkDocument: LinkDocument;
  findDates: FindDates;
  /** The session model; the committed one when absent (the fitting script passes its own). */
  model?: SessionModel;
}

/** Everything the analysis read from one article, before sessions are ranked (for the fitting script). */
export interface ArticleReading {
  dates: ArticleDate[];
  linked: LinkedDocument;
  facts: ArticleFacts;
  candidates: CandidateFeatures[];
}

const maxSessions = 5;
/** A session is reported when the model gives at least this probability and there is time evidence. */
export const reportedThreshold = 0.5;

function publishedOf(options: AnalyzeOptions): string {
  // The one date-input rule: `published` accepts exactly what `findDates`' `ref` accepts.
  return readArticleOptions(options).published;
}

/** Reads an article's dates, entities and candidate sessions with their features. */
export function createArticleReader(
  dataset: Dataset,
  tools: AnalyzerTools,
): (text: string | PreparedText, options: AnalyzeOptions) => ArticleReading {
  let index: SessionIndex | undefined;
  return (text, options) => {
    const published = publishedOf(options);
    index ??= buildSessionIndex(dataset);
    // One scan of the text for dates, entities and summit words (coded errors for a non-string).
    const document = prepareText(text);
    const input = document.text;
    const linked = tools.linkDocument(document);
    const dates = dropDatesInMediaNames(input, [...tools.findDates(document, { ref: published })], linked.lookAlikes);
    const facts = readArticleFacts(input, linked, dates, published, dayNumber(published) ?? 0);
    const { sessions, designated } = candidateSessions(index, facts);
    const candidates = sessions.map((days) => readFeatures(days, facts, designated.has(days)));
    markRivals(candidates);
    return { dates, linked, facts, candidates };
  };
}

/** `analyzeArticle` over `dataset`: dates, entity mentions and the sessions the article reports or mentions. */
export function createAnalyzer(dataset: Dataset, tools: AnalyzerTools): AnalyzeArticle {
  const read = createArticleReader(dataset, tools);
  const model = modelVector(tools.model ?? defaultSessionModel());
  return (text, options) => {
    const { dates, linked, candidates } = read(text, options);
    const sessions = rankSessions(candidates, model);
    return { dates, entities: linked.mentions, sessions };
  };
}

/**
 * Whether the rules let a candidate be reported at all: time evidence, a meeting spoken of that
 * is the Council's (a summit word, the CSTO, the Council or the treaty — not only its city) and
 * not only another body's (ministers, chiefs of staff), something that says whose meeting it is
 * (the CSTO, the Council or treaty, the venue, an attendee), and a session that was held (a
 * cancelled one is only ever mentioned).
 */
export function eligible(candidate: CandidateFeatures): boolean {
  return (
    candidate.timeEvidence &&
    candidate.meeting &&
    candidate.councilMeeting &&
    candidate.identified &&
    !candidate.othersMeeting &&
    candidate.days.session.status !== "cancelled"
  );
}

/**
 * Scores candidates: `score` is the probability that the article reports the session — the
 * model's for an eligible candidate, the measured rate of the ineligible ones otherwise.
 * Reported ones (eligible and p ≥ 0.5) come first, by score; mentioned ones follow by the
 * specificity (a day or month named first) and the strength of their evidence (the model's
 * probability before the rules), so a preview still comes before a passing mention.
 */
export function rankSessions(candidates: readonly CandidateFeatures[], model: SessionModelVector): SessionCandidate[] {
  const ranked: { candidate: CandidateFeatures; result: SessionCandidate; strength: number }[] = [];
  const annual = candidates.length > 1 ? annualSessionsNamed(candidates) : undefined;
  const dated = candidates.length > 1 ? venuesDated(candidates) : undefined;
  for (const candidate of candidates) {
    if (!listed(candidate)) continue;
    // "قمة يريفان عام 2022": the year's regular session there, not its extraordinary ones.
    if (annual !== undefined && byYearAndVenueOnly(candidate) && candidate.days.session.kind !== "regular") {
      if (annual.has(venueYear(candidate))) continue;
    }
    // A venue the text ties to a dated session (today's summit in Yerevan) does not also name
    // the session held there a few weeks before, nor, through a cue ("القمة المقررة في موسكو
    // اليوم"), the next one held there.
    if (dated?.has(candidate.days.session.city) && byVenueOnly(candidate)) continue;
    const strength = reportedProbability(model, candidate.values);
    const allowed = eligible(candidate);
    const role = allowed && strength >= reportedThreshold ? "reported" : "mentioned";
    const score = allowed ? strength : model.ineligible;
    ranked.push({ candidate, result: { session: candidate.days.session, role, score, evidence: [] }, strength });
  }
  if (ranked.length > 1)
    ranked.sort(
      (a, b) =>
        (a.result.role === b.result.role ? 0 : a.result.role === "reported" ? -1 : 1) ||
        // A session named by its day or month comes before one named only by a year or a
        // venue (four Yerevan sessions of 2022 must not push out "قمة مينسك في نوفمبر").
        Number(b.candidate.named.date) - Number(a.candidate.named.date) ||
        b.strength - a.strength ||
        b.result.session.date.localeCompare(a.result.session.date),
    );
  return ranked.slice(0, maxSessions).map(({ candidate, result }) => {
    result.evidence = evidenceItems(candidate, model.weights);
    return result;
  });
}

/** A candidate named only by its year and its venue (no day, no month, no time evidence). */
function byYearAndVenueOnly(candidate: CandidateFeatures): boolean {
  const { named } = candidate;
  return !candidate.timeEvidence && !named.date && named.year && named.venue !== undefined;
}

function venueYear(candidate: CandidateFeatures): string {
  return `${candidate.days.session.city} ${candidate.days.year}`;
}

/**
 * A candidate named only by its venue: near the publication, or as the next or last session
 * held there (a cued venue), with no date, no year and no time evidence of its own.
 */
function byVenueOnly(candidate: CandidateFeatures): boolean {
  const { named } = candidate;
  return !candidate.timeEvidence && !named.date && !named.year;
}

/** The venues of candidates with time evidence or a named day or month. */
function venuesDated(candidates: readonly CandidateFeatures[]): Set<string> | undefined {
  let found: Set<string> | undefined;
  for (const candidate of candidates) {
    if (!candidate.timeEvidence && !candidate.named.date) continue;
    found ??= new Set();
    found.add(candidate.days.session.city);
  }
  return found;
}

/** The venues and years whose regular session is named only by that venue and year. */
function annualSessionsNamed(candidates: readonly CandidateFeatures[]): Set<string> | undefined {
  let found: Set<string> | undefined;
  for (const candidate of candidates) {
    if (candidate.days.session.kind !== "regular" || !byYearAndVenueOnly(candidate) || !listed(candidate)) continue;
    found ??= new Set();
    found.add(venueYear(candidate));
  }
  return found;
}

/** Whether the article names the session at all (a venue alone names no particular session). */
export function listed(candidate: CandidateFeatures): boolean {
  const { named } = candidate;
  // Dates and leaders alone name no session: an article on a border clash dated the day after
  // a session speaks of no meeting (no meeting word, no CSTO, no venue).
  if (!candidate.meeting) return false;
  if (candidate.timeEvidence || named.date) return true;
  if (named.venue === undefined) return false;
  // A venue with a back or forward cue and no date names the last or the next session held there.
  return named.year || named.distance <= 31 || named.designated;
}
