// analyzeArticle against its parts: the time of analyzeArticle on a set of news articles vs the
// time of findDates + linkEntities run separately on the same texts, in the same run (the goal
// is ≤ 0.8×: one document pass and indexed session scoring should cost less than the parts).
// A third line times the two parts on one prepared document (prepareText + findDates(doc) +
// linkEntities(doc)): what analyzeArticle costs before its session analysis, the floor that
// sharing the document pass alone can reach (docs/analyze.md §5).
//
//   npm run bench -w @csto/queries
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findDates, prepareText } from "@csto/arabic-text";
import { analyzeArticle, linkEntities } from "@csto/queries";

interface Article {
  text: string;
  published: string;
}

function loadArticles(): Article[] {
  // The real-news-style dev excerpts (never the test split) and our own session examples.
  const files = ["../eval/articles/dev.jsonl", "../eval/sessions/annotated.jsonl"];
  return files.flatMap((file) =>
    readFileSync(fileURLToPath(new URL(file, import.meta.url)), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as Article),
  );
}

/** CPU milliseconds of one run: steadier than wall time on a machine shared with other jobs. */
function cpuMs(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

const articles = loadArticles();
const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
// Enough passes over the articles for about 1 MB of text per timed run.
const passes = Math.max(1, Math.round(1e6 / bytes));
const analyze = () => {
  for (let p = 0; p < passes; p++) for (const a of articles) analyzeArticle(a.text, { published: a.published });
};
const parts = () => {
  for (let p = 0; p < passes; p++) {
    for (const a of articles) {
      findDates(a.text, { ref: a.published });
      linkEntities(a.text);
    }
  }
};
const shared = () => {
  for (let p = 0; p < passes; p++) {
    for (const a of articles) {
      const document = prepareText(a.text);
      findDates(document, { ref: a.published });
      linkEntities(document);
    }
  }
};
// Warm-up builds the lazy tables (gazetteer, session index, date lexicons) and lets the JIT
// settle: analyzeArticle runs more code than either part and needs about ten passes to reach
// its steady speed (with three, the first timed rounds still ran partly unoptimized code).
for (let k = 0; k < 10; k++) {
  analyze();
  parts();
  shared();
}
const megabytes = (bytes * passes) / 1e6;
// Interleaved rounds, best of each, in CPU time, so that load from other jobs hits both sides alike.
let analyzeMs = Number.POSITIVE_INFINITY;
let partsMs = Number.POSITIVE_INFINITY;
let sharedMs = Number.POSITIVE_INFINITY;
for (let round = 0; round < 10; round++) {
  analyzeMs = Math.min(analyzeMs, cpuMs(analyze));
  partsMs = Math.min(partsMs, cpuMs(parts));
  sharedMs = Math.min(sharedMs, cpuMs(shared));
}
const rate = (ms: number) => (megabytes / (ms / 1000)).toFixed(2);
console.log(`${articles.length} articles × ${passes} passes = ${megabytes.toFixed(2)} MB`);
console.log(`findDates + linkEntities  ${partsMs.toFixed(0)} CPU ms  →  ${rate(partsMs)} MB per CPU-second`);
console.log(`the same, one prepared doc ${sharedMs.toFixed(0)} CPU ms  →  ${rate(sharedMs)} MB per CPU-second`);
console.log(`analyzeArticle            ${analyzeMs.toFixed(0)} CPU ms  →  ${rate(analyzeMs)} MB per CPU-second`);
console.log(`analyzeArticle costs ${(analyzeMs / partsMs).toFixed(2)}× findDates + linkEntities (goal ≤ 0.80×)`);
console.log(
  `one prepared document costs ${(sharedMs / partsMs).toFixed(2)}× (the floor without session analysis); the session analysis adds ${(((analyzeMs - sharedMs) / partsMs) * 100).toFixed(0)} % of the parts`,
);
