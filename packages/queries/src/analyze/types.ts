import type { DateInput, DateMention, PreparedText } from "@csto/arabic-text";
import type { Session } from "@csto/model";
import type { EntityMention } from "../linking/types.js";

/** A date mention found by `findDates` of @csto/arabic-text. */
export type ArticleDate = DateMention;

/** `findDates` of @csto/arabic-text (injectable for tests). */
export type FindDates = (
  text: string | PreparedText,
  options: { ref: DateInput; zone?: string },
) => readonly DateMention[];

/** One piece of evidence that an article is about a session. */
export interface SessionEvidence {
  kind:
    | "date"
    | "city"
    | "summit-word"
    | "attendee"
    | "published"
    | "organization"
    | "back-reference"
    | "future-reference";
  /** What was found: the surface in the text, or the publication date. */
  text: string;
  /** Offsets in the article for evidence found in the text. */
  start?: number;
  end?: number;
  /** Log-odds this evidence added in the session model (negative for back/forward references). */
  weight: number;
}

/** How an article relates to a session: it reports it (news of it) or only mentions it. */
export type SessionRole = "reported" | "mentioned";

/** A session the article reports or mentions. */
export interface SessionCandidate {
  session: Session;
  /** `reported` needs time evidence and a probability of at least 0.5; otherwise `mentioned`. */
  role: SessionRole;
  /** The session model's probability that the article reports this session (calibrated, docs/analyze.md). */
  score: number;
  evidence: SessionEvidence[];
}

/** What `analyzeArticle` finds in one article. */
export interface ArticleAnalysis {
  dates: ArticleDate[];
  entities: EntityMention[];
  /** Sessions the article reports (first) or mentions, each group by score. */
  sessions: SessionCandidate[];
}

/** Options of `analyzeArticle`. */
export interface AnalyzeOptions {
  /**
   * Publication date of the article, the reference for relative dates: exactly what
   * `findDates` accepts as `ref` (`YYYY-MM-DD`, an ISO date-time, or a `Date`; see `DateInput`).
   */
  published: DateInput;
  /** IANA zone in which an instant `published` is read, as `findDates`' `zone`. Default `"UTC"`. */
  zone?: string;
}
