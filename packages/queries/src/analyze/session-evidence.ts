import type { CandidateFeatures, SessionFeatureName } from "./session-features.js";
import { sessionFeatureNames } from "./session-features.js";
import type { SessionEvidence } from "./types.js";

/** The kind of evidence item each feature gives; undefined for features shown as no item. */
const featureKinds: Readonly<Record<SessionFeatureName, SessionEvidence["kind"] | undefined>> = {
  dayDate: "date",
  relativeDay: "date",
  monthDate: "date",
  yearDate: "date",
  backReference: "back-reference",
  futureReference: "future-reference",
  published2: "published",
  published7: "published",
  published31: "published",
  publishedYear: undefined,
  publishedFar: undefined,
  venue: "city",
  venueLead: undefined,
  attendees: "attendee",
  summitWords: "summit-word",
  organization: "organization",
  publishedSummit: undefined,
  rivalCloser: undefined,
  dayMeeting: undefined,
};

/**
 * The evidence items of a candidate, in feature order, each carrying its feature's log-odds
 * (`weights[i]·values[i]`) shared among the items behind it. Built only for the sessions
 * returned, once, with their final weight (no field of an item is written twice).
 */
export function evidenceItems(candidate: CandidateFeatures, weights: ArrayLike<number>): SessionEvidence[] {
  const items: SessionEvidence[] = [];
  candidate.evidence.forEach((places, i) => {
    const kind = featureKinds[sessionFeatureNames[i]!];
    if (places === undefined || kind === undefined) return;
    const weight = (weights[i]! * candidate.values[i]!) / places.length;
    for (const place of places) {
      items.push(
        typeof place === "string"
          ? { kind, text: place, weight }
          : { kind, text: place.text, start: place.start, end: place.end, weight },
      );
    }
  });
  return items;
}
