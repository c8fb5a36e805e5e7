import { afterEach, describe, expect, it } from "vitest";
import { leaderOf, searchEntities, sessions, timeline } from "../bound-queries.js";

// Options are read as own properties: a polluted Object.prototype cannot change an answer.
const pollution = ["office", "kinds", "limit", "from", "to", "city", "kind", "status"];

afterEach(() => {
  for (const key of pollution) delete (Object.prototype as Record<string, unknown>)[key];
});

function pollute(values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values)) {
    Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
  }
}

describe("options are read as own properties", () => {
  it("leaderOf ignores an inherited office", () => {
    const clean = leaderOf("state:ARM", "2020-01-01")?.person;
    pollute({ office: "president" });
    expect(leaderOf("state:ARM", "2020-01-01")?.person).toBe(clean);
    expect(leaderOf("state:ARM", "2020-01-01", {})?.person).toBe(clean);
  });

  it("sessions, timeline and searchEntities ignore inherited filters", () => {
    const clean = { sessions: sessions({}).length, timeline: timeline({}).length, search: searchEntities("موسكو") };
    pollute({ from: "2030-01-01", to: "2030-01-02", city: "city:nowhere", status: "cancelled", kinds: ["session"] });
    pollute({ limit: 0 });
    expect(sessions({}).length).toBe(clean.sessions);
    expect(sessions().length).toBe(clean.sessions);
    expect(timeline({}).length).toBe(clean.timeline);
    expect(searchEntities("موسكو")).toEqual(clean.search);
  });

  it("still reads own options", () => {
    expect(leaderOf("state:ARM", "2020-01-01", { office: "president" })?.office).toBe("president");
    expect(searchEntities("موسكو", { limit: 1 })).toHaveLength(1);
  });

  it("throws INVALID_OPTION for options that are not an object or an unknown office", () => {
    expect(() => sessions(5 as never)).toThrowError(expect.objectContaining({ code: "INVALID_OPTION" }) as never);
    expect(() => leaderOf("state:RUS", "2020-01-01", { office: "king" as never })).toThrowError(
      expect.objectContaining({ code: "INVALID_OPTION" }) as never,
    );
  });
});
