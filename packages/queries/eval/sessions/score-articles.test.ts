import { describe, expect, it } from "vitest";
import { parseArgs } from "../evaluate-articles.js";
import type { AnnotatedArticle } from "./article-corpus.js";
import { type Analyser, scoreArticles } from "./score-articles.js";

const article = (id: string, topic: AnnotatedArticle["topic"], sessions: AnnotatedArticle["sessions"]) => ({
  id,
  published: "2025-11-28",
  topic,
  text: id,
  sessions,
  entities: topic === "unrelated" ? [] : [{ id: "city:bishkek", text: "بيشكيك" }],
  dates: [{ text: "أمس", value: "2025-11-27" }],
});

const corpus: AnnotatedArticle[] = [
  article("a", "session", [{ id: "session:2025-11-27-bishkek", role: "reported" }]),
  article("b", "region-no-session", [{ id: "session:2025-11-27-bishkek", role: "mentioned" }]),
  article("c", "unrelated", []),
];

// A fake analyser: reports Bishkek for every article and links Bishkek everywhere.
const analyse: Analyser = () => ({
  dates: [{ text: "أمس", value: "2025-11-27" }],
  entities: [{ id: "city:bishkek" }],
  sessions: [{ session: { id: "session:2025-11-27-bishkek" }, role: "reported", score: 0.9 }],
});

describe("scoreArticles", () => {
  it("counts reported sessions, abstention and false links per article", () => {
    const scores = scoreArticles(corpus, analyse);
    expect([scores.reported.tp, scores.reported.fp, scores.reported.fn]).toEqual([1, 2, 0]);
    expect(scores.abstention).toMatchObject({ right: 0, of: 2 });
    expect(scores.falseLinks).toEqual({ articles: 1, of: 1 });
    expect(scores.mentionedRecall).toEqual({ found: 1, of: 1 });
    expect(scores.dates.f1).toBe(1);
    expect(scores.reliability.count).toBe(3);
  });
  it("reads results without roles as 'the first session is reported'", () => {
    const old: Analyser = (text) => ({
      ...analyse(text, { published: "2025-11-28" }),
      sessions: [{ session: { id: "session:2025-11-27-bishkek" }, score: 0.4 }],
    });
    expect(scoreArticles(corpus.slice(0, 1), old).reported.tp).toBe(1);
  });
  it("accepts only the known splits", () => {
    expect(parseArgs(["--split", "test"]).split).toBe("test");
    expect(parseArgs(["--split", "fresh"]).split).toBe("fresh");
    expect(parseArgs(["--split=unrelated"]).split).toBe("unrelated");
    expect(parseArgs(["--split=unrelated2"]).split).toBe("unrelated2");
    expect(parseArgs(["--split", "fresh2"]).split).toBe("fresh2");
    expect(parseArgs(["--split", "fresh3"]).split).toBe("fresh3");
    expect(parseArgs(["--split", "test2"]).split).toBe("test2");
    expect(() => parseArgs(["--split", "fresh4"])).toThrow(/one of dev, test, test2, .*, own \(got fresh4\)/);
  });
});
