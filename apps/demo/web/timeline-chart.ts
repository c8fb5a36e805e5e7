import { chairmanships } from "@csto/model/data";
import { allSessions, entityName } from "../src/report/entity-directory.js";
import { s } from "./dom.js";
import { kindLabel } from "./labels.js";

// One hue per chairing state, so a band and the sessions it chaired read together.
const stateColours: Readonly<Record<string, string>> = {
  "state:RUS": "#c0392b",
  "state:BLR": "#27ae60",
  "state:ARM": "#d68910",
  "state:KAZ": "#2e86c1",
  "state:KGZ": "#a93226",
  "state:TJK": "#1e8449",
  "state:UZB": "#117a65",
  "state:AZE": "#5b2c6f",
  "state:GEO": "#7b7d7d",
};

const firstYear = 1992;
const width = 960;
const height = 150;
const margin = 24;

function yearFraction(iso: string): number {
  const [year = "1992", month = "01", day = "01"] = iso.split("-");
  return Number(year) + (Number(month) - 1) / 12 + (Number(day) - 1) / 365;
}

/**
 * Hand-made SVG: chairmanship bands on one row, sessions as dots above them (regular sessions
 * larger), the article's session ringed. Time runs right-to-left to match the RTL page.
 */
export function renderTimelineChart(highlightId: string | undefined, today: string): SVGElement {
  const lastYear = Math.max(2027, Math.ceil(yearFraction(today)));
  const x = (iso: string) =>
    width - margin - ((yearFraction(iso) - firstYear) / (lastYear - firstYear)) * (width - 2 * margin);
  const svg = s(
    "svg",
    {
      viewBox: `0 0 ${width} ${height}`,
      class: "timeline-chart",
      role: "img",
      "aria-labelledby": "timeline-title",
    },
    s("title", { id: "timeline-title" }, "دورات مجلس الأمن الجماعي والرئاسات الدورية 1992–اليوم"),
  );

  for (let year = firstYear; year <= lastYear; year++) {
    const position = x(`${year}-01-01`);
    svg.append(
      s("line", { x1: position, x2: position, y1: 20, y2: 118, class: year % 5 === 0 ? "grid major" : "grid" }),
    );
    if (year % 5 === 0)
      svg.append(s("text", { x: position, y: 138, class: "axis", "text-anchor": "middle" }, String(year)));
  }
  for (const chair of chairmanships) {
    const start = x(chair.from);
    const end = x(chair.to ?? `${lastYear}-01-01`);
    const label = `رئاسة ${entityName(chair.state, "ar")}: ${chair.from} → ${chair.to ?? "…"}`;
    svg.append(
      s(
        "rect",
        {
          x: Math.min(start, end),
          y: 92,
          width: Math.max(1, Math.abs(start - end)),
          height: 20,
          fill: stateColours[chair.state] ?? "#888",
          class: "band",
          "data-state": chair.state,
        },
        s("title", {}, label),
      ),
    );
  }
  // The article's session is drawn last so its ring sits on top of its neighbours.
  const ordered = [...allSessions()].sort((a, b) => Number(a.id === highlightId) - Number(b.id === highlightId));
  for (const session of ordered) {
    const isHighlighted = session.id === highlightId;
    const radius = session.kind === "regular" ? 6 : 4;
    const cy = session.kind === "regular" ? 60 : 40;
    const colour = session.chair ? (stateColours[session.chair] ?? "#555") : "#555";
    svg.append(
      s(
        "circle",
        {
          cx: x(session.date),
          cy,
          r: isHighlighted ? radius + 3 : radius,
          fill: session.status === "held" ? colour : "none",
          stroke: colour,
          "stroke-width": 2,
          class: isHighlighted ? "session-dot highlighted" : "session-dot",
          "data-session-id": session.id,
        },
        s("title", {}, `${kindLabel(session.kind)} — ${entityName(session.city, "ar")} ${session.date}`),
      ),
    );
  }
  svg.append(
    s(
      "text",
      { x: width - margin, y: 14, class: "legend", "text-anchor": "start" },
      "● دورة عادية   • دورة أخرى   ▬ رئاسة دورية",
    ),
  );
  return svg;
}
