import { describe, expect, it } from "vitest";
import { chronoFindDates } from "./chrono-baseline.js";
import type { GoldMention, GoldSentence } from "./corpus.js";
import { formatMarkdown, matchSentence, scoreSystem } from "./score.js";

const gold = (start: number, end: number, value: string): GoldMention => ({
  text: "x".repeat(end - start),
  start,
  end,
  value,
  grain: "day",
});

describe("matchSentence", () => {
  it("needs overlapping spans and an identical value", () => {
    const r = matchSentence(
      [gold(10, 20, "2025-11-27"), gold(30, 35, "2025")],
      [
        { start: 12, end: 18, value: "2025-11-27" },
        { start: 30, end: 35, value: "2025-11" },
      ],
    );
    expect(r.matched).toHaveLength(1);
    expect(r.missed.map((m) => m.value)).toEqual(["2025"]);
    expect(r.spurious.map((p) => p.value)).toEqual(["2025-11"]);
  });

  it("does not match touching spans, nor a range with one wrong end", () => {
    const r = matchSentence(
      [gold(0, 5, "2025-11-27"), gold(10, 20, "2022-05-16/2022-05-30")],
      [
        { start: 5, end: 9, value: "2025-11-27" },
        { start: 10, end: 20, value: "2022-05-16/2022-05-31" },
      ],
    );
    expect(r.matched).toHaveLength(0);
  });

  it("uses each prediction once and prefers the larger overlap", () => {
    const r = matchSentence(
      [gold(0, 10, "2025"), gold(20, 30, "2025")],
      [
        { start: 8, end: 22, value: "2025" },
        { start: 20, end: 30, value: "2025" },
      ],
    );
    expect(r.matched.map((m) => m.predicted.start)).toEqual([8, 20]);
    expect(r.spurious).toHaveLength(0);
  });
});

describe("scoreSystem", () => {
  const corpus: GoldSentence[] = [
    {
      id: "x-1",
      text: "a",
      ref: "2025-11-27",
      category: "year",
      register: "wire",
      mentions: [gold(0, 4, "2025")],
      why: "test",
    },
    { id: "x-2", text: "b", ref: "2025-11-27", category: "trap", register: "wire", mentions: [], why: "test" },
  ];

  it("counts precision, recall, exact spans and trap sentences with a prediction", () => {
    const s = scoreSystem(corpus, (text) => [{ start: 0, end: text === "a" ? 4 : 1, value: "2025" }]);
    expect(s.overall).toMatchObject({ tp: 1, fp: 1, fn: 0, exactSpan: 1, precision: 0.5, recall: 1 });
    expect(s.byCategory.trap.fp).toBe(1);
    expect([s.trapSentencesWithPrediction, s.trapSentences]).toEqual([1, 1]);
    expect(formatMarkdown("dev", corpus, [{ name: "t", score: s }])).toContain("| t | 50.0 | 100.0 | 66.7 |");
  });

  it("records a crashing system as predicting nothing", () => {
    const s = scoreSystem(corpus, () => {
      throw new Error("boom");
    });
    expect(s.crashes).toBe(2);
    expect(s.overall.fn).toBe(1);
  });
});

describe("chronoFindDates", () => {
  it("converts chrono results to our values at the grain the text gave", () => {
    const found = chronoFindDates("عقدت القمة يوم 27 نوفمبر 2025 في بيشكيك", "2025-11-20");
    expect(found).toEqual([expect.objectContaining({ value: "2025-11-27", start: 15, end: 29 })]);
    expect(chronoFindDates("اجتمعوا أمس", "2025-11-27")[0]?.value).toBe("2025-11-26");
  });
});
