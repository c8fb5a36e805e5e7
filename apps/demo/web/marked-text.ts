import type { ReportDate, ReportEntity } from "../src/report/article-report.js";
import { h } from "./dom.js";

type Span =
  | { kind: "date"; start: number; end: number; date: ReportDate }
  | { kind: "entity"; start: number; end: number; entity: ReportEntity };

/**
 * The article as text nodes and `<mark data-kind="date|entity">` elements (contract, DESIGN
 * §8). Marks are focusable so the value card is reachable with the keyboard. Overlapping
 * spans cannot nest in flat markup: the earlier (then longer) one wins.
 */
export function renderMarkedText(
  text: string,
  dates: readonly ReportDate[],
  entities: readonly ReportEntity[],
): HTMLElement {
  const spans: Span[] = [
    ...dates.map((date): Span => ({ kind: "date", start: date.start, end: date.end, date })),
    ...entities.map((entity): Span => ({ kind: "entity", start: entity.start, end: entity.end, entity })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);

  const container = h("div", { class: "article-text", dir: "rtl", lang: "ar" });
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor || span.end > text.length || span.end <= span.start) continue;
    if (span.start > cursor) container.append(text.slice(cursor, span.start));
    container.append(markFor(span, text.slice(span.start, span.end)));
    cursor = span.end;
  }
  if (cursor < text.length) container.append(text.slice(cursor));
  return container;
}

function markFor(span: Span, surface: string): HTMLElement {
  if (span.kind === "date") {
    const { date } = span;
    return h(
      "mark",
      {
        "data-kind": "date",
        "data-value": date.value,
        "data-grain": date.grain,
        "data-mod": date.mod,
        "data-calendar": date.calendar,
        "data-relative": date.relative ? "true" : undefined,
        tabindex: 0,
        "aria-label": `${surface}: ${date.value}`,
      },
      surface,
    );
  }
  const { entity } = span;
  return h(
    "mark",
    {
      "data-kind": "entity",
      "data-id": entity.id,
      tabindex: 0,
      "aria-label": `${surface}: ${entity.name.ar}`,
    },
    surface,
  );
}
