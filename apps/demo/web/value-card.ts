import { entityCard } from "../src/report/entity-directory.js";
import { h } from "./dom.js";
import { entityTerms } from "./entity-terms.js";
import { grainLabel, modLabel } from "./labels.js";

/**
 * One floating card (role=tooltip) for every mark: it shows the resolved value of a date or
 * the names and terms of an entity while the mark is hovered or focused; Escape hides it.
 */
export function attachValueCard(root: HTMLElement): void {
  const card = h("div", { id: "value-card", role: "tooltip", class: "value-card", hidden: true });
  document.body.append(card);
  let current: HTMLElement | undefined;

  const show = (mark: HTMLElement) => {
    current = mark;
    card.replaceChildren(...cardContent(mark));
    card.hidden = false;
    mark.setAttribute("aria-describedby", "value-card");
    const box = mark.getBoundingClientRect();
    const width = Math.min(320, window.innerWidth - 16);
    card.style.width = `${width}px`;
    card.style.top = `${window.scrollY + box.bottom + 6}px`;
    card.style.left = `${Math.max(8, Math.min(window.scrollX + box.right - width, window.innerWidth - width - 8))}px`;
  };
  const hide = () => {
    current?.removeAttribute("aria-describedby");
    current = undefined;
    card.hidden = true;
  };
  const markOf = (target: EventTarget | null) =>
    target instanceof HTMLElement ? target.closest<HTMLElement>("mark[data-kind]") : null;

  root.addEventListener("mouseover", (event) => {
    const mark = markOf(event.target);
    if (mark && mark !== current) show(mark);
  });
  root.addEventListener("mouseout", (event) => {
    if (markOf(event.target) && !markOf(event.relatedTarget)) hide();
  });
  root.addEventListener("focusin", (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  root.addEventListener("focusout", hide);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
  });
}

function cardContent(mark: HTMLElement): (Node | string)[] {
  if (mark.dataset.kind === "date") {
    const details = [
      grainLabel(mark.dataset.grain ?? ""),
      mark.dataset.mod ? modLabel(mark.dataset.mod) : undefined,
      mark.dataset.calendar === "hijri" ? "من التقويم الهجري" : undefined,
      mark.dataset.relative ? "نسبي إلى تاريخ النشر" : undefined,
    ].filter(Boolean);
    return [
      h("div", { class: "card-kind" }, "تاريخ"),
      h("div", { class: "card-value", dir: "ltr" }, mark.dataset.value ?? ""),
      h("div", { class: "card-meta" }, details.join(" · ")),
    ];
  }
  const id = mark.dataset.id ?? "";
  const entity = entityCard(id);
  if (!entity) return [h("div", { class: "card-value" }, id)];
  const terms = entityTerms(id);
  return [
    h("div", { class: "card-kind" }, kindName(entity.kind)),
    h("div", { class: "card-value" }, entity.ar),
    h("div", { class: "card-meta", dir: "ltr" }, `${entity.en} · ${entity.ru}`),
    h("div", { class: "card-id", dir: "ltr" }, id),
    entity.variants.length > 1
      ? h("div", { class: "card-variants" }, `صيغ أخرى: ${entity.variants.slice(1, 6).join("، ")}`)
      : "",
    terms.length > 0
      ? h(
          "ul",
          { class: "card-terms" },
          ...terms.slice(-6).map((term) => h("li", {}, `${term.label}: `, h("bdi", { dir: "ltr" }, term.when))),
        )
      : "",
  ];
}

function kindName(kind: string): string {
  return { state: "دولة", city: "مدينة", person: "شخصية", organization: "منظمة" }[kind] ?? kind;
}
