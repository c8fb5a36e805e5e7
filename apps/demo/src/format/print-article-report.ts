import type { ArticleReport } from "../report/article-report.js";
import type { Palette } from "./palette.js";
import { formatTable } from "./text-table.js";

/** Heading fields of an article (the sample has all of them, a file given to `analyze` only a name). */
export interface ArticleHeading {
  readonly title: string;
  readonly subtitle?: string;
}

/** The human-readable block `demo` and `analyze --format text` print for one article. */
export function formatArticleReport(heading: ArticleHeading, report: ArticleReport, palette: Palette): string {
  const lines: string[] = [];
  lines.push(palette.heading(`━━ ${heading.title}`));
  if (heading.subtitle) lines.push(palette.dim(`   ${heading.subtitle}`));
  lines.push("");

  lines.push(palette.bold(`Dates (${report.dates.length})`));
  if (report.dates.length === 0) lines.push(palette.dim("  none found"));
  else {
    const rows = report.dates.map((date) => [
      palette.date(date.value),
      [date.grain, date.mod, date.calendar === "hijri" ? "hijri" : undefined, date.relative ? "relative" : undefined]
        .filter(Boolean)
        .join(" · "),
      date.text,
    ]);
    lines.push(formatTable([palette.dim("value"), palette.dim("grain"), palette.dim("surface")], rows));
  }
  lines.push("");

  lines.push(palette.bold(`Entities (${report.entities.length})`));
  if (report.entities.length === 0) lines.push(palette.dim("  none found"));
  else {
    const rows = report.entities.map((entity) => [palette.entity(entity.id), entity.name.en, entity.text]);
    lines.push(formatTable([palette.dim("id"), palette.dim("preferred name"), palette.dim("surface")], rows));
  }
  lines.push("");

  // The reported session on the Session line; sessions only mentioned listed apart.
  const reported = report.sessions.filter((session) => session.role === "reported");
  const mentioned = report.sessions.filter((session) => session.role === "mentioned");
  const [best, ...others] = reported;
  if (best) {
    lines.push(
      `${palette.bold("Session")}   ${palette.session(best.id)}  ${best.date} ${best.cityName.en}, ${best.kind}, ${best.format}  ${palette.dim(`reported, score ${formatScore(best.score)}`)}`,
    );
    for (const other of others.slice(0, 2)) {
      lines.push(palette.dim(`          also reported ${other.id} (score ${formatScore(other.score)})`));
    }
  } else {
    lines.push(`${palette.bold("Session")}   ${palette.dim("no session reported")}`);
  }
  for (const other of mentioned.slice(0, 3)) {
    lines.push(palette.dim(`          mentioned ${other.id} (score ${formatScore(other.score)})`));
  }
  lines.push("");

  const { answers } = report;
  lines.push(palette.bold(`On ${answers.on}`));
  const answerRows: string[][] = [
    ["members", answers.members.map((state) => state.en).join(", ") || "—"],
    [
      "chair",
      answers.chair
        ? `${answers.chair.en} (since ${answers.chair.from})${answers.chair.motto?.en ? ` — “${answers.chair.motto.en}”` : ""}`
        : "—",
    ],
    [
      "secretary-general",
      answers.secretaryGeneral
        ? `${answers.secretaryGeneral.en}${answers.secretaryGeneral.acting ? " (acting)" : ""} (since ${answers.secretaryGeneral.from})`
        : "—",
    ],
    [
      "next session",
      answers.nextSession
        ? `${answers.nextSession.date} ${answers.nextSession.en}${answers.nextSession.status === "held" ? "" : ` (${answers.nextSession.status})`}`
        : "—",
    ],
  ];
  lines.push(formatTable([], answerRows));
  return lines.join("\n");
}

function formatScore(score: number): string {
  return Number.isFinite(score) ? score.toFixed(2) : String(score);
}
