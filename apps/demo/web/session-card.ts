import type { ArticleReport } from "../src/report/article-report.js";
import { allSessions, entityName } from "../src/report/entity-directory.js";
import { h } from "./dom.js";
import { formatLabel, kindLabel, statusLabel } from "./labels.js";

/** The matched session (best first) with its record from the dataset, or a "none" note. */
export function renderSessionCard(report: ArticleReport): HTMLElement {
  const [best, ...others] = report.sessions;
  if (!best) {
    return h(
      "section",
      { class: "card session-card", id: "session-card", "aria-labelledby": "session-title" },
      h("h2", { id: "session-title" }, "الدورة المطابقة"),
      h("p", { class: "muted" }, "لم يُعثر على دورة لمجلس الأمن الجماعي يتحدث عنها النص."),
    );
  }
  const record = allSessions().find((session) => session.id === best.id);
  const attendees = record?.attendees.map((id) => entityName(id, "ar")).join("، ");
  const absent = record?.absentStates?.map((id) => entityName(id, "ar")).join("، ");
  return h(
    "section",
    { class: "card session-card", id: "session-card", "data-session-id": best.id, "aria-labelledby": "session-title" },
    h("h2", { id: "session-title" }, "الدورة المطابقة"),
    h("p", { class: "session-headline" }, `${kindLabel(best.kind)} في ${best.cityName.ar}`),
    h(
      "dl",
      {},
      h("dt", {}, "التاريخ"),
      h("dd", { dir: "ltr" }, record?.endDate ? `${best.date} → ${record.endDate}` : best.date),
      h("dt", {}, "الصيغة"),
      h("dd", {}, `${formatLabel(best.format)} · ${statusLabel(best.status)}`),
      record?.chair ? h("dt", {}, "الرئاسة") : null,
      record?.chair ? h("dd", {}, entityName(record.chair, "ar")) : null,
      attendees ? h("dt", {}, "الحضور") : null,
      attendees ? h("dd", {}, attendees) : null,
      absent ? h("dt", {}, "الغياب") : null,
      absent ? h("dd", {}, absent) : null,
      record?.documentsSigned !== undefined ? h("dt", {}, "الوثائق") : null,
      record?.documentsSigned !== undefined ? h("dd", {}, String(record.documentsSigned)) : null,
      h("dt", {}, "درجة المطابقة"),
      h("dd", { dir: "ltr" }, best.score.toFixed(2)),
    ),
    h("p", { class: "card-id", dir: "ltr" }, best.id),
    others.length > 0
      ? h(
          "p",
          { class: "muted" },
          "مرشحات أخرى: ",
          ...others
            .slice(0, 2)
            .flatMap((other, index) => [
              index > 0 ? "، " : "",
              h("bdi", { dir: "ltr" }, other.id.slice("session:".length)),
            ]),
        )
      : null,
  );
}

/** Members, chair and motto, secretary-general and next session on the publication date. */
export function renderAnswersCard(report: ArticleReport): HTMLElement {
  const { answers } = report;
  return h(
    "section",
    { class: "card answers-card", id: "answers-card", "aria-labelledby": "answers-title" },
    h("h2", { id: "answers-title" }, "في تاريخ النشر ", h("span", { dir: "ltr" }, answers.on)),
    h(
      "dl",
      {},
      h("dt", {}, "الأعضاء"),
      h("dd", {}, answers.members.map((member) => member.ar).join("، ") || "—"),
      h("dt", {}, "الرئاسة"),
      h(
        "dd",
        {},
        answers.chair ? answers.chair.ar : "—",
        answers.chair?.motto?.ar ? h("q", { class: "motto" }, answers.chair.motto.ar) : null,
      ),
      h("dt", {}, "الأمين العام"),
      h(
        "dd",
        {},
        answers.secretaryGeneral
          ? `${answers.secretaryGeneral.ar}${answers.secretaryGeneral.acting ? " (بالوكالة)" : ""}`
          : "—",
      ),
      h("dt", {}, "الدورة التالية"),
      h(
        "dd",
        {},
        answers.nextSession ? `${answers.nextSession.ar}، ` : "—",
        answers.nextSession ? h("span", { dir: "ltr" }, answers.nextSession.date) : null,
      ),
    ),
  );
}
