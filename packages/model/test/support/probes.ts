import { chairOn, leaderOf, membersOn, secretaryGeneralOn } from "@csto/queries";
import { dataset } from "../../src/data/index.js";
import { earliestDay } from "../../src/dates/partial-date.js";

/** One question asked of a database, with the answer `@csto/queries` gives. */
export interface Probe {
  readonly label: string;
  readonly sql: string;
  /** Expected rows (one value each), sorted. */
  readonly expected: readonly string[];
}

/** The date the README's example queries use; the probes replace it. */
export const readmeDate = "2008-06-15";

/** The README's SQL block that starts with `-- <title>`. */
export function readmeQuery(readme: string, title: string): string {
  const blocks = [...readme.matchAll(/```sql\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const block = blocks.find((text) => text.startsWith(`-- ${title}\n`));
  if (!block) throw new Error(`README has no \`\`\`sql block starting with "-- ${title}"`);
  if (!block.includes(`'${readmeDate}'`)) throw new Error(`README query "${title}" does not use '${readmeDate}'`);
  return block;
}

function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The days to probe: two a year from 1992 to 2027, and every day on which a chairmanship, a
 * term or a membership changes, with the day before it (a period's `from` is inclusive and
 * its `to` exclusive, so both sides of each boundary are asked).
 */
export function probeDays(): string[] {
  const days = new Set<string>();
  for (let year = 1992; year <= 2027; year += 1) days.add(`${year}-01-01`).add(`${year}-07-01`);
  const boundaries = [
    ...dataset.chairmanships.flatMap((period) => [period.from, period.to]),
    ...dataset.secretaryGeneralTerms.flatMap((term) => [term.from, term.to]),
    ...dataset.leaderTerms.flatMap((term) => [term.from, term.to]),
    ...dataset.memberships.flatMap((membership) => membership.events.map((event) => event.date)),
  ];
  for (const boundary of boundaries) {
    if (boundary === null) continue;
    const day = earliestDay(boundary);
    days.add(day).add(dayBefore(day));
  }
  return [...days].sort();
}

function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

// Armenia's prime minister represents it on the Council from 2018-04-09 (the rule of
// @csto/queries' leaderOf); elsewhere the president, then another head-of-state office.
function officeOrder(state: string, day: string): string[] {
  return state === "state:ARM" && day >= "2018-04-09"
    ? ["prime-minister", "president", "head-of-state"]
    : ["president", "head-of-state"];
}

function leaderSql(state: string, day: string): string {
  const offices = officeOrder(state, day);
  const rank = offices.map((office, index) => `WHEN ${quote(office)} THEN ${index}`).join(" ");
  return `SELECT person FROM leader_terms
WHERE state = ${quote(state)} AND from_date <= ${quote(day)} AND (to_date IS NULL OR ${quote(day)} < to_date)
  AND office IN (${offices.map(quote).join(", ")})
ORDER BY CASE office ${rank} END, from_date DESC, id DESC
LIMIT 1;`;
}

function secretaryGeneralSql(day: string): string {
  return `SELECT person FROM secretary_general_terms
WHERE from_date <= ${quote(day)} AND (to_date IS NULL OR ${quote(day)} < to_date)
ORDER BY from_date DESC, id DESC
LIMIT 1;`;
}

const some = (value: string | undefined) => (value === undefined ? [] : [value]);

/** Every probe: chair, members, secretary-general and each state's leader on each probe day. */
export function buildProbes(readme: string): Probe[] {
  const chairSql = readmeQuery(readme, "chair on a date");
  const membersSql = readmeQuery(readme, "members on a date");
  const atDay = (sql: string, day: string) => sql.replaceAll(`'${readmeDate}'`, quote(day));
  const probes: Probe[] = [];
  for (const day of probeDays()) {
    probes.push({ label: `chair on ${day}`, sql: atDay(chairSql, day), expected: some(chairOn(day)?.state) });
    probes.push({
      label: `members on ${day}`,
      sql: atDay(membersSql, day),
      expected: membersOn(day)
        .map((state) => state.id)
        .sort(),
    });
    probes.push({
      label: `secretary-general on ${day}`,
      sql: secretaryGeneralSql(day),
      expected: some(secretaryGeneralOn(day)?.person),
    });
    for (const state of dataset.states) {
      probes.push({
        label: `leader of ${state.id} on ${day}`,
        sql: leaderSql(state.id, day),
        expected: some(leaderOf(state.id, day)?.person),
      });
    }
  }
  return probes;
}

/** One script that asks every probe, each answer preceded by a marker line. */
export function probeScript(probes: readonly Probe[]): string {
  return probes.map((probe, index) => `SELECT 'probe ${index}';\n${probe.sql.trim()}\n`).join("");
}

/** The answers of `probeScript`'s output, one sorted list of values per probe. */
export function probeAnswers(output: string, count: number): string[][] {
  const answers: string[][] = Array.from({ length: count }, () => []);
  let current = -1;
  for (const line of output.split("\n")) {
    const marker = /^probe (\d+)$/.exec(line);
    if (marker) current = Number(marker[1]);
    else if (line !== "" && current >= 0) answers[current]!.push(line);
  }
  return answers.map((answer) => answer.sort());
}
