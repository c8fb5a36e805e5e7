import { CstoError } from "@csto/arabic-text";
import type { Dataset } from "@csto/model";
import { dataset } from "@csto/model/data";
import { describe, expect, it } from "vitest";
import { analyzeArticle, linkEntities, membersOn } from "./bound-queries.js";
import { createQueries } from "./create-queries.js";

function thrown(call: () => unknown): CstoError | undefined {
  try {
    call();
  } catch (error) {
    if (CstoError.is(error)) return error;
    throw error;
  }
  return undefined;
}

describe("createQueries", () => {
  it("binds the temporal and the text queries to the dataset it is given", () => {
    // A valid edit of the shipped data: one leader renamed, one chairmanship moved.
    const edited = structuredClone(dataset) as Dataset;
    const putin = edited.persons.find((person) => person.id === "person:putin");
    if (putin === undefined) throw new Error("fixture: person:putin");
    Object.assign(putin, { names: { ar: ["زيد عمرو"], en: ["Zaid Amr"], ru: ["Заид Амр"] } });
    const queries = createQueries(edited);
    expect(queries.linkEntities("التقى زيد عمرو في موسكو").map((m) => m.id)).toEqual(["person:putin", "city:moscow"]);
    expect(queries.linkEntities("التقى بوتين في موسكو").map((m) => m.id)).toEqual(["city:moscow"]);
    expect(queries.searchEntities("Zaid Amr")[0]?.entity.id).toBe("person:putin");
    expect(queries.getEntity("person:putin")?.names.en).toEqual(["Zaid Amr"]);
    expect(queries.membersOn("2025-01-01")).toHaveLength(6);
  });

  it("backs the default-bound functions with the dataset of @csto/model", () => {
    expect(membersOn("2025-01-01")).toHaveLength(6);
    expect(linkEntities("وصل بوتين إلى بيشكيك").map((m) => m.id)).toEqual(["person:putin", "city:bishkek"]);
    const analysis = analyzeArticle("انطلقت اليوم في بيشكيك قمة منظمة معاهدة الأمن الجماعي", {
      published: "2025-11-27",
    });
    expect(analysis.sessions[0]?.session.id).toBe("session:2025-11-27-bishkek");
  });
});

describe("createQueries with an invalid dataset", () => {
  it("throws INVALID_DATASET naming the first problem, with every problem in cause", () => {
    const onlyRussia = {
      ...dataset,
      states: dataset.states.filter((state) => state.id === "state:RUS"),
      cities: [],
    } as Dataset;
    const error = thrown(() => createQueries(onlyRussia));
    expect(error?.code).toBe("INVALID_DATASET");
    expect(error?.message).toMatch(
      /^createQueries: invalid dataset: states\[0\]\.capital: city:moscow is not in cities/,
    );
    expect(Array.isArray(error?.cause) && error.cause.length > 1).toBe(true);
  });

  it("refuses what is not a dataset at all instead of failing later with a TypeError", () => {
    for (const bad of [{}, null, 42, "dataset", [], { ...dataset, sessions: "none" }]) {
      const error = thrown(() => createQueries(bad as Dataset));
      expect(error?.code, JSON.stringify(bad)?.slice(0, 40)).toBe("INVALID_DATASET");
      expect(error?.message).toMatch(/^createQueries: invalid dataset: \S/);
    }
  });

  it("uses the shipped dataset when given none, and accepts the shipped dataset passed in", () => {
    expect(createQueries().chairOn("2025-06-01")?.state).toBe("state:KGZ");
    expect(createQueries(dataset).chairOn("2025-06-01")?.state).toBe("state:KGZ");
  });
});

describe("shared records are frozen", () => {
  it("a caller editing a returned record cannot change later answers", () => {
    const queries = createQueries();
    const chair = queries.chairOn("2025-06-01");
    expect(chair?.state).toBe("state:KGZ");
    expect(() => Object.assign(chair as object, { state: "state:RUS" })).toThrowError(TypeError);
    const members = membersOn("2025-01-01");
    const names = members[0]?.names.ar as string[];
    expect(() => names.push("اسم")).toThrowError(TypeError);
    const attendees = queries.sessions()[0]?.attendees as string[];
    expect(() => {
      attendees.length = 0;
    }).toThrowError(TypeError);
    // The returned arrays are the caller's own copies; emptying one changes nothing.
    members.length = 0;
    expect(membersOn("2025-01-01")).toHaveLength(6);
    expect(queries.chairOn("2025-06-01")?.state).toBe("state:KGZ");
  });

  it("freezes a dataset passed to createQueries", () => {
    const copy = structuredClone(dataset) as Dataset;
    const first = copy.sessions[0];
    createQueries(copy);
    expect(Object.isFrozen(copy)).toBe(true);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.attendees)).toBe(true);
  });
});
