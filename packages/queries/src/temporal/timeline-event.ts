import type { Chairmanship, MembershipEvent, SecretaryGeneralTerm, Session } from "@csto/model";

/** One dated event of the organisation's history, as `timeline()` returns it. */
export type TimelineEvent =
  | { date: string; kind: "membership"; state: string; event: MembershipEvent }
  | { date: string; kind: "session"; session: Session }
  | { date: string; kind: "chairmanship"; chairmanship: Chairmanship }
  | { date: string; kind: "secretary-general"; term: SecretaryGeneralTerm };

export type TimelineEventKind = TimelineEvent["kind"];

export interface TimelineFilter {
  /** First day to include (inclusive). */
  from?: string | Date;
  /** Last day to include (inclusive). */
  to?: string | Date;
  /** Only these kinds of event. */
  kinds?: readonly TimelineEventKind[];
}
