/**
 * Checks the hand-annotated article corpus (dev.jsonl / test.jsonl / fresh.jsonl / fresh2.jsonl / unrelated.jsonl / unrelated2.jsonl beside this file) against
 * the dataset, without running any analysis code: every annotated surface occurs in the excerpt
 * in text order, every id exists, session roles agree with the topic, weekdays agree with the
 * annotated day. It also lists dataset names that occur in an excerpt outside every annotated
 * span, so an annotator can look again (warnings, not errors: a name part may be a common word).
 *
 * Run: npx tsx --conditions=@csto/source packages/queries/eval/articles/check-corpus.ts [dev|test|test2|fresh|fresh2|fresh3|unrelated|unrelated2 ...]
 * Exit code 1 when any error is found.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** One annotated excerpt (one JSONL line). */
export interface ArticleExcerpt {
  id: string;
  style: string;
  published: string;
  topic: "session" | "region-no-session" | "unrelated";
  text: string;
  sessions: { id: string; role: "reported" | "mentioned" }[];
  entities: { id: string; text: string }[];
  /** Absent in the `unrelated` split, which annotates entities only (dates are not scored there). */
  dates?: { text: string; value: string; mod?: "start" | "mid" | "end" }[];
  why: string;
}

interface NamedRecord {
  id: string;
  names?: { ar?: string[] };
  adjectives?: { ar?: string[] };
}

const TOPICS = new Set(["session", "region-no-session", "unrelated"]);
const ROLES = new Set(["reported", "mentioned"]);
// ISO 8601 / TIMEX3 values allowed by the date specification (packages/arabic-text/docs/dates.md) (day, month, year, week, quarter,
// half, decade, century, minute, clock time, durations, ranges of equal grain).
const VALUE =
  /^(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?|\d{4}-W\d{2}|\d{4}-[QH]\d|\d{2,3}|T\d{2}:\d{2}|P\d+[YMWD]|PT\d+[HM])$/;
const WEEKDAYS: [string, number][] = [
  ["الأحد", 0],
  ["الاثنين", 1],
  ["الإثنين", 1],
  ["الثلاثاء", 2],
  ["الأربعاء", 3],
  ["الخميس", 4],
  ["الجمعة", 5],
  ["السبت", 6],
];
// Words that usually signal a date; an occurrence outside every date span is listed for a second
// look (it may be a name such as شباط or نيسان, or the programme #اليوم).
const DATE_CUES = new Set(
  (
    "يناير فبراير مارس أبريل إبريل ابريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر " +
    "كانون شباط آذار اذار نيسان أيار ايار حزيران تموز آب أيلول ايلول تشرين جانفي فيفري أفريل ماي جوان جويلية أوت " +
    "يوليوز غشت شتنبر نونبر دجنبر الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت اليوم أمس امس غدا غداً"
  ).split(" "),
);
// Letters that may be glued before a name (proclitics and the ل of لل).
const PROCLITIC = /[وفبكل]/;

function dataPath(file: string): string {
  return fileURLToPath(new URL(`../../../model/data/${file}`, import.meta.url));
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(dataPath(file), "utf8")) as T;
}

function isValue(value: string): boolean {
  const parts = value.split("/");
  if (parts.length > 2) return false;
  return parts.every((part) => VALUE.test(part));
}

/** Weekdays of a day value or of both ends of a day range (empty for other grains). */
function weekdaysOf(value: string): number[] {
  return value
    .split("/")
    .filter((part) => /^\d{4}-\d{2}-\d{2}/.test(part))
    .map((part) => new Date(`${part.slice(0, 10)}T00:00:00Z`).getUTCDay());
}

/** Finds each surface in order; returns the spans or an error message. */
function spansInOrder(text: string, surfaces: string[]): { spans: [number, number][]; error?: string } {
  const spans: [number, number][] = [];
  let cursor = 0;
  for (const surface of surfaces) {
    const at = text.indexOf(surface, cursor);
    if (at < 0) {
      const anywhere = text.indexOf(surface);
      return {
        spans,
        error: anywhere < 0 ? `"${surface}" does not occur` : `"${surface}" is out of text order`,
      };
    }
    spans.push([at, at + surface.length]);
    cursor = at + surface.length;
  }
  return { spans };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Checks one split; returns the number of errors. */
function checkSplit(split: string, ids: Set<string>, sessions: Set<string>, names: [string, string][]): number {
  const path = fileURLToPath(new URL(`./${split}.jsonl`, import.meta.url));
  if (!existsSync(path)) {
    console.log(`${split}: no file`);
    return 0;
  }
  let errors = 0;
  let warnings = 0;
  const error = (where: string, message: string) => {
    errors++;
    console.log(`ERROR ${split} ${where}: ${message}`);
  };
  const warn = (where: string, message: string) => {
    warnings++;
    console.log(`warn  ${split} ${where}: ${message}`);
  };
  const seen = new Set<string>();
  const byTopic = new Map<string, number>();
  const years = new Set<string>();
  const styles = new Set<string>();
  let reported = 0;
  let mentioned = 0;
  const lines = readFileSync(path, "utf8").split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    let row: ArticleExcerpt;
    try {
      row = JSON.parse(line) as ArticleExcerpt;
    } catch (e) {
      error(`line ${index + 1}`, (e as Error).message);
      return;
    }
    const where = row.id ?? `line ${index + 1}`;
    if (seen.has(row.id)) error(where, "duplicate id");
    seen.add(row.id);
    if (!TOPICS.has(row.topic)) error(where, `bad topic ${row.topic}`);
    byTopic.set(row.topic, (byTopic.get(row.topic) ?? 0) + 1);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.published)) error(where, `bad published ${row.published}`);
    years.add(row.published.slice(0, 4));
    styles.add(row.style.replace(/,\s*\d{4}$/, ""));
    if (!row.why) error(where, "missing why");
    const words = wordCount(row.text);
    if (words < 80 || words > 250) warn(where, `${words} words (brief: 80–250)`);

    for (const s of row.sessions) {
      if (!sessions.has(s.id)) error(where, `unknown session ${s.id}`);
      if (!ROLES.has(s.role)) error(where, `bad role ${s.role}`);
      if (s.role === "reported") reported++;
      else mentioned++;
    }
    const hasReported = row.sessions.some((s) => s.role === "reported");
    if (row.topic === "session" && !hasReported) error(where, "topic session without a reported session");
    if (row.topic !== "session" && hasReported) error(where, `topic ${row.topic} with a reported session`);

    for (const e of row.entities) if (!ids.has(e.id)) error(where, `unknown entity id ${e.id}`);
    const ent = spansInOrder(
      row.text,
      row.entities.map((e) => e.text),
    );
    if (ent.error) error(where, `entity ${ent.error}`);

    const dates = row.dates ?? [];
    for (const d of dates) {
      if (!isValue(d.value)) error(where, `bad date value ${d.value} for "${d.text}"`);
      const days = weekdaysOf(d.value);
      for (const [name, wd] of WEEKDAYS) {
        if (days.length > 0 && d.text.includes(name) && !days.includes(wd)) {
          error(where, `"${d.text}" = ${d.value} is not a ${name}`);
        }
      }
    }
    const dat = spansInOrder(
      row.text,
      dates.map((d) => d.text),
    );
    if (dat.error) error(where, `date ${dat.error}`);

    // Look-again list: date cue words and 4-digit numbers outside every annotated date span
    // (skipped when the split does not annotate dates at all).
    if (!dat.error && row.dates) {
      for (const m of row.text.matchAll(/[\p{L}\p{N}]+/gu)) {
        const token = m[0];
        const at = m.index ?? 0;
        const bare = token.replace(/^[وفبلك]{1,2}(?=\p{L}{3})/u, "");
        const cue = DATE_CUES.has(token) || DATE_CUES.has(bare) || /\d{4}/.test(token);
        const from = at + token.length - bare.length;
        const covered = dat.spans.some(([s, e]) => s <= from && at + token.length <= e);
        if (cue && !covered) warn(where, `date cue "${token}" at ${at} is outside every date span`);
      }
    }

    // Look-again list: dataset names outside every annotated entity span.
    if (!ent.error) {
      for (const [name, id] of names) {
        let at = row.text.indexOf(name);
        while (at >= 0) {
          const end = at + name.length;
          const covered = ent.spans.some(([s, e]) => s <= at && end <= e);
          const before = row.text.slice(Math.max(0, at - 2), at);
          const after = row.text.charAt(end);
          const startsWord = at === 0 || /[\s«"'(/\-–:،.]/.test(before.slice(-1)) || PROCLITIC.test(before.slice(-1));
          const endsWord = end === row.text.length || !/\p{L}/u.test(after) || /[ةهاينو]/.test(after);
          if (!covered && startsWord && endsWord) warn(where, `"${name}" (${id}) at ${at} is not annotated`);
          at = row.text.indexOf(name, at + 1);
        }
      }
    }
  });
  const total = seen.size;
  const share = (topic: string) =>
    `${byTopic.get(topic) ?? 0} (${Math.round((100 * (byTopic.get(topic) ?? 0)) / total)} %)`;
  console.log(
    `${split}: ${total} excerpts — session ${share("session")}, region-no-session ${share("region-no-session")}, unrelated ${share("unrelated")}; sessions reported ${reported}, mentioned ${mentioned}; ${years.size} years, ${styles.size} styles; ${errors} errors, ${warnings} warnings`,
  );
  return errors;
}

function main(argv: string[]): void {
  const records = [
    ...readJson<NamedRecord[]>("states.json"),
    ...readJson<NamedRecord[]>("cities.json"),
    ...readJson<NamedRecord[]>("persons.json"),
    ...readJson<NamedRecord[]>("organizations.json"),
  ];
  const ids = new Set(records.map((r) => r.id));
  const sessions = new Set(readJson<{ id: string }[]>("sessions.json").map((s) => s.id));
  const names: [string, string][] = [];
  for (const r of records) {
    for (const n of [...(r.names?.ar ?? []), ...(r.adjectives?.ar ?? [])]) if (n.length >= 4) names.push([n, r.id]);
  }
  const splits = argv.length > 0 ? argv : ["dev", "test"];
  let errors = 0;
  for (const split of splits) errors += checkSplit(split, ids, sessions, names);
  if (errors > 0) process.exitCode = 1;
}

main(process.argv.slice(2));
