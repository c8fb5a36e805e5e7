export { Chairmanship } from "./chairmanship.js";
export { City, FormerName } from "./city.js";
export { type CollectionName, collections } from "./collections.js";
export { Dataset, type Term } from "./dataset.js";
export {
  CityId,
  EntityId,
  InitiativeId,
  OrganizationId,
  PersonId,
  SessionId,
  SourceId,
  SourceIds,
  StateId,
} from "./entity-ids.js";
export { Initiative, InitiativeKind } from "./initiative.js";
export { IsoDate, IsoDay, PeriodEnd, PeriodStart } from "./iso-date.js";
export { LeaderOffice, LeaderTerm } from "./leader-term.js";
export { Membership, MembershipEvent, MembershipEventType } from "./membership.js";
export { LocalizedText, Names, Notes } from "./names.js";
export { Organization } from "./organization.js";
export { Person } from "./person.js";
export { SecretaryGeneralTerm } from "./secretary-general-term.js";
export { Session, SessionCertainty, SessionFormat, SessionKind, SessionStatus } from "./session.js";
export { Source } from "./source.js";
export { State } from "./state.js";
