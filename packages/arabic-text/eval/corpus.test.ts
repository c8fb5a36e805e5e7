import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CATEGORIES,
  corpusPath,
  type GoldSentence,
  GRAINS,
  loadCorpus,
  REGISTERS,
  type Split,
} from "./dates/corpus.js";

// ISO 8601 / TIMEX3 value shapes per grain (shared/DATES.md "Values and grains").
const DAY = String.raw`\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])`;
const VALUE_PATTERN: Record<string, string> = {
  minute: String.raw`${DAY}T(?:[01]\d|2[0-3]):[0-5]\d`,
  // A bare clock time keeps its seconds ("الساعة 15:23:24" = T15:23:24, docs/dates.md "Clock times").
  time: String.raw`T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?`,
  day: DAY,
  "part-of-day": DAY,
  week: String.raw`\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])`,
  "part-of-week": String.raw`\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])`,
  month: String.raw`\d{4}-(?:0[1-9]|1[0-2])`,
  "part-of-month": String.raw`\d{4}-(?:0[1-9]|1[0-2])`,
  quarter: String.raw`\d{4}-Q[1-4]`,
  "half-year": String.raw`\d{4}-H[12]`,
  year: String.raw`\d{4}`,
  "part-of-year": String.raw`\d{4}`,
  decade: String.raw`\d{3}`,
  "part-of-decade": String.raw`\d{3}`,
  century: String.raw`\d{2}`,
  "part-of-century": String.raw`\d{2}`,
};
const DURATION = /^P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/;

/** Single values, or A/B ranges whose two ends have the same grain. */
function valueMatchesGrain(value: string, grain: string): boolean {
  if (grain === "duration") return DURATION.test(value);
  const one = VALUE_PATTERN[grain];
  return one !== undefined && new RegExp(`^(?:${one})(?:/(?:${one}))?$`).test(value);
}

function isRealDay(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

const WEEKDAYS: ReadonlyArray<readonly string[]> = [
  ["الأحد", "الاحد"],
  ["الاثنين", "الإثنين"],
  ["الثلاثاء"],
  ["الأربعاء", "الاربعاء"],
  ["الخميس"],
  ["الجمعة", "الجمعه"],
  ["السبت"],
];

const splits = ["test", "dev"] as const;
const corpora = Object.fromEntries(splits.map((s) => [s, loadCorpus(s)])) as Record<
  (typeof splits)[number],
  GoldSentence[]
>;
const all = [...corpora.test, ...corpora.dev];
// The held-out fresh split is checked for well-formedness with the same rules, but not counted in `all`.
const fresh = loadCorpus("fresh");
const fresh2 = loadCorpus("fresh2");
const fresh3 = loadCorpus("fresh3");
const fresh4 = loadCorpus("fresh4");
const fresh5 = loadCorpus("fresh5");
const checked = [...all, ...fresh, ...fresh2, ...fresh3, ...fresh4, ...fresh5];
const files: Split[] = [...splits, "fresh", "fresh2", "fresh3", "fresh4", "fresh5"];

describe("date corpus files", () => {
  it.each(files)("%s.jsonl: every non-empty line is one JSON object with the record keys in order", (split) => {
    const lines = readFileSync(corpusPath(split), "utf8").split("\n");
    expect(lines.at(-1)).toBe("");
    for (const line of lines.slice(0, -1)) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(entry)).toEqual(["id", "text", "ref", "category", "register", "mentions", "why"]);
    }
  });

  it("has at least 400 sentences, at least 60 traps, at least 25 of them in test", () => {
    expect(all.length).toBeGreaterThanOrEqual(400);
    expect(all.filter((s) => s.category === "trap").length).toBeGreaterThanOrEqual(60);
    expect(corpora.test.filter((s) => s.category === "trap").length).toBeGreaterThanOrEqual(25);
  });

  it("covers every category with at least 15 sentences, present in both splits", () => {
    for (const c of CATEGORIES) {
      expect(all.filter((s) => s.category === c).length, c).toBeGreaterThanOrEqual(15);
      for (const split of splits)
        expect(
          corpora[split].some((s) => s.category === c),
          `${c} in ${split}`,
        ).toBe(true);
    }
  });

  it("has unique ids with the split's prefix", () => {
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    for (const s of corpora.test) expect(s.id).toMatch(/^t-\d{4}$/);
    for (const s of corpora.dev) expect(s.id).toMatch(/^d-\d{4}$/);
  });

  it("has a fresh split of at least 150 sentences with unique f- ids, about 15% traps", () => {
    expect(fresh.length).toBeGreaterThanOrEqual(150);
    expect(new Set(fresh.map((s) => s.id)).size).toBe(fresh.length);
    for (const s of fresh) expect(s.id).toMatch(/^f-\d{4}$/);
    const traps = fresh.filter((s) => s.category === "trap").length / fresh.length;
    expect(traps).toBeGreaterThan(0.1);
    expect(traps).toBeLessThan(0.2);
  });

  it("has a second fresh split of at least 140 sentences with unique g- ids, about 15% traps", () => {
    expect(fresh2.length).toBeGreaterThanOrEqual(140);
    expect(new Set(fresh2.map((s) => s.id)).size).toBe(fresh2.length);
    for (const s of fresh2) expect(s.id).toMatch(/^g-\d{4}$/);
    const traps = fresh2.filter((s) => s.category === "trap").length / fresh2.length;
    expect(traps).toBeGreaterThan(0.1);
    expect(traps).toBeLessThan(0.2);
  });

  it("has a third fresh split of at least 160 sentences with unique h- ids, mostly clock times and ranges", () => {
    expect(fresh3.length).toBeGreaterThanOrEqual(160);
    expect(new Set(fresh3.map((s) => s.id)).size).toBe(fresh3.length);
    for (const s of fresh3) expect(s.id).toMatch(/^h-\d{4}$/);
    const traps = fresh3.filter((s) => s.category === "trap").length / fresh3.length;
    expect(traps).toBeGreaterThan(0.1);
    expect(traps).toBeLessThan(0.2);
    const timeOrRange = fresh3.filter((s) => s.category === "time" || s.category === "range").length;
    expect(timeOrRange / fresh3.length).toBeGreaterThanOrEqual(0.6);
  });

  it("has a fourth fresh split of at least 90 sentences with unique k- ids, mostly ranges and clock times", () => {
    expect(fresh4.length).toBeGreaterThanOrEqual(90);
    expect(new Set(fresh4.map((s) => s.id)).size).toBe(fresh4.length);
    for (const s of fresh4) expect(s.id).toMatch(/^k-\d{4}$/);
    expect(fresh4.filter((s) => s.category === "range").length).toBeGreaterThanOrEqual(40);
    expect(fresh4.filter((s) => s.category === "time").length).toBeGreaterThanOrEqual(30);
    expect(fresh4.filter((s) => s.category === "trap").length).toBeGreaterThanOrEqual(8);
  });

  it("has a fifth fresh split of 60-80 sentences with unique q- ids: weekdays, quoted days, datelines, no-date traps", () => {
    expect(fresh5.length).toBeGreaterThanOrEqual(60);
    expect(fresh5.length).toBeLessThanOrEqual(80);
    expect(new Set(fresh5.map((s) => s.id)).size).toBe(fresh5.length);
    for (const s of fresh5) expect(s.id).toMatch(/^q-\d{4}$/);
    expect(fresh5.filter((s) => s.category === "weekday").length).toBeGreaterThanOrEqual(30);
    expect(fresh5.filter((s) => s.category === "relative-day").length).toBeGreaterThanOrEqual(12);
    expect(fresh5.filter((s) => s.category === "absolute-dmy").length).toBeGreaterThanOrEqual(5);
    expect(fresh5.filter((s) => s.category === "trap").length).toBeGreaterThanOrEqual(4);
  });

  it("uses only known categories and registers, real ref dates, and says why", () => {
    for (const s of checked) {
      expect(CATEGORIES, s.id).toContain(s.category);
      expect(REGISTERS, s.id).toContain(s.register);
      expect(isRealDay(s.ref), `${s.id} ref ${s.ref}`).toBe(true);
      expect(s.ref >= "1992-01-01" && s.ref <= "2026-12-31", s.id).toBe(true);
      expect(s.why.length, s.id).toBeGreaterThan(5);
    }
  });

  it("gives traps no mention and every other sentence at least one", () => {
    for (const s of checked) {
      if (s.category === "trap") expect(s.mentions, s.id).toEqual([]);
      else expect(s.mentions.length, s.id).toBeGreaterThan(0);
    }
  });

  it("has offsets that equal text.slice(start, end), in order and non-overlapping", () => {
    for (const s of checked) {
      let previousEnd = 0;
      for (const m of s.mentions) {
        expect(s.text.slice(m.start, m.end), `${s.id} «${m.text}»`).toBe(m.text);
        expect(m.start, `${s.id} «${m.text}» order`).toBeGreaterThanOrEqual(previousEnd);
        expect(m.text.trim(), `${s.id} untrimmed surface`).toBe(m.text);
        previousEnd = m.end;
      }
    }
  });

  it("has values in the format of their grain, real calendar days and ordered ranges", () => {
    for (const s of checked) {
      for (const m of s.mentions) {
        const where = `${s.id} «${m.text}» ${m.grain} ${m.value}`;
        expect(GRAINS, where).toContain(m.grain);
        expect(valueMatchesGrain(m.value, m.grain), where).toBe(true);
        for (const day of m.value.match(/\d{4}-\d{2}-\d{2}/g) ?? []) expect(isRealDay(day), where).toBe(true);
        const [from, to] = m.value.split("/");
        if (to !== undefined) expect(from! < to, where).toBe(true);
      }
    }
  });

  it("keeps mod for part-of-period grains and Hijri values at day grain", () => {
    for (const s of checked) {
      for (const m of s.mentions) {
        if (m.mod !== undefined) {
          expect(["start", "mid", "end"], s.id).toContain(m.mod);
          expect(m.grain.startsWith("part-of-"), `${s.id} «${m.text}»`).toBe(true);
        }
        if (m.calendar !== undefined) {
          expect(m.calendar).toBe("hijri");
          expect(m.grain, `${s.id} «${m.text}»`).toBe("day");
        }
      }
    }
  });

  it("names the right weekday wherever a surface with a weekday resolves to one day", () => {
    for (const s of checked) {
      for (const m of s.mentions) {
        const day = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2})?$/.exec(m.value)?.[1];
        if (!day) continue;
        const actual = new Date(`${day}T00:00:00Z`).getUTCDay();
        WEEKDAYS.forEach((names, weekday) => {
          if (names.some((n) => m.text.includes(n))) expect(weekday, `${s.id} «${m.text}» = ${day}`).toBe(actual);
        });
      }
    }
  });
});
