import { snakeCase } from "../../src/artifacts/tables/naming.js";
import { buildTableModel } from "../../src/artifacts/tables/table-model.js";
import { tableRows } from "../../src/artifacts/tables/table-rows.js";
import { dataset } from "../../src/data/index.js";
import { collections } from "../../src/schemas/collections.js";
import type { Probe } from "./probes.js";
import { probeAnswers } from "./probes.js";

/** The expected row count of every table: the generator's rows, and for the checks that do not trust it, counts read off the JSON. */
export function expectedCounts(): { fromTables: Map<string, number>; fromJson: Map<string, number> } {
  const fromTables = new Map(tableRows(buildTableModel(), dataset).map(({ table, rows }) => [table.name, rows.length]));
  const fromJson = new Map<string, number>();
  for (const collection of collections) fromJson.set(snakeCase(collection), dataset[collection].length);
  const sum = <T>(items: readonly T[], count: (item: T) => number) =>
    items.reduce((total, item) => total + count(item), 0);
  fromJson.set(
    "session_attendees",
    sum(dataset.sessions, (session) => session.attendees.length),
  );
  fromJson.set(
    "session_absent_states",
    sum(dataset.sessions, (session) => session.absentStates?.length ?? 0),
  );
  fromJson.set(
    "membership_events",
    sum(dataset.memberships, (membership) => membership.events.length),
  );
  const named = [...dataset.states, ...dataset.cities, ...dataset.persons, ...dataset.organizations];
  fromJson.set(
    "entity_names",
    sum(named, (entity) => entity.names.ar.length + entity.names.en.length + entity.names.ru.length),
  );
  fromJson.set(
    "session_sources",
    sum(dataset.sessions, (session) => session.sources.length),
  );
  return { fromTables, fromJson };
}

/** A script printing `<table>|<count>` for every table. */
export function countScript(tables: Iterable<string>): string {
  return [...tables].map((table) => `SELECT '${table}', count(*) FROM ${table};`).join("\n");
}

/** `<table>|<count>` lines → a map. */
export function parseCounts(output: string): Map<string, number> {
  return new Map(
    output
      .trim()
      .split("\n")
      .map((line) => {
        const [table, count] = line.split("|");
        return [table!, Number(count)] as const;
      }),
  );
}

/** The probes whose database answer differs from `@csto/queries`, as readable lines. */
export function probeMismatches(probes: readonly Probe[], output: string): string[] {
  const answers = probeAnswers(output, probes.length);
  return probes.flatMap((probe, index) => {
    const got = answers[index]!.join(",");
    const want = [...probe.expected].sort().join(",");
    return got === want ? [] : [`${probe.label}: database ${got || "(none)"}, queries ${want || "(none)"}`];
  });
}

/** Strings that SQL quoting gets wrong when it is done by hand. */
export const trickyTexts = {
  ar: ["عبد الله 'الثاني'", "قزقستان \\ الأستانة"],
  en: ["O'Brien \\' ''; DROP TABLE states; --", "back\\\\slash"],
  ru: ["О'Брайен «ОДКБ» \\n"],
  note: "line one\nline two: \"double\" 'single' \\ and a tab\there",
};

/** A copy of the dataset whose first person carries the tricky texts. */
export function trickyDataset(): { data: typeof dataset; personId: string } {
  const copy = structuredClone(dataset) as unknown as { persons: { id: string; names: object; notes?: string[] }[] };
  const person = copy.persons[0]!;
  person.names = { ar: trickyTexts.ar, en: trickyTexts.en, ru: trickyTexts.ru };
  person.notes = [trickyTexts.note];
  return { data: copy as unknown as typeof dataset, personId: person.id };
}

/** The expected `lang|position|hex` lines for the tricky person's names, and the hex of the note. */
export function trickyExpected(): { names: string[]; note: string } {
  const hex = (text: string) => Buffer.from(text, "utf8").toString("hex");
  const names = (["ar", "en", "ru"] as const).flatMap((lang) =>
    trickyTexts[lang].map((name, index) => `${lang}|${index + 1}|${hex(name)}`),
  );
  return { names, note: hex(trickyTexts.note) };
}
