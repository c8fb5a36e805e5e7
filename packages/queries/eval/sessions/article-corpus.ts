// Loads annotated news excerpts: the real-news corpus in ../articles/{dev,test,fresh,fresh2,unrelated,unrelated2}.jsonl (written by
// another author, format in its README) and our own session examples in ./annotated.jsonl.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** One annotated article (one JSONL line). */
export interface AnnotatedArticle {
  id: string;
  published: string;
  topic: "session" | "region-no-session" | "unrelated";
  text: string;
  sessions: { id: string; role: "reported" | "mentioned" }[];
  /** Gold entity ids with their surfaces (absent in our own session examples). */
  entities?: { id: string; text: string }[];
  /** Gold dates with their surfaces (absent in our own session examples). */
  dates?: { text: string; value: string; mod?: string }[];
}

export type ArticleSplit =
  | "dev"
  | "test"
  | "test2"
  | "test3"
  | "test4"
  | "fresh"
  | "fresh2"
  | "fresh3"
  | "unrelated"
  | "unrelated2"
  | "own";

export function splitPath(split: ArticleSplit): string {
  const file = split === "own" ? "./annotated.jsonl" : `../articles/${split}.jsonl`;
  return fileURLToPath(new URL(file, import.meta.url));
}

/** The articles of a split; throws with a clear message when the file is missing. */
export function loadArticles(split: ArticleSplit): AnnotatedArticle[] {
  const path = splitPath(split);
  if (!existsSync(path)) throw new Error(`no ${split} split at ${path}`);
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      const article = JSON.parse(line) as AnnotatedArticle;
      if (typeof article.text !== "string" || typeof article.published !== "string") {
        throw new Error(`${split}.jsonl line ${i + 1}: text and published are required`);
      }
      article.sessions ??= [];
      return article;
    });
}

/** Gold ids of the sessions an article reports. */
export function reportedIds(article: AnnotatedArticle): Set<string> {
  return new Set(article.sessions.filter((s) => s.role === "reported").map((s) => s.id));
}
