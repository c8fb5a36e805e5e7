import { analyzeArticle, chairOn, membersOn, nextSession, secretaryGeneralOn } from "@csto/queries";
import type { ArticleReport, ReportAnswers, ReportDate, ReportEntity, ReportSession } from "./article-report.js";
import { entityCard, entityName } from "./entity-directory.js";

/**
 * Analyses one article with `analyzeArticle` and adds what the demo shows next to it: entity
 * names and the state of the organisation on the publication date. Throws whatever the
 * libraries throw (a `CstoError` for a malformed `published`); callers turn that into a record.
 */
export function buildArticleReport(text: string, published: string): ArticleReport {
  return { ...buildArticleAnalysis(text, published), answers: answersOn(published) };
}

/** The text part of the report only (what batch mode writes per line): dates, entities, sessions. */
export function buildArticleAnalysis(text: string, published: string): Omit<ArticleReport, "answers"> {
  const analysis = analyzeArticle(text, { published });
  const dates: ReportDate[] = analysis.dates.map((date) => ({
    text: date.text,
    start: date.start,
    end: date.end,
    value: date.value,
    grain: date.grain,
    ...(date.mod === undefined ? {} : { mod: date.mod }),
    ...(date.calendar === undefined ? {} : { calendar: date.calendar }),
    ...(date.relative === undefined ? {} : { relative: date.relative }),
  }));
  const entities: ReportEntity[] = analysis.entities.map((mention) => ({
    id: mention.id,
    text: mention.text,
    start: mention.start,
    end: mention.end,
    name: { ar: entityName(mention.id, "ar"), en: entityName(mention.id, "en") },
  }));
  const sessions: ReportSession[] = analysis.sessions.map(({ session, role, score, evidence }) => ({
    id: session.id,
    role,
    date: session.date,
    city: session.city,
    cityName: { ar: entityName(session.city, "ar"), en: entityName(session.city, "en") },
    kind: session.kind,
    format: session.format,
    status: session.status,
    score,
    evidence,
  }));
  return { published, dates, entities, sessions };
}

/** Members, chair, secretary-general and next session on one day. */
export function answersOn(day: string): ReportAnswers {
  const chair = chairOn(day);
  const term = secretaryGeneralOn(day);
  const next = nextSession(day);
  return {
    on: day,
    members: membersOn(day).map((state) => ({
      id: state.id,
      ar: entityName(state.id, "ar"),
      en: entityName(state.id, "en"),
    })),
    chair: chair
      ? {
          state: chair.state,
          ar: entityName(chair.state, "ar"),
          en: entityName(chair.state, "en"),
          from: chair.from,
          ...(chair.motto ? { motto: { ar: chair.motto.ar, en: chair.motto.en } } : {}),
        }
      : null,
    secretaryGeneral: term
      ? {
          person: term.person,
          ar: entityName(term.person, "ar"),
          en: entityName(term.person, "en"),
          from: term.from,
          acting: term.acting === true,
        }
      : null,
    nextSession: next
      ? {
          id: next.id,
          date: next.date,
          city: next.city,
          ar: entityCard(next.city)?.ar ?? next.city,
          en: entityCard(next.city)?.en ?? next.city,
          status: next.status,
        }
      : null,
  };
}
