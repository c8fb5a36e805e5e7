import { type TimelineEvent, timeline } from "@csto/queries";
import type { Command } from "../cli/command.js";
import { exitCodeHelp } from "../cli/exit-code-help.js";
import { ExitCode } from "../cli/exit-codes.js";
import { dayAfter, requireIsoDay } from "../cli/iso-day.js";
import { readFormat } from "../cli/read-format.js";
import { createPalette } from "../format/palette.js";
import { formatTable } from "../format/text-table.js";
import { entityName } from "../report/entity-directory.js";

export const timelineCommand: Command = {
  name: "timeline",
  summary: "dated history: memberships, sessions, chairmanships, secretaries-general",
  help: `Usage: csto-demo timeline [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format text|json]

Prints the organisation's history in date order: membership events, sessions, chairmanship
hand-overs and secretary-general terms.

Options:
  --from DATE            first day to include (inclusive)
  --to DATE              last day to include (inclusive)
  --format text|json     table (default) or JSON array of timeline events
  -h, --help             show this help

${exitCodeHelp}`,
  options: { from: { type: "string" }, to: { type: "string" }, format: { type: "string" } },
  maxPositionals: 0,
  async run({ values, out }) {
    const from = values.from === undefined ? undefined : requireIsoDay(values.from as string, "from");
    const to = values.to === undefined ? undefined : requireIsoDay(values.to as string, "to");
    const format = readFormat(values.format);
    // --to is inclusive here; the libraries' `to` is the exclusive day after.
    const events = timeline({ ...(from ? { from } : {}), ...(to ? { to: dayAfter(to) } : {}) });
    if (format === "json") {
      await out.write(`${JSON.stringify(events, null, 2)}\n`);
      return ExitCode.ok;
    }
    const palette = createPalette(out);
    const rows = events.map((event) => [event.date, event.kind, describeEvent(event)]);
    await out.write(`${formatTable(["date", "kind", "event"].map(palette.dim), rows, "")}\n`);
    await out.write(`${palette.dim(`${events.length} event(s)`)}\n`);
    return ExitCode.ok;
  },
};

/** One line of English describing a timeline event. */
export function describeEvent(event: TimelineEvent): string {
  switch (event.kind) {
    case "membership":
      return `${entityName(event.state)} ${event.event.type}`;
    case "session": {
      const { session } = event;
      return `${session.kind} session in ${entityName(session.city)} (${session.format}, ${session.status})`;
    }
    case "chairmanship": {
      const motto = event.chairmanship.motto?.en;
      return `${entityName(event.chairmanship.state)} chairs${motto ? ` — “${motto}”` : ""}`;
    }
    case "secretary-general":
      return `${entityName(event.term.person)} secretary-general${event.term.acting ? " (acting)" : ""}`;
  }
}
