import { chairmanships, leaderTerms, memberships, secretaryGeneralTerms } from "@csto/model/data";
import { entityName } from "../src/report/entity-directory.js";

/** One dated line of an entity card: an Arabic label and an ISO period (shown left-to-right). */
export interface EntityTerm {
  readonly label: string;
  readonly when: string;
}

/** Dated lines shown on an entity card: offices of a person, membership and chairs of a state. */
export function entityTerms(id: string): EntityTerm[] {
  const period = (from: string, to: string | null) => `${from} → ${to ?? "…"}`;
  if (id.startsWith("person:")) {
    const lines = leaderTerms
      .filter((term) => term.person === id)
      .map((term) => ({
        label: `${officeLabel(term.office)} ${entityName(term.state, "ar")}`,
        when: period(term.from, term.to),
      }));
    for (const term of secretaryGeneralTerms.filter((candidate) => candidate.person === id)) {
      lines.push({ label: `الأمين العام${term.acting ? " بالوكالة" : ""}`, when: period(term.from, term.to) });
    }
    return lines;
  }
  if (id.startsWith("state:")) {
    const membership = memberships.find((record) => record.state === id);
    const lines = (membership?.events ?? []).map((event) => ({ label: membershipLabel(event.type), when: event.date }));
    for (const chair of chairmanships.filter((record) => record.state === id).slice(-3)) {
      lines.push({ label: "رئاسة المنظمة", when: period(chair.from, chair.to) });
    }
    return lines;
  }
  return [];
}

function officeLabel(office: string | undefined): string {
  if (office === "prime-minister") return "رئيس وزراء";
  if (office === "head-of-state") return "رئيس دولة";
  return "رئيس";
}

const membershipLabels: Readonly<Record<string, string>> = {
  signed: "وقّعت المعاهدة",
  acceded: "انضمت إلى المعاهدة",
  joined: "دخلت المعاهدة حيز النفاذ",
  ceased: "انسحبت",
  rejoined: "عادت إلى المنظمة",
  suspended: "علّقت عضويتها",
  frozen: "جمّدت مشاركتها",
  withdrew: "انسحبت",
};

function membershipLabel(type: string): string {
  return membershipLabels[type] ?? type;
}
