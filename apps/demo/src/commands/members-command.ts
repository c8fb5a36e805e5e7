import { membersOn } from "@csto/queries";
import type { Command } from "../cli/command.js";
import { exitCodeHelp } from "../cli/exit-code-help.js";
import { ExitCode } from "../cli/exit-codes.js";
import { requireIsoDay } from "../cli/iso-day.js";
import { readFormat } from "../cli/read-format.js";
import { createPalette } from "../format/palette.js";
import { formatTable } from "../format/text-table.js";
import { entityName } from "../report/entity-directory.js";

export const membersCommand: Command = {
  name: "members",
  summary: "member states on a date",
  help: `Usage: csto-demo members --on YYYY-MM-DD [--format text|json]

Lists the states that were parties to the Collective Security Treaty on that day (a state whose
participation is frozen, like Armenia since 2024, is still a party).

Options:
  --on DATE              the day, YYYY-MM-DD (required)
  --format text|json     table (default) or JSON array of state records
  -h, --help             show this help

${exitCodeHelp}`,
  options: { on: { type: "string" }, format: { type: "string" } },
  maxPositionals: 0,
  async run({ values, out }) {
    const on = requireIsoDay(values.on as string | undefined, "on");
    const format = readFormat(values.format);
    const members = membersOn(on);
    if (format === "json") {
      await out.write(`${JSON.stringify(members, null, 2)}\n`);
      return ExitCode.ok;
    }
    const palette = createPalette(out);
    const rows = members.map((state) => [
      palette.entity(state.id),
      entityName(state.id, "en"),
      entityName(state.id, "ar"),
    ]);
    await out.write(`${formatTable(["id", "name", "الاسم"].map(palette.dim), rows, "")}\n`);
    await out.write(`${palette.dim(`${members.length} member state(s) on ${on}`)}\n`);
    return ExitCode.ok;
  },
};
