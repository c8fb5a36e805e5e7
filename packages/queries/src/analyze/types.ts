import type { DateMention } from "@csto/arabic-text";
import type { Session } from "@csto/model";
import type { EntityMention } from "../linking/types.js";

/** A date mention found by `findDates` of @csto/arabic-text. */
export type ArticleDate = DateMention;

/** `findDates` of @csto/arabic-text (injectable for tests). */
export type FindDates = (text: string, options: { ref: string }) => readonly DateMention[];

/** One piece of evidence that an article is about a session. */
export interface SessionEvidence {
  kind: "date" | "city" | "summit-word" | "attendee" | "published" | "organization";
  /** What was found: the surface in the text, or the publication date. */
  text: string;
  /** Offsets in the article for evidence found in the text. */
  start?: number;
  end?: number;
  /** Points this evidence added to the raw score. */
  weight: number;
}

/** A session the article is probably about. */
export interface SessionCandidate {
  session: Session;
  /** Confidence in [0, 1]. */
  score: number;
  evidence: SessionEvidence[];
}

/** What `analyzeArticle` finds in one article. */
export interface ArticleAnalysis {
  dates: ArticleDate[];
  entities: EntityMention[];
  /** Sessions the article is about, best first. */
  sessions: SessionCandidate[];
}

export interface AnalyzeOptions {
  /** Publication date of the article, `YYYY-MM-DD` or a `Date`: the reference for relative dates. */
  published: string | Date;
}
