import { CstoError } from "@csto/arabic-text";
import type { Dataset } from "@csto/model";
import { describe, expect, it } from "vitest";
import { createTemporalQueries } from "./create-temporal-queries.js";

// A small invented dataset, so each rule is tested on its own, independent of the real data.
const names = (en: string) => ({ ar: [en], en: [en], ru: [en] });
const state = (code: string) => ({
  id: `state:${code}`,
  iso2: code.slice(0, 2),
  names: names(code),
  adjectives: { ar: [code] },
  capital: "city:moscow",
  sources: ["src:test"],
});
const session = (
  date: string,
  kind: "regular" | "informal" = "regular",
  status: "held" | "scheduled" | "cancelled" = "held",
) => ({
  id: `session:${date}-moscow`,
  date,
  city: "city:moscow",
  kind,
  format: "in-person" as const,
  status,
  attendees: [],
  sources: ["src:test"],
});
const src = ["src:test"];
const dataset = {
  states: [state("AAA"), state("BBB"), state("CCC"), state("DDD")],
  cities: [],
  persons: [],
  organizations: [],
  memberships: [
    { state: "state:AAA", events: [{ date: "1992-05-15", type: "signed", sources: src }], sources: src },
    {
      state: "state:BBB",
      events: [
        { date: "1992-05-15", type: "signed", sources: src },
        { date: "2012-12-19", type: "suspended", sources: src },
      ],
      sources: src,
    },
    {
      state: "state:CCC",
      events: [
        { date: "1992-05-15", type: "signed", sources: src },
        { date: "2024-02-22", type: "frozen", sources: src },
      ],
      sources: src,
    },
    {
      state: "state:DDD",
      events: [
        { date: "1993-09", type: "acceded", sources: src },
        { date: "1999-04-21", type: "ceased", sources: src },
        { date: "2006-06-23", type: "rejoined", sources: src },
      ],
      sources: src,
    },
  ],
  sessions: [
    session("2024-11-28"),
    session("2025-11-27"),
    session("2025-06-01", "informal", "cancelled"),
    session("2026-11-11", "regular", "scheduled"),
  ],
  chairmanships: [
    { state: "state:AAA", from: "2024-01-01", to: "2025-01-01", sources: src },
    { state: "state:BBB", from: "2025-01-01", to: null, sources: src },
  ],
  secretaryGeneralTerms: [
    { person: "person:one", state: "state:AAA", from: "2000", to: "2003-04-28", sources: src },
    { person: "person:two", state: "state:BBB", from: "2003-04-28", to: null, sources: src },
  ],
  leaderTerms: [
    {
      person: "person:p1",
      state: "state:CCC",
      office: "president",
      from: "2008-04-09",
      to: "2018-04-09",
      sources: src,
    },
    { person: "person:p2", state: "state:CCC", office: "president", from: "2018-04-09", to: null, sources: src },
    { person: "person:m1", state: "state:CCC", office: "prime-minister", from: "2018-04-17", to: null, sources: src },
    {
      person: "person:h1",
      state: "state:AAA",
      office: "head-of-state",
      from: "1992-11-19",
      to: "1994-11-16",
      sources: src,
    },
    { person: "person:h1", state: "state:AAA", office: "president", from: "1994-11-16", to: null, sources: src },
  ],
  initiatives: [],
  sources: [{ id: "src:test", url: "https://example.org", title: "t", publisher: "p", lang: "en" }],
} as unknown as Dataset;

const q = createTemporalQueries(dataset);
const ids = (records: { id: string }[]) => records.map((record) => record.id);

describe("membersOn", () => {
  it("counts signatories from the signing day, not before", () => {
    expect(ids(q.membersOn("1992-05-14"))).toEqual([]);
    expect(ids(q.membersOn("1992-05-15"))).toEqual(["state:AAA", "state:BBB", "state:CCC"]);
  });

  it("keeps a frozen participation as membership and drops a suspended one from its date", () => {
    expect(ids(q.membersOn("2025-01-01"))).toContain("state:CCC");
    expect(ids(q.membersOn("2012-12-18"))).toContain("state:BBB");
    expect(ids(q.membersOn("2012-12-19"))).not.toContain("state:BBB");
  });

  it("follows cease and rejoin, reading a partial date as its first day", () => {
    expect(ids(q.membersOn("1993-09-01"))).toContain("state:DDD");
    expect(ids(q.membersOn("1999-04-20"))).toContain("state:DDD");
    expect(ids(q.membersOn("1999-04-21"))).not.toContain("state:DDD");
    expect(ids(q.membersOn(new Date(Date.UTC(2006, 5, 23))))).toContain("state:DDD");
  });
});

describe("periods (exclusive to)", () => {
  it("hands over on the successor's first day", () => {
    expect(q.chairOn("2024-12-31")?.state).toBe("state:AAA");
    expect(q.chairOn("2025-01-01")?.state).toBe("state:BBB");
    expect(q.chairOn("2023-12-31")).toBeUndefined();
    expect(q.secretaryGeneralOn("2003-04-27")?.person).toBe("person:one");
    expect(q.secretaryGeneralOn("2003-04-28")?.person).toBe("person:two");
    expect(q.secretaryGeneralOn("1999-12-31")).toBeUndefined();
  });
});

describe("leaderOf", () => {
  it("returns the president, and the prime minister of Armenia's parliamentary system once one is in office", () => {
    const withArmenianRule = createTemporalQueries({
      ...dataset,
      leaderTerms: dataset.leaderTerms.map((term) => ({
        ...term,
        state: term.state === "state:CCC" ? "state:ARM" : term.state,
      })),
    } as Dataset);
    expect(withArmenianRule.leaderOf("state:ARM", "2018-04-08")?.person).toBe("person:p1");
    expect(withArmenianRule.leaderOf("state:ARM", "2018-04-10")?.person).toBe("person:p2");
    expect(withArmenianRule.leaderOf("state:ARM", "2018-04-17")?.person).toBe("person:m1");
    expect(withArmenianRule.leaderOf("state:ARM", "2020-01-01", { office: "president" })?.person).toBe("person:p2");
  });

  it("falls back to another head-of-state office, and is undefined where nobody is known", () => {
    expect(q.leaderOf("state:AAA", "1993-01-01")?.office).toBe("head-of-state");
    expect(q.leaderOf("state:AAA", "1995-01-01")?.office).toBe("president");
    expect(q.leaderOf("state:AAA", "1993-01-01", { office: "president" })).toBeUndefined();
    expect(q.leaderOf("state:ZZZ", "2000-01-01")).toBeUndefined();
  });
});

describe("sessions", () => {
  it("filters by period, kind, status and city, in date order", () => {
    expect(q.sessions().map((s) => s.date)).toEqual(["2024-11-28", "2025-06-01", "2025-11-27", "2026-11-11"]);
    expect(q.sessions({ from: "2025-01-01", to: "2025-12-31", status: "held" }).map((s) => s.date)).toEqual([
      "2025-11-27",
    ]);
    expect(q.sessions({ kind: ["informal"] })).toHaveLength(1);
    expect(q.sessions({ city: "city:moscow" })).toHaveLength(4);
    expect(q.sessions({ city: "city:bishkek" })).toEqual([]);
  });

  it("finds the session on, after and before a day, skipping cancelled ones", () => {
    expect(q.sessionOn("2025-11-27")?.date).toBe("2025-11-27");
    expect(q.sessionOn("2025-06-01")).toBeUndefined();
    expect(q.nextSession("2025-01-01")?.date).toBe("2025-11-27");
    expect(q.nextSession("2025-11-27")?.status).toBe("scheduled");
    expect(q.nextSession("2026-11-11")).toBeUndefined();
    expect(q.previousSession("2025-11-27")?.date).toBe("2024-11-28");
    expect(q.previousSession("2024-11-28")).toBeUndefined();
  });
});

describe("timeline", () => {
  it("merges every kind of event in date order and filters by kind and period", () => {
    const all = q.timeline();
    const dates = all.map((event) => event.date.padEnd(10, "-"));
    expect(dates).toEqual([...dates].sort());
    expect(new Set(all.map((event) => event.kind))).toEqual(
      new Set(["membership", "session", "chairmanship", "secretary-general"]),
    );
    expect(q.timeline({ kinds: ["chairmanship"], from: "2025-01-01" })).toHaveLength(1);
  });
});

describe("date arguments", () => {
  it("throws a coded CstoError for anything that is not a real day", () => {
    for (const bad of ["2025-02-30", "27/11/2025", "", "2025-11", 20251127, null, undefined, new Date("nope")]) {
      let thrown: unknown;
      try {
        q.membersOn(bad as string);
      } catch (error) {
        thrown = error;
      }
      expect(CstoError.is(thrown), String(bad)).toBe(true);
      expect((thrown as CstoError).code).toBe("INVALID_DATE");
    }
  });
});
