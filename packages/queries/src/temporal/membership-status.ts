import type { MembershipEventType } from "@csto/model";

/**
 * Whether a state is a party to the treaty after an event of this type. A frozen participation
 * (Armenia, 2024) is still membership in law; a suspended one (Uzbekistan, 2012) is not.
 * Signatories count as members from the day they signed (1992-05-15), not from the treaty's
 * entry into force (1994-04-20), as the organisation itself counts them. A ratification or a
 * statement (Armenia's of 2024–2025) changes nothing by itself.
 */
export function isMemberAfter(type: MembershipEventType, wasMember: boolean): boolean {
  switch (type) {
    case "signed":
    case "acceded":
    case "joined":
    case "rejoined":
      return true;
    case "ceased":
    case "suspended":
    case "withdrew":
      return false;
    case "frozen":
    case "ratified":
    case "statement":
      return wasMember;
  }
}
