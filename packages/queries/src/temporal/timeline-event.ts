import type { DateInput } from "@csto/arabic-text";
import type { Chairmanship, MembershipEvent, SecretaryGeneralTerm, Session, StateId } from "@csto/model";

/** One dated event of the organisation's history, as `timeline()` returns it. */
export type TimelineEvent =
  | { date: string; kind: "membership"; state: StateId; event: MembershipEvent }
  | { date: string; kind: "session"; session: Session }
  | { date: string; kind: "chairmanship"; chairmanship: Chairmanship }
  | { date: string; kind: "secretary-general"; term: SecretaryGeneralTerm };

/** The kinds of timeline event. */
export type TimelineEventKind = TimelineEvent["kind"];

/** Which events `timeline()` returns. The period is `from` inclusive, `to` exclusive. */
export interface TimelineFilter {
  /** First day to include (inclusive). */
  from?: DateInput;
  /** Day after the last one to include (exclusive). */
  to?: DateInput;
  /** Only these kinds of event. */
  kinds?: readonly TimelineEventKind[];
}
