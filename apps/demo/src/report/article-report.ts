import type { EntityCard } from "./entity-directory.js";

/** One date found in the article, as the demo prints and serialises it. */
export interface ReportDate {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly grain: string;
  readonly mod?: string;
  readonly calendar?: string;
  readonly relative?: boolean;
}

/** One linked entity mention with the names of the entity it links to. */
export interface ReportEntity {
  readonly id: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly name: { readonly ar: string; readonly en: string };
}

/** A session the article reports or mentions: reported ones first, each group by score. */
export interface ReportSession {
  readonly id: string;
  /** `reported`: the article is news of it; `mentioned`: named in passing, a back-reference or a forecast. */
  readonly role: "reported" | "mentioned";
  readonly date: string;
  readonly city: string;
  readonly cityName: { readonly ar: string; readonly en: string };
  readonly kind: string;
  readonly format: string;
  readonly status: string;
  /** The session model's probability that the article reports this session. */
  readonly score: number;
  readonly evidence: unknown;
}

/** What was true on the publication date. */
export interface ReportAnswers {
  readonly on: string;
  readonly members: readonly { id: string; ar: string; en: string }[];
  readonly chair: { state: string; ar: string; en: string; from: string; motto?: { ar?: string; en?: string } } | null;
  readonly secretaryGeneral: { person: string; ar: string; en: string; from: string; acting: boolean } | null;
  readonly nextSession: { id: string; date: string; city: string; ar: string; en: string; status: string } | null;
}

/** The analysis of one article: what `analyze` prints and the web page draws. */
export interface ArticleReport {
  readonly published: string;
  readonly dates: readonly ReportDate[];
  readonly entities: readonly ReportEntity[];
  readonly sessions: readonly ReportSession[];
  readonly answers: ReportAnswers;
}

export type { EntityCard };
