import { usageError } from "../cli/cli-error.js";
import type { Command } from "../cli/command.js";
import { exitCodeHelp } from "../cli/exit-code-help.js";
import { ExitCode } from "../cli/exit-codes.js";
import { readFormat } from "../cli/read-format.js";
import { createPalette } from "../format/palette.js";
import { formatArticleReport } from "../format/print-article-report.js";
import { buildArticleReport } from "../report/build-article-report.js";
import { sampleArticles } from "../sample/sample-articles.js";

export const demoCommand: Command = {
  name: "demo",
  summary: "analyse the embedded sample of Arabic news articles",
  help: `Usage: csto-demo demo [--article ID] [--format text|json]

Analyses the embedded sample (${sampleArticles.length} Arabic articles written for this project) and
prints, per article: dates (value, grain, surface), linked entities (id, preferred name,
surface), the matched session and what held on the publication date (members, chair and
motto, secretary-general, next session).

Options:
  --article ID           only this sample article (ids: csto-demo demo --format json)
  --format text|json     text (default; coloured on a terminal) or one JSON document
  -h, --help             show this help

${exitCodeHelp}`,
  options: { format: { type: "string" }, article: { type: "string" } },
  maxPositionals: 0,
  async run({ values, out }) {
    const format = readFormat(values.format);
    const wanted = values.article as string | undefined;
    const articles = wanted === undefined ? sampleArticles : sampleArticles.filter((article) => article.id === wanted);
    if (articles.length === 0) {
      throw usageError(
        `unknown sample article ${JSON.stringify(wanted)} (ids: ${sampleArticles.map((a) => a.id).join(", ")})`,
      );
    }
    const reports = articles.map((article) => ({
      article,
      report: buildArticleReport(article.text, article.published),
    }));
    if (format === "json") {
      const json = reports.map(({ article, report }) => ({
        id: article.id,
        title: article.title,
        outlet: article.outlet,
        ...report,
      }));
      await out.write(`${JSON.stringify(json, null, 2)}\n`);
      return ExitCode.ok;
    }
    const palette = createPalette(out);
    const blocks = reports.map(({ article, report }) =>
      formatArticleReport(
        { title: article.title, subtitle: `${article.id} · ${article.outlet} style · published ${article.published}` },
        report,
        palette,
      ),
    );
    await out.write(`${blocks.join("\n\n")}\n`);
    return ExitCode.ok;
  },
};
