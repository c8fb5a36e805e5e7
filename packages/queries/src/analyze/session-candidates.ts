import type { SessionDays } from "./date-evidence.js";
import { type ArticleFacts, sameSentence } from "./session-features.js";
import type { SessionIndex } from "./session-index.js";
import { sessionsNear } from "./session-index.js";

// Sessions this close to the publication are candidates even when the text names no venue or
// date ("the summit" + the leaders who took part, published the next day).
const publicationRadius = 7;
// A date mention covering more days than this points at no single session.
const maxDaySpan = 7;

function addAll(found: Set<SessionDays>, list: readonly SessionDays[] | undefined): void {
  if (list === undefined) return;
  for (const days of list) found.add(days);
}

/** The sessions some evidence of the article points at, and those a cued venue designates. */
export function candidateSessions(
  index: SessionIndex,
  facts: ArticleFacts,
): { sessions: SessionDays[]; designated: Set<SessionDays> } {
  const found = new Set<SessionDays>();
  for (const { span } of facts.dates) {
    if (span.grain === "days" && span.last - span.first < maxDaySpan) {
      for (let day = span.first; day <= span.last; day++) addAll(found, index.byDay.get(day));
    } else if (span.grain === "month") addAll(found, index.byMonth.get(span.month));
  }
  const designated = new Set<SessionDays>();
  for (const id of facts.cities) {
    const held = index.byCity.get(id);
    if (held === undefined) continue;
    const mentions = facts.entities.get(id)!;
    for (const days of held) {
      // A venue alone is evidence only for sessions the dates, the year or the publication
      // point at; reading it for every session ever held there would list them all.
      if (Math.abs(days.first - facts.publishedDay) <= 31 || facts.years.has(days.year)) {
        found.add(days);
      }
    }
    // "The next summit will be in Moscow": only with meeting words, and cues read on demand.
    if (facts.summitWords.length === 0) continue;
    // One pass over the venue's mentions for both cues (each cue is read once, then kept).
    let future = false;
    let back = false;
    for (const mention of mentions) {
      // A cued venue designates a session only in a sentence about a meeting ("القمة المقبلة في
      // موسكو"), not in "وكان الأمين العام قد زار يريفان في وقت سابق".
      if (!facts.summitAt.some((word) => sameSentence(facts.input, word, mention.mention.start))) continue;
      const cue = mention.cue;
      if (cue === "future") future = true;
      else if (cue === "back") back = true;
      if (future && back) break;
    }
    if (future) {
      const next = held.find((days) => days.first > facts.publishedDay);
      if (next) designated.add(next);
    }
    if (back) {
      const last = held.findLast((days) => days.last < facts.publishedDay);
      if (last) designated.add(last);
    }
  }
  for (const days of designated) found.add(days);
  addAll(found, sessionsNear(index, facts.publishedDay, publicationRadius));
  return { sessions: [...found], designated };
}
