// Scores an article analyser against annotated articles: reported sessions, abstention,
// false entity links on unrelated articles, entity id sets, dates, and calibration.
import { type AnnotatedArticle, reportedIds } from "./article-corpus.js";
import { type Prediction, type Reliability, reliability } from "./reliability.js";

/** The part of `analyzeArticle`'s result the scores read (older results may lack `role`). */
export interface AnalysisLike {
  dates: readonly { text: string; value: string; mod?: string }[];
  entities: readonly { id: string }[];
  sessions: readonly { session: { id: string }; role?: string; score: number }[];
}

export type Analyser = (text: string, options: { published: string }) => AnalysisLike;

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Rates extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleScores {
  articles: number;
  reported: Rates;
  /** Articles with a gold reported session whose first listed session is one. */
  topPick: { right: number; of: number };
  /** Articles without a gold reported session that get none (by topic and overall). */
  abstention: { right: number; of: number; byTopic: Record<string, { right: number; of: number }> };
  /** Unrelated articles with at least one entity id that is not in the gold. */
  falseLinks: { articles: number; of: number };
  mentionedRecall: { found: number; of: number };
  /** Sessions listed as mentioned that the gold names (reported or mentioned). */
  mentionedPrecision: { named: number; of: number };
  entities: Rates;
  dates: Rates;
  reliability: Reliability;
  errors: string[];
  elapsedMs: number;
}

function rates(c: Counts): Rates {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Role of a listed session; results from before roles existed report their first session. */
function roleOf(analysis: AnalysisLike, index: number): string {
  const role = analysis.sessions[index]?.role;
  return role ?? (index === 0 ? "reported" : "mentioned");
}

function compareSets(gold: ReadonlySet<string>, predicted: ReadonlySet<string>, into: Counts): void {
  for (const id of predicted) {
    if (gold.has(id)) into.tp++;
    else into.fp++;
  }
  for (const id of gold) if (!predicted.has(id)) into.fn++;
}

function dateKey(date: { text: string; value: string; mod?: string }): string {
  return `${date.text}\u0000${date.value}\u0000${date.mod ?? ""}`;
}

/** Runs `analyse` on every article and scores it. */
export function scoreArticles(articles: readonly AnnotatedArticle[], analyse: Analyser): ArticleScores {
  const started = performance.now();
  const reported: Counts = { tp: 0, fp: 0, fn: 0 };
  const entities: Counts = { tp: 0, fp: 0, fn: 0 };
  const dates: Counts = { tp: 0, fp: 0, fn: 0 };
  const topPick = { right: 0, of: 0 };
  const abstention = { right: 0, of: 0, byTopic: {} as Record<string, { right: number; of: number }> };
  const falseLinks = { articles: 0, of: 0 };
  const mentionedRecall = { found: 0, of: 0 };
  const mentionedPrecision = { named: 0, of: 0 };
  const predictions: Prediction[] = [];
  const errors: string[] = [];
  for (const article of articles) {
    const analysis = analyse(article.text, { published: article.published });
    const gold = reportedIds(article);
    const predicted = new Set(
      analysis.sessions.filter((_, i) => roleOf(analysis, i) === "reported").map((s) => s.session.id),
    );
    compareSets(gold, predicted, reported);
    for (const id of predicted) if (!gold.has(id)) errors.push(`${article.id} reported-but-not ${id}`);
    for (const id of gold) if (!predicted.has(id)) errors.push(`${article.id} missed-reported ${id}`);
    const listed = new Set(analysis.sessions.map((s) => s.session.id));
    for (const s of article.sessions) {
      if (s.role !== "mentioned") continue;
      mentionedRecall.of++;
      if (listed.has(s.id)) mentionedRecall.found++;
      else errors.push(`${article.id} missed-mentioned ${s.id}`);
    }
    const named = new Set(article.sessions.map((s) => s.id));
    analysis.sessions.forEach((s, i) => {
      if (roleOf(analysis, i) !== "mentioned") return;
      mentionedPrecision.of++;
      if (named.has(s.session.id)) mentionedPrecision.named++;
      else errors.push(`${article.id} listed-not-named ${s.session.id}`);
    });
    if (gold.size > 0) {
      topPick.of++;
      if (gold.has(analysis.sessions[0]?.session.id ?? "")) topPick.right++;
    } else {
      abstention.byTopic[article.topic] ??= { right: 0, of: 0 };
      const topic = abstention.byTopic[article.topic]!;
      abstention.of++;
      topic.of++;
      if (predicted.size === 0) {
        abstention.right++;
        topic.right++;
      }
    }
    for (const s of analysis.sessions) predictions.push({ p: s.score, reported: gold.has(s.session.id) });
    for (const id of gold) if (!listed.has(id)) predictions.push({ p: 0, reported: true });
    if (article.entities) {
      const goldIds = new Set(article.entities.map((e) => e.id));
      const predictedIds = new Set(analysis.entities.map((e) => e.id));
      compareSets(goldIds, predictedIds, entities);
      const spurious = [...predictedIds].filter((id) => !goldIds.has(id));
      for (const id of spurious) errors.push(`${article.id} spurious-entity ${id}`);
      for (const id of goldIds) if (!predictedIds.has(id)) errors.push(`${article.id} missing-entity ${id}`);
      if (article.topic === "unrelated") {
        falseLinks.of++;
        if (spurious.length > 0) falseLinks.articles++;
      }
    }
    if (article.dates) {
      const remaining = new Map<string, number>();
      for (const date of article.dates) remaining.set(dateKey(date), (remaining.get(dateKey(date)) ?? 0) + 1);
      for (const date of analysis.dates) {
        const key = dateKey(date);
        const left = remaining.get(key) ?? 0;
        if (left > 0) {
          dates.tp++;
          remaining.set(key, left - 1);
        } else {
          dates.fp++;
          errors.push(`${article.id} spurious-date «${date.text}»=${date.value}`);
        }
      }
      for (const [key, left] of remaining) {
        dates.fn += left;
        if (left > 0) errors.push(`${article.id} missing-date «${key.split("\u0000").join(" ")}»`);
      }
    }
  }
  return {
    articles: articles.length,
    reported: rates(reported),
    topPick,
    abstention,
    falseLinks,
    mentionedRecall,
    mentionedPrecision,
    entities: rates(entities),
    dates: rates(dates),
    reliability: reliability(predictions),
    errors,
    elapsedMs: Math.round(performance.now() - started),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const share = (a: number, b: number) => `${b === 0 ? "—" : pct(a / b)} (${a}/${b})`;

/** The evaluation table in Markdown. */
export function formatScores(scores: ArticleScores, title: string): string {
  const lines = [
    `## ${title}`,
    "",
    "| metric | value |",
    "| --- | --- |",
    `| articles | ${scores.articles} |`,
    `| reported-session precision | ${share(scores.reported.tp, scores.reported.tp + scores.reported.fp)} |`,
    `| reported-session recall | ${share(scores.reported.tp, scores.reported.tp + scores.reported.fn)} |`,
    `| top pick right (articles that report a session) | ${share(scores.topPick.right, scores.topPick.of)} |`,
    `| abstention (no-session articles with no reported session) | ${share(scores.abstention.right, scores.abstention.of)} |`,
  ];
  for (const [topic, c] of Object.entries(scores.abstention.byTopic)) {
    lines.push(`| · abstention, ${topic} | ${share(c.right, c.of)} |`);
  }
  lines.push(
    `| false-link rate (unrelated articles with a spurious entity) | ${share(scores.falseLinks.articles, scores.falseLinks.of)} |`,
    `| mentioned sessions listed | ${share(scores.mentionedRecall.found, scores.mentionedRecall.of)} |`,
    `| listed mentioned sessions the text names | ${share(scores.mentionedPrecision.named, scores.mentionedPrecision.of)} |`,
    `| entity id-set P / R / F1 | ${pct(scores.entities.precision)} / ${pct(scores.entities.recall)} / ${pct(scores.entities.f1)} |`,
    `| date strict P / R / F1 | ${pct(scores.dates.precision)} / ${pct(scores.dates.recall)} / ${pct(scores.dates.f1)} |`,
    `| time | ${scores.elapsedMs} ms |`,
  );
  return lines.join("\n");
}
