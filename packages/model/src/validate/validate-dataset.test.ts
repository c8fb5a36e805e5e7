import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asOf } from "../data/index.js";
import type { Dataset } from "../schemas/dataset.js";
import type { ProblemCode } from "./problem.js";
import { validateDataset } from "./validate-dataset.js";

// A small, valid dataset written for these tests: two states, a hand-over session, terms.
function tiny() {
  const src = ["src:test-1"];
  const names = (ar: string, en: string) => ({ ar: [ar], en: [en], ru: [] });
  return {
    states: [
      {
        id: "state:KAZ",
        iso2: "KZ",
        names: names("كازاخستان", "Kazakhstan"),
        adjectives: { ar: ["كازاخستاني"] },
        capital: "city:astana",
        sources: src,
      },
      {
        id: "state:KGZ",
        iso2: "KG",
        names: names("قرغيزستان", "Kyrgyzstan"),
        adjectives: { ar: ["قرغيزي"] },
        capital: "city:bishkek",
        sources: src,
      },
    ],
    cities: [
      { id: "city:astana", state: "state:KAZ", names: names("أستانا", "Astana"), sources: src },
      { id: "city:bishkek", state: "state:KGZ", names: names("بيشكيك", "Bishkek"), sources: src },
    ],
    persons: [
      { id: "person:tokayev", names: names("توكاييف", "Tokayev"), sources: src },
      { id: "person:japarov", names: names("جباروف", "Japarov"), sources: src },
      { id: "person:zas", names: names("زاس", "Zas"), sources: src },
      { id: "person:tasmagambetov", names: names("تاسماغامبيتوف", "Tasmagambetov"), sources: src },
    ],
    organizations: [{ id: "org:csto", names: names("منظمة معاهدة الأمن الجماعي", "CSTO"), sources: src }],
    memberships: [
      {
        state: "state:KAZ",
        events: [
          { date: "1992-05-15", type: "signed", sources: src },
          { date: "1994-04-20", type: "joined", sources: src },
        ],
        sources: [],
      },
    ],
    sessions: [
      {
        id: "session:2024-11-28-astana",
        date: "2024-11-28",
        city: "city:astana",
        kind: "regular",
        format: "in-person",
        status: "held",
        chair: "state:KAZ",
        attendees: ["person:tokayev", "person:japarov"],
        sources: src,
      },
    ],
    chairmanships: [
      { state: "state:KAZ", from: "2023-11-23", to: "2024-11-28", sources: src },
      { state: "state:KGZ", from: "2024-11-28", to: null as string | null, sources: src },
    ],
    secretaryGeneralTerms: [
      { person: "person:zas", state: "state:BLR", from: "2020-01-01", to: "2023-01-01", sources: src },
      {
        person: "person:tasmagambetov",
        state: "state:KAZ",
        from: "2023-01-01",
        to: null as string | null,
        sources: src,
      },
    ],
    leaderTerms: [
      {
        person: "person:tokayev",
        state: "state:KAZ",
        office: "president",
        from: "2019-03-20",
        to: null as string | null,
        sources: src,
      },
    ],
    initiatives: [
      {
        id: "initiative:test",
        date: "2024-11-28",
        session: "session:2024-11-28-astana",
        kind: "decision",
        title: { en: "A decision" },
        sources: src,
      },
    ],
    sources: [
      {
        id: "src:test-1",
        url: "https://example.org/a",
        title: "A",
        publisher: "Example",
        lang: "en",
        published: "2024-11-28" as string | undefined,
        accessed: "2024-12-01",
        archived: undefined as string | undefined,
      },
    ],
  };
}

function codesOf(input: unknown): ProblemCode[] {
  const result = validateDataset(input);
  return result.ok ? [] : result.problems.map((problem) => problem.code);
}

function problemsOf(input: unknown) {
  const result = validateDataset(input);
  return result.ok ? [] : result.problems;
}

describe("validateDataset", () => {
  it("accepts a valid dataset", () => {
    // The secretary-general from Belarus needs the state; add it so only real rules apply.
    const data = tiny();
    data.secretaryGeneralTerms[0]!.state = "state:KAZ";
    expect(validateDataset(data)).toEqual({ ok: true });
  });

  it("needs the dataset as an argument (it never imports the shipped data itself)", () => {
    const source = readFileSync(new URL("./validate-dataset.ts", import.meta.url), "utf8");
    // release.js holds only the version and asOf; no collection may be imported.
    expect(source).not.toMatch(/from "\.\.\/data\/(?!release\.js")/);
    expect(validateDataset(undefined).ok).toBe(false);
  });

  it("reports dangling references with the path of the reference", () => {
    const problems = problemsOf(tiny());
    expect(problems).toEqual([
      {
        collection: "secretaryGeneralTerms",
        id: "person:zas@2020-01-01",
        path: "secretaryGeneralTerms[0].state",
        code: "dangling-reference",
        message: "state:BLR is not in states",
      },
    ]);
  });

  function broken(edit: (data: ReturnType<typeof tiny>) => void): ReturnType<typeof tiny> {
    const data = tiny();
    data.secretaryGeneralTerms[0]!.state = "state:KAZ";
    edit(data);
    return data;
  }

  it("reports schema issues with zod's issue and a path", () => {
    const data = broken((d) => {
      (d.sessions[0] as Record<string, unknown>).kind = "summit";
      (d.sessions[0] as Record<string, unknown>).attendees = ["person:tokayev", 7];
    });
    const problems = problemsOf(data);
    expect(problems.map((p) => [p.code, p.path, p.id])).toEqual([
      ["schema", "sessions[0].kind", "session:2024-11-28-astana"],
      ["schema", "sessions[0].attendees[1]", "session:2024-11-28-astana"],
      // The session failed its schema, so the initiative's reference to it still resolves.
    ]);
    expect(problems[0]!.issue?.code).toBe("invalid_value");
  });

  it("reports impossible dates", () => {
    const data = broken((d) => {
      d.sessions[0]!.date = "2024-02-30";
    });
    expect(problemsOf(data).map((p) => [p.code, p.path])).toEqual([["schema", "sessions[0].date"]]);
  });

  it("reports unknown keys, the usual typo in hand-edited files", () => {
    const data = broken((d) => {
      (d.sessions[0] as Record<string, unknown>).atendees = [];
      (d.states[0]!.names as Record<string, unknown>).fr = ["Kazakhstan"];
      (d as Record<string, unknown>).presidents = [];
    });
    expect(problemsOf(data).map((p) => [p.code, p.path])).toEqual([
      ["unknown-key", "presidents"],
      ["unknown-key", "states[0].names.fr"],
      ["unknown-key", "sessions[0].atendees"],
    ]);
  });

  it("reports duplicate ids", () => {
    const data = broken((d) => {
      d.persons.push({ ...d.persons[0]! });
      d.memberships.push({ ...d.memberships[0]! });
    });
    expect(problemsOf(data).map((p) => [p.code, p.path, p.id])).toEqual([
      ["duplicate-id", "persons[4].id", "person:tokayev"],
      ["duplicate-id", "memberships[1].state", "state:KAZ"],
    ]);
  });

  it("reports dangling person, city, session and source ids, also in notes", () => {
    const data = broken((d) => {
      d.sessions[0]!.attendees.push("person:nobody");
      d.cities[0]!.state = "state:XXX";
      d.initiatives[0]!.session = "session:2024-11-29-astana";
      (d.leaderTerms[0] as Record<string, unknown>).notes = ["Some say otherwise (src:missing-1)."];
      d.memberships[0]!.events[0]!.sources = ["src:missing-2"];
    });
    expect(problemsOf(data).map((p) => [p.code, p.path, p.message])).toEqual([
      ["dangling-reference", "cities[0].state", "state:XXX is not in states"],
      ["dangling-reference", "memberships[0].events[0].sources[0]", "src:missing-2 is not in sources"],
      ["dangling-reference", "sessions[0].attendees[2]", "person:nobody is not in persons"],
      ["dangling-reference", "leaderTerms[0].notes[0]", "src:missing-1 is not in sources"],
      ["dangling-reference", "initiatives[0].session", "session:2024-11-29-astana is not in sessions"],
    ]);
  });

  it("reports records and membership events without sources", () => {
    const data = broken((d) => {
      d.persons[1]!.sources = [];
      d.memberships[0]!.events[1]!.sources = [];
    });
    expect(problemsOf(data).map((p) => [p.code, p.path])).toEqual([
      ["unsourced", "persons[1].sources"],
      ["unsourced", "memberships[0].events[1].sources"],
    ]);
  });

  it("reports a membership with no source at all", () => {
    const data = broken((d) => {
      for (const event of d.memberships[0]!.events) event.sources = [];
    });
    expect(codesOf(data)).toEqual(["unsourced", "unsourced", "unsourced"]);
  });

  it("reports overlapping secretary-general and leader terms, and inverted periods", () => {
    const data = broken((d) => {
      d.secretaryGeneralTerms[0]!.to = "2023-06-01";
      d.leaderTerms.push({ ...d.leaderTerms[0]!, person: "person:japarov", from: "2024", to: "2025" });
      d.leaderTerms.push({ ...d.leaderTerms[0]!, office: "prime-minister", from: "2024-05-01", to: "2024-04-01" });
    });
    expect(problemsOf(data).map((p) => [p.code, p.path])).toEqual([
      ["invalid-period", "leaderTerms[2].to"],
      ["overlapping-terms", "secretaryGeneralTerms[1].from"],
      ["overlapping-terms", "leaderTerms[1].from"],
    ]);
  });

  it("does not call terms that meet on the hand-over day, or only might overlap, overlapping", () => {
    const data = broken((d) => {
      // Month precision: the successor took office some day in 2023-01, maybe the same day.
      d.secretaryGeneralTerms[0]!.to = "2023-01";
    });
    expect(codesOf(data)).toEqual([]);
  });

  it("reports chairmanships that do not follow each other", () => {
    const data = broken((d) => {
      d.chairmanships[1]!.from = "2024-12-01";
    });
    expect(problemsOf(data).map((p) => [p.code, p.path, p.message])).toEqual([
      [
        "chairmanship-gap",
        "chairmanships[0].to",
        "ends 2024-11-28 but the next chairmanship (chairmanships[1], state:KGZ) begins 2024-12-01",
      ],
    ]);
  });

  it("accepts either state as the chair of a hand-over session, and only the chairing one otherwise", () => {
    const handOver = broken((d) => {
      d.sessions[0]!.chair = "state:KGZ";
    });
    expect(codesOf(handOver)).toEqual([]);
    const later = broken((d) => {
      d.sessions[0]!.chair = "state:KAZ";
      d.sessions[0]!.date = "2024-12-05";
      d.sessions[0]!.id = "session:2024-12-05-astana";
      d.initiatives[0]!.session = "session:2024-12-05-astana";
    });
    expect(problemsOf(later).map((p) => [p.code, p.path, p.message])).toEqual([
      ["chair-mismatch", "sessions[0].chair", "Chair state:KAZ, but state:KGZ chaired on 2024-12-05"],
    ]);
  });

  it("reports session ids that do not match date and city", () => {
    const data = broken((d) => {
      d.sessions[0]!.city = "city:bishkek";
    });
    expect(problemsOf(data).map((p) => [p.code, p.message])).toEqual([
      ["session-id-mismatch", "Expected session:2024-11-28-bishkek from date and city"],
    ]);
  });

  it("reports membership events out of date order", () => {
    const data = broken((d) => {
      d.memberships[0]!.events.reverse();
    });
    expect(problemsOf(data).map((p) => [p.code, p.path])).toEqual([
      ["unsorted-events", "memberships[0].events[1].date"],
    ]);
  });

  it("reports garbage containers without throwing", () => {
    expect(problemsOf(null)).toEqual([
      { collection: "dataset", path: "", code: "invalid-input", message: "The dataset must be an object, got null" },
    ]);
    expect(codesOf([])).toEqual(["invalid-input"]);
    expect(codesOf("dataset")).toEqual(["invalid-input"]);
    const partial = codesOf({ states: 3, cities: [null, 1, "x"] });
    expect(partial.slice(0, 5)).toEqual([
      "invalid-input",
      "invalid-input",
      "invalid-input",
      "invalid-input",
      "missing-collection",
    ]);
    expect(partial.filter((code) => code === "missing-collection")).toHaveLength(9);
  });

  it("survives input that throws while being read", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no keys for you");
        },
      },
    );
    expect(problemsOf(hostile).map((p) => p.code)).toEqual(["invalid-input"]);
  });

  it("never throws on arbitrary JSON, at the top or inside collections", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateDataset(value);
        return result.ok === false && result.problems.length > 0;
      }),
      { numRuns: 300 },
    );
    const collectionNames = Object.keys(tiny()) as (keyof Dataset)[];
    fc.assert(
      fc.property(fc.constantFrom(...collectionNames), fc.array(fc.jsonValue(), { maxLength: 5 }), (name, records) => {
        const data: Record<string, unknown> = broken(() => {});
        data[name] = records;
        const result = validateDataset(data);
        return result.ok || result.problems.every((p) => typeof p.path === "string" && p.message.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on records with arbitrary field values", () => {
    const base = tiny();
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(base) as (keyof typeof base)[])),
        fc.string(),
        fc.jsonValue(),
        (name, key, value) => {
          const data = broken(() => {});
          const record = { ...(data[name][0] as Record<string, unknown>) };
          const keys = Object.keys(record);
          record[fc.sample(fc.constantFrom(...keys, key), 1)[0]!] = value;
          (data as Record<string, unknown[]>)[name] = [record, ...data[name].slice(1)];
          return typeof validateDataset(data).ok === "boolean";
        },
      ),
      { numRuns: 300 },
    );
  });
  it("checks the format of a source's accessed day and archived copy", () => {
    const data = broken((d) => {
      d.sources[0]!.accessed = "2024-12";
      d.sources[0]!.archived = "web.archive.org/web/2024/https://example.org/a";
    });
    expect(problemsOf(data).map((p) => [p.code, p.path])).toEqual([
      ["schema", "sources[0].accessed"],
      ["schema", "sources[0].archived"],
    ]);
    const missing = broken((d) => {
      delete (d.sources[0] as Record<string, unknown>).accessed;
      d.sources[0]!.archived = "https://web.archive.org/web/20241201000000/https://example.org/a";
    });
    expect(problemsOf(missing).map((p) => [p.code, p.path])).toEqual([["schema", "sources[0].accessed"]]);
  });

  it("reports a source read before it was published or after asOf", () => {
    const early = broken((d) => {
      d.sources[0]!.accessed = "2024-11-27";
    });
    expect(problemsOf(early).map((p) => [p.code, p.path])).toEqual([["invalid-accessed", "sources[0].accessed"]]);
    const late = broken((d) => {
      d.sources[0]!.published = undefined;
      d.sources[0]!.accessed = "9999-12-31";
    });
    expect(problemsOf(late).map((p) => p.code)).toEqual(["invalid-accessed"]);
    // A partial publication date only counts when every day it may mean is after the reading.
    const partial = broken((d) => {
      d.sources[0]!.published = "2024-12";
      d.sources[0]!.accessed = "2024-12-01";
    });
    expect(problemsOf(partial)).toEqual([]);
  });

  it("reports a session still scheduled although its date is before asOf", () => {
    const stale = broken((d) => {
      (d.sessions[0] as Record<string, unknown>).status = "scheduled";
    });
    const problems = problemsOf(stale);
    expect(problems.map((p) => [p.code, p.path, p.id])).toEqual([
      ["stale-scheduled", "sessions[0].status", "session:2024-11-28-astana"],
    ]);
    expect(problems[0]!.message).toContain(asOf);
    const unconfirmed = broken((d) => {
      (d.sessions[0] as Record<string, unknown>).status = "unconfirmed";
    });
    expect(problemsOf(unconfirmed)).toEqual([]);
  });

  it("accepts a scheduled session on or after asOf", () => {
    const future = broken((d) => {
      const session = d.sessions[0] as Record<string, unknown>;
      session.status = "scheduled";
      session.date = asOf;
      session.id = `session:${asOf}-astana`;
      session.chair = "state:KGZ";
      d.initiatives[0]!.session = `session:${asOf}-astana`;
    });
    expect(problemsOf(future)).toEqual([]);
  });

  it("requires a note on a session marked uncertain", () => {
    const bare = broken((d) => {
      (d.sessions[0] as Record<string, unknown>).certainty = "uncertain";
    });
    expect(problemsOf(bare).map((p) => [p.code, p.path])).toEqual([
      ["unexplained-uncertainty", "sessions[0].certainty"],
    ]);
    const explained = broken((d) => {
      const session = d.sessions[0] as Record<string, unknown>;
      session.certainty = "uncertain";
      session.notes = ["The only source may describe another meeting."];
    });
    expect(problemsOf(explained)).toEqual([]);
    const wrong = broken((d) => {
      (d.sessions[0] as Record<string, unknown>).certainty = "doubtful";
    });
    expect(problemsOf(wrong).map((p) => p.code)).toEqual(["schema"]);
  });

  it("accepts status-neutral membership events (ratified, statement)", () => {
    const data = broken((d) => {
      d.memberships[0]!.events.push(
        { date: "2025-01-10", type: "ratified", sources: ["src:test-1"] },
        { date: "2025-02-10", type: "statement", sources: ["src:test-1"] },
      );
    });
    expect(problemsOf(data)).toEqual([]);
  });
});
