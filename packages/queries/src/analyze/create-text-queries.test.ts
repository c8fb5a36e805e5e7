import { CstoError } from "@csto/arabic-text";
import type { Dataset } from "@csto/model";
import { dataset } from "@csto/model/data";
import { describe, expect, it } from "vitest";
import { createTextQueries } from "./create-text-queries.js";

// A tiny dataset: adding a variant to the data is all it takes for the linker to know it.
const tiny: Dataset = {
  ...dataset,
  states: dataset.states.filter((s) => s.id === "state:KGZ"),
  cities: dataset.cities
    .filter((c) => c.id === "city:bishkek")
    .map((c) => ({ ...c, names: { ...c.names, ar: [...c.names.ar, "بشكيكو"] } })),
  persons: [],
  organizations: [],
};

describe("createTextQueries", () => {
  it("links with the names of the dataset it is given", () => {
    const { linkEntities } = createTextQueries(tiny);
    expect(linkEntities("وصل إلى بشكيكو ثم موسكو").map((m) => m.id)).toEqual(["city:bishkek"]);
  });
  it("ranks the session an article reports first, with evidence", () => {
    const { analyzeArticle } = createTextQueries(dataset);
    const text = "انطلقت اليوم في بيشكيك قمة منظمة معاهدة الأمن الجماعي بمشاركة الرئيس الروسي فلاديمير بوتين.";
    const [best] = analyzeArticle(text, { published: "2025-11-27" }).sessions;
    expect(best?.session.id).toBe("session:2025-11-27-bishkek");
    expect(best?.evidence.map((e) => e.kind)).toEqual(
      expect.arrayContaining(["date", "city", "attendee", "published"]),
    );
    expect(best?.score).toBeGreaterThan(0.5);
    expect(best?.score).toBeLessThan(1);
  });
  it("finds the summit from the venue and a dated mention, not only the publication day", () => {
    const { analyzeArticle } = createTextQueries(dataset);
    const text = "وعقدت القمة اليوبيلية في موسكو في 16 مايو 2022 بحضور قادة الدول الست.";
    expect(analyzeArticle(text, { published: "2023-01-10" }).sessions[0]?.session.id).toBe("session:2022-05-16-moscow");
  });
  it("throws a CstoError when published is not a date", () => {
    const { analyzeArticle } = createTextQueries(dataset);
    expect(() => analyzeArticle("نص", { published: "yesterday" })).toThrow(CstoError);
    expect(() => analyzeArticle("نص", { published: "2025-02-30" })).toThrow(/published/);
  });
});

describe("analyzeArticle without textual evidence", () => {
  it("lists no session for text that names no date, place or leader, even on a summit day", () => {
    const { analyzeArticle } = createTextQueries(dataset);
    expect(analyzeArticle("x", { published: "2025-11-27" }).sessions).toEqual([]);
    expect(analyzeArticle("", { published: "2025-11-27" }).sessions).toEqual([]);
  });
});
