import type { PreparedText } from "@csto/arabic-text";
import type { LinkedDocument } from "../linking/link-entities.js";
import { type DateSpan, readDateValue } from "./date-evidence.js";
import { type ReferenceCue, referenceCue } from "./reference-cues.js";
import type { ArticleDateFact, ArticleEntityFact, ArticleFacts } from "./session-features.js";
import type { ArticleDate } from "./types.js";

// The headline and dateline: a venue named there is what the article is about.
const leadLength = 300;

/** Index in the normalized text of input offset `offset` (the offset map is non-decreasing). */
function normalizedIndex(document: PreparedText, offset: number): number {
  let low = 0;
  let high = document.normalized.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (document.originalIndex(middle) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A mention whose cue is read the first time a candidate asks for it (most never are). */
class CuedMention<M extends { start: number; end: number }> {
  #cue: ReferenceCue | null | undefined;
  constructor(
    readonly mention: M,
    private readonly linked: LinkedDocument,
  ) {}
  get cue(): ReferenceCue {
    if (this.#cue === undefined) {
      const { normalized, document } = this.linked;
      const start = normalizedIndex(document, this.mention.start);
      const end = normalizedIndex(document, this.mention.end);
      this.#cue = referenceCue(normalized, this.linked.keywords, start, end) ?? null;
    }
    return this.#cue ?? undefined;
  }
}

/** A date mention with its span of days, cue read on demand. */
class CuedDate extends CuedMention<ArticleDate> {
  constructor(
    mention: ArticleDate,
    linked: LinkedDocument,
    readonly span: DateSpan,
  ) {
    super(mention, linked);
  }
}

/** The summit words of the article, each once, in order of appearance. */
function summitWordsOf(linked: LinkedDocument): string[] {
  const found = new Set<string>();
  for (const hit of linked.keywords) if (hit.keyword.tag === "summit") found.add(hit.keyword.phrase);
  return [...found];
}

/** Reads, once per article, everything the candidate sessions share. */
export function readArticleFacts(
  input: string,
  linked: LinkedDocument,
  dates: readonly ArticleDate[],
  published: string,
  publishedDay: number,
): ArticleFacts {
  const dateFacts: ArticleDateFact[] = [];
  const years = new Set<string>();
  for (const mention of dates) {
    const span = readDateValue(mention.value);
    if (span.grain === "other") continue;
    if (span.grain === "year") years.add(span.year);
    dateFacts.push(new CuedDate(mention, linked, span));
  }
  const entities = new Map<string, ArticleEntityFact[]>();
  const cities: string[] = [];
  let people = 0;
  for (const mention of linked.mentions) {
    const fact: ArticleEntityFact = new CuedMention(mention, linked);
    if (mention.kind === "person") people++;
    const list = entities.get(mention.id);
    if (list !== undefined) list.push(fact);
    else {
      entities.set(mention.id, [fact]);
      if (mention.kind === "city") cities.push(mention.id);
    }
  }
  const summitWords = summitWordsOf(linked);
  return {
    dates: dateFacts,
    entities,
    cities,
    people,
    published,
    publishedDay,
    summitWords,
    summitText: summitWords.join("، "),
    years,
    leadEnd: Math.min(input.length, leadLength),
  };
}
