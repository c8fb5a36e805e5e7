import type { Dataset } from "@csto/model";
import { sessions as shippedSessions } from "@csto/model/data";
import { describe, expect, it } from "vitest";
import { sessions, timeline } from "../bound-queries.js";
import { createTemporalQueries } from "./create-temporal-queries.js";

// Periods are `from` inclusive, `to` exclusive everywhere: in the data and in the filters.

describe("the `to` of a query filter is exclusive, like the data's", () => {
  it("sessions: a session starting on `to` is left out, one ending on `from` is kept", () => {
    const bishkek = "session:2025-11-27-bishkek";
    const ids = (filter: Parameters<typeof sessions>[0]) => sessions(filter).map((session) => session.id);
    expect(ids({ from: "2025-11-27", to: "2025-11-28" })).toContain(bishkek);
    expect(ids({ from: "2025-11-01", to: "2025-11-27" })).not.toContain(bishkek);
    expect(ids({ from: "2025-11-27", to: "2025-11-27" })).toEqual([]);
    // A calendar year is [1 January, next 1 January).
    const year = ids({ from: "2025-01-01", to: "2026-01-01" });
    expect(year).toContain(bishkek);
    expect(year.every((id) => id.startsWith("session:2025-"))).toBe(true);
  });

  it("sessions: a session of several days overlaps a period that holds any of its days", () => {
    const long = shippedSessions.find((session) => session.endDate !== undefined && session.endDate > session.date);
    const base = {
      id: "session:2030-05-01-moscow",
      date: "2030-05-01",
      endDate: "2030-05-03",
      city: "city:moscow",
      kind: "regular",
      format: "in-person",
      status: "scheduled",
      attendees: [],
      sources: ["src:x"],
    } as const;
    const q = createTemporalQueries({ sessions: [long ?? base] } as unknown as Dataset);
    const session = long ?? base;
    const last = session.endDate as string;
    expect(q.sessions({ from: last, to: "9999-12-31" })).toHaveLength(1);
    expect(q.sessions({ to: session.date })).toHaveLength(0);
  });

  it("timeline: an event on `to` is left out", () => {
    const on = timeline({ from: "2025-11-27", to: "2025-11-28", kinds: ["session"] });
    expect(on.map((event) => event.date)).toEqual(["2025-11-27"]);
    expect(timeline({ from: "2025-11-20", to: "2025-11-27", kinds: ["session"] })).toEqual([]);
    const all = timeline();
    const split = "2010-01-01";
    expect(timeline({ to: split }).length + timeline({ from: split }).length).toBe(all.length);
  });
});
