import type { ArticleReport } from "../src/report/article-report.js";
import { allSessions, entityName } from "../src/report/entity-directory.js";
import { h } from "./dom.js";
import { formatLabel, kindLabel, statusLabel } from "./labels.js";

/** The session the article reports, as a card with its record from the dataset, or a "none" note. */
export function renderSessionCard(report: ArticleReport): HTMLElement {
  const reported = report.sessions.filter((session) => session.role === "reported");
  const [best, ...others] = reported;
  if (!best) {
    return h(
      "section",
      { class: "card session-card", id: "session-card", "aria-labelledby": "session-title" },
      h("h2", { id: "session-title" }, "الدورة التي يغطيها النص"),
      h("p", { class: "muted" }, "لا يغطي النص دورة لمجلس الأمن الجماعي (قد يذكر دورات عابرةً، أدناه)."),
    );
  }
  const record = allSessions().find((session) => session.id === best.id);
  const attendees = record?.attendees.map((id) => entityName(id, "ar")).join("، ");
  const absent = record?.absentStates?.map((id) => entityName(id, "ar")).join("، ");
  return h(
    "section",
    {
      class: "card session-card",
      id: "session-card",
      "data-session-id": best.id,
      "data-role": best.role,
      "aria-labelledby": "session-title",
    },
    h("h2", { id: "session-title" }, "الدورة التي يغطيها النص"),
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
      h("dt", {}, "احتمال أن يغطيها النص"),
      h("dd", { dir: "ltr" }, best.score.toFixed(2)),
    ),
    h("p", { class: "card-id", dir: "ltr" }, best.id),
    others.length > 0
      ? h(
          "p",
          { class: "muted" },
          "يغطي النص أيضاً: ",
          ...others.flatMap((other, index) => [
            index > 0 ? "، " : "",
            h("bdi", { dir: "ltr" }, other.id.slice("session:".length)),
          ]),
        )
      : null,
  );
}

/** Sessions the article only mentions (back-references, forecasts, previews), listed apart. */
export function renderMentionedSessions(report: ArticleReport): HTMLElement {
  const mentioned = report.sessions.filter((session) => session.role === "mentioned");
  return h(
    "section",
    { class: "card mentioned-card", id: "mentioned-sessions", "aria-labelledby": "mentioned-title" },
    h("h2", { id: "mentioned-title" }, "دورات مذكورة عرضاً"),
    mentioned.length === 0
      ? h("p", { class: "muted" }, "لا دورات أخرى مذكورة.")
      : h(
          "ul",
          { class: "mentioned-list" },
          ...mentioned.map((session) =>
            h(
              "li",
              { "data-session-id": session.id, "data-role": session.role },
              `${kindLabel(session.kind)} في ${session.cityName.ar} `,
              h("bdi", { dir: "ltr" }, session.date),
              h("span", { class: "muted", dir: "ltr" }, ` · ${session.score.toFixed(2)}`),
            ),
          ),
        ),
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
