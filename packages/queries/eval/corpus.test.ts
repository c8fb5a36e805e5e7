import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CORPUS_TAGS, corpusPath, type GoldSentence, loadCorpus, parseCorpus } from "./entities/corpus.js";
import { type Linker, scoreCorpus } from "./entities/score.js";
import { parseArgs } from "./evaluate-entities.js";

// The only ids the gold standard may use (common.md, "Entity id conventions").
const ALLOWED_IDS = new Set([
  ...["RUS", "BLR", "ARM", "KAZ", "KGZ", "TJK", "UZB", "AZE", "GEO"].map((s) => `state:${s}`),
  ...[
    "moscow",
    "minsk",
    "yerevan",
    "astana",
    "almaty",
    "bishkek",
    "dushanbe",
    "tashkent",
    "baku",
    "tbilisi",
    "sochi",
    "saint_petersburg",
    "cholpon_ata",
    "burabay",
  ].map((c) => `city:${c}`),
  ...["csto", "nato", "cis", "sco", "eaeu", "kremlin"].map((o) => `org:${o}`),
  ...[
    "yeltsin",
    "putin",
    "medvedev",
    "shushkevich",
    "lukashenko",
    "ter_petrosyan",
    "kocharyan",
    "serzh_sargsyan",
    "armen_sarkissian",
    "vahagn_khachaturyan",
    "karen_karapetyan",
    "pashinyan",
    "nazarbayev",
    "tokayev",
    "akayev",
    "bakiyev",
    "otunbayeva",
    "atambayev",
    "jeenbekov",
    "mamytov",
    "japarov",
    "nabiyev",
    "iskandarov",
    "rahmon",
    "karimov",
    "elchibey",
    "heydar_aliyev",
    "ilham_aliyev",
    "shevardnadze",
    "nikolayenko",
    "bordyuzha",
    "semerikov",
    "khachaturov",
    "zas",
    "tasmagambetov",
    "masadykov",
    "mirziyoyev",
  ].map((p) => `person:${p}`),
]);

const TRAPS = ["homograph-trap", "anaphora-trap"];
const test = loadCorpus("test");
const dev = loadCorpus("dev");
const all = [...test, ...dev];
// The held-out fresh split is validated with the same per-sentence rules but is not part of `all`.
const fresh = loadCorpus("fresh");
const fresh2 = loadCorpus("fresh2");
const checked = [...all, ...fresh, ...fresh2];
const count = (pred: (s: GoldSentence) => boolean) => all.filter(pred).length;

describe("entity-linking corpus", () => {
  it("parses line by line, one JSON object per non-empty line", () => {
    for (const split of ["test", "dev", "fresh", "fresh2"] as const) {
      const lines = readFileSync(corpusPath(split), "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "");
      expect(parseCorpus(lines.join("\n"))).toHaveLength(lines.length);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    }
  });

  it("has at least 300 sentences, about 45% of them in test", () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(test.length / all.length).toBeGreaterThan(0.4);
    expect(test.length / all.length).toBeLessThan(0.5);
  });

  it("uses unique, well-formed sentence ids with the split prefix", () => {
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    for (const s of test) expect(s.id).toMatch(/^t-\d{4}$/);
    for (const s of dev) expect(s.id).toMatch(/^d-\d{4}$/);
    expect(new Set(all.map((s) => s.text)).size).toBe(all.length);
  });

  it("has a fresh split of at least 120 sentences with unique f- ids and texts, some of them traps", () => {
    expect(fresh.length).toBeGreaterThanOrEqual(120);
    expect(new Set(fresh.map((s) => s.id)).size).toBe(fresh.length);
    for (const s of fresh) expect(s.id).toMatch(/^f-\d{4}$/);
    expect(new Set(fresh.map((s) => s.text)).size).toBe(fresh.length);
    const traps = fresh.filter((s) => s.tags.some((t) => TRAPS.includes(t))).length;
    expect(traps / fresh.length).toBeGreaterThan(0.15);
  });

  it("has a second fresh split of at least 110 sentences with unique g- ids and texts, some of them traps", () => {
    expect(fresh2.length).toBeGreaterThanOrEqual(110);
    expect(new Set(fresh2.map((s) => s.id)).size).toBe(fresh2.length);
    for (const s of fresh2) expect(s.id).toMatch(/^g-\d{4}$/);
    expect(new Set(fresh2.map((s) => s.text)).size).toBe(fresh2.length);
    const traps = fresh2.filter((s) => s.tags.some((t) => TRAPS.includes(t))).length;
    expect(traps / fresh2.length).toBeGreaterThan(0.15);
  });

  it("has offsets that equal text.slice(start, end), sorted and non-overlapping", () => {
    for (const s of checked) {
      let previousEnd = 0;
      for (const m of s.mentions) {
        expect(s.text.slice(m.start, m.end), `${s.id} ${m.id}`).toBe(m.text);
        expect(m.start, `${s.id} ${m.id} overlaps or is out of order`).toBeGreaterThanOrEqual(previousEnd);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.text.trim(), `${s.id}: surface has outer whitespace`).toBe(m.text);
        previousEnd = m.end;
      }
    }
  });

  it("links only to well-formed ids from the allowed list", () => {
    for (const s of checked) {
      for (const m of s.mentions) {
        expect(m.id, s.id).toMatch(/^(state|city|org|person):[A-Za-z_]+$/);
        expect(ALLOWED_IDS.has(m.id), `${s.id}: ${m.id} is not an allowed id`).toBe(true);
      }
    }
  });

  it("tags sentences only with known tags and explains each one", () => {
    const known = new Set<string>(CORPUS_TAGS);
    for (const s of checked) {
      for (const t of s.tags) expect(known.has(t), `${s.id}: unknown tag ${t}`).toBe(true);
      expect(s.why.length, s.id).toBeGreaterThan(5);
    }
  });

  it("covers the required phenomena", () => {
    expect(count((s) => s.tags.some((t) => TRAPS.includes(t)))).toBeGreaterThanOrEqual(60);
    expect(count((s) => s.tags.includes("noise"))).toBeGreaterThanOrEqual(40);
    expect(count((s) => s.tags.includes("adjective"))).toBeGreaterThanOrEqual(60);
    expect(count((s) => s.tags.includes("clitic"))).toBeGreaterThanOrEqual(40);
    // Sentences without any mention exist only to test traps.
    for (const s of checked.filter((x) => x.mentions.length === 0)) {
      expect(
        s.tags.some((t) => TRAPS.includes(t)),
        s.id,
      ).toBe(true);
    }
  });
});

describe("entity scorer", () => {
  const sample = dev.slice(0, 40);
  const oracle: Linker = (text) => sample.find((s) => s.text === text)?.mentions ?? [];

  it("gives a perfect score to the gold annotations themselves", () => {
    const report = scoreCorpus(sample, oracle);
    expect(report.ids.precision).toBe(1);
    expect(report.ids.recall).toBe(1);
    expect(report.exactSpan.recall).toBe(1);
    expect(report.errors).toEqual([]);
  });

  it("counts missing ids, spurious ids, bad offsets and crashes", () => {
    const withMentions = sample.filter((s) => s.mentions.length > 0).slice(0, 3);
    const [a, b, c] = withMentions as [GoldSentence, GoldSentence, GoldSentence];
    const link: Linker = (text) => {
      if (text === a.text) return [];
      if (text === b.text) return [...b.mentions, { id: "org:nato", text: "xx", start: 0, end: 2 }];
      throw new Error("boom");
    };
    const report = scoreCorpus([a, b, c], link);
    const goldIds = (s: GoldSentence) => new Set(s.mentions.map((m) => m.id)).size;
    expect(report.ids.tp).toBe(goldIds(b));
    expect(report.ids.fn).toBe(goldIds(a) + goldIds(c));
    expect(report.ids.fp).toBe(b.mentions.some((m) => m.id === "org:nato") ? 0 : 1);
    expect(report.crashes).toBe(1);
    expect(report.badOffsets).toBe(b.text.slice(0, 2) === "xx" ? 0 : 1);
    expect(report.errors.some((e) => e.kind === "missing" && e.sentence === a.id)).toBe(true);
  });

  it("parses the command-line options", () => {
    expect(parseArgs([])).toEqual({ split: "all", json: false, errors: false });
    expect(parseArgs(["--split", "dev", "--json", "--errors"])).toEqual({ split: "dev", json: true, errors: true });
    expect(parseArgs(["--split=test"]).split).toBe("test");
    expect(() => parseArgs(["--split", "train"])).toThrow();
    expect(() => parseArgs(["--verbose"])).toThrow();
  });
});
