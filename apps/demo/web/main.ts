import type { ArticleReport } from "../src/report/article-report.js";
import { buildArticleReport } from "../src/report/build-article-report.js";
import { sampleArticles } from "../src/sample/sample-articles.js";
import { h } from "./dom.js";
import { grainLabel } from "./labels.js";
import { renderMarkedText } from "./marked-text.js";
import { renderAnswersCard, renderMentionedSessions, renderSessionCard } from "./session-card.js";
import { renderTimelineChart } from "./timeline-chart.js";
import { attachValueCard } from "./value-card.js";

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id}`);
  return element as T;
}

function start(): void {
  const form = byId<HTMLFormElement>("article-form");
  const select = byId<HTMLSelectElement>("sample-select");
  const textarea = byId<HTMLTextAreaElement>("article-input");
  const published = byId<HTMLInputElement>("published");
  const status = byId<HTMLParagraphElement>("status");

  select.append(
    h("option", { value: "" }, "— نص ملصوق —"),
    ...sampleArticles.map((article) => h("option", { value: article.id }, `${article.published} · ${article.title}`)),
  );

  const analyse = () => {
    const text = textarea.value;
    const day = published.value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      status.textContent = "حدّد تاريخ النشر أولاً: التواريخ النسبية مثل «أمس» تُحسب منه.";
      status.dataset.state = "error";
      return;
    }
    const started = performance.now();
    let report: ArticleReport;
    try {
      report = buildArticleReport(text, day);
    } catch (error) {
      status.textContent = `تعذّر التحليل: ${error instanceof Error ? error.message : String(error)}`;
      status.dataset.state = "error";
      return;
    }
    render(text, report);
    const elapsed = Math.max(1, Math.round(performance.now() - started));
    const reported = report.sessions.some((session) => session.role === "reported");
    status.textContent = `${report.dates.length} تاريخ، ${report.entities.length} اسم، ${reported ? "يغطي دورة" : "لا يغطي دورة"} — ${elapsed} ms`;
    status.dataset.state = "done";
  };

  const loadSample = (id: string) => {
    const article = sampleArticles.find((candidate) => candidate.id === id);
    if (!article) return;
    textarea.value = article.text;
    published.value = article.published;
    analyse();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const analyseSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(analyse, 250);
  };

  select.addEventListener("change", () => loadSample(select.value));
  textarea.addEventListener("input", () => {
    select.value = "";
    analyseSoon();
  });
  published.addEventListener("change", analyse);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    analyse();
  });
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      analyse();
    }
  });

  attachValueCard(byId("article-output"));
  const first = sampleArticles.at(-2) ?? sampleArticles[0];
  if (first) {
    select.value = first.id;
    loadSample(first.id);
  }
}

function render(text: string, report: ArticleReport): void {
  byId("article-output").replaceChildren(renderMarkedText(text, report.dates, report.entities));
  byId("session-output").replaceChildren(renderSessionCard(report), renderMentionedSessions(report));
  byId("answers-output").replaceChildren(renderAnswersCard(report));
  byId("dates-output").replaceChildren(
    report.dates.length === 0
      ? h("p", { class: "muted" }, "لا تواريخ في النص.")
      : h(
          "table",
          { class: "dates-table" },
          h("thead", {}, h("tr", {}, h("th", {}, "العبارة"), h("th", {}, "القيمة"), h("th", {}, "الدقة"))),
          h(
            "tbody",
            {},
            ...report.dates.map((date) =>
              h(
                "tr",
                {},
                h("td", {}, date.text),
                h("td", { dir: "ltr" }, date.value),
                h("td", {}, grainLabel(date.grain)),
              ),
            ),
          ),
        ),
  );
  const reported = report.sessions.find((session) => session.role === "reported");
  byId("timeline-output").replaceChildren(renderTimelineChart(reported?.id, report.published));
}

start();
