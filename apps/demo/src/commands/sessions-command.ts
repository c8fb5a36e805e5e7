import { sessions } from "@csto/queries";
import { usageError } from "../cli/cli-error.js";
import type { Command } from "../cli/command.js";
import { exitCodeHelp } from "../cli/exit-code-help.js";
import { ExitCode } from "../cli/exit-codes.js";
import { readFormat } from "../cli/read-format.js";
import { createPalette } from "../format/palette.js";
import { formatTable } from "../format/text-table.js";
import { entityName } from "../report/entity-directory.js";
import { lookupCity } from "./lookup-city.js";

export const sessionsCommand: Command = {
  name: "sessions",
  summary: "list sessions of the Collective Security Council",
  help: `Usage: csto-demo sessions [--year YYYY] [--city CITY] [--format text|json]

Lists sessions (summits) of the CSTO Collective Security Council from the @csto/model dataset.

Options:
  --year YYYY            only sessions held (or scheduled) in this year
  --city CITY            only sessions in this city: an id (city:bishkek), a slug (bishkek)
                         or a name in Arabic, English or Russian (بيشكيك, Bishkek)
  --format text|json     aligned table (default) or JSON array of session records
  -h, --help             show this help

${exitCodeHelp}`,
  options: { year: { type: "string" }, city: { type: "string" }, format: { type: "string" } },
  maxPositionals: 0,
  async run({ values, out }) {
    const format = readFormat(values.format);
    const year = values.year as string | undefined;
    if (year !== undefined && !/^\d{4}$/.test(year))
      throw usageError(`--year must be a four-digit year, got ${JSON.stringify(year)}`);
    const city = values.city === undefined ? undefined : lookupCity(values.city as string);
    const found = sessions({
      // `to` is exclusive: the year ends before 1 January of the next one (9999 has no next).
      ...(year ? { from: `${year}-01-01` } : {}),
      ...(year && year !== "9999" ? { to: `${String(Number(year) + 1).padStart(4, "0")}-01-01` } : {}),
      ...(city ? { city } : {}),
    });
    if (format === "json") {
      await out.write(`${JSON.stringify(found, null, 2)}\n`);
      return ExitCode.ok;
    }
    const palette = createPalette(out);
    if (found.length === 0) {
      await out.write("no sessions match\n");
      return ExitCode.ok;
    }
    const rows = found.map((session) => [
      session.date,
      entityName(session.city),
      session.kind,
      session.format,
      session.status,
      session.chair ? entityName(session.chair) : "—",
      palette.session(session.id),
    ]);
    const header = ["date", "city", "kind", "format", "status", "chair", "id"].map(palette.dim);
    await out.write(`${formatTable(header, rows, "")}\n${palette.dim(`${found.length} session(s)`)}\n`);
    return ExitCode.ok;
  },
};
