import { dataset } from "@csto/model/data";
import { describe, expect, it } from "vitest";
import { analyzeArticle, linkEntities, membersOn } from "./bound-queries.js";
import { createQueries } from "./create-queries.js";

describe("createQueries", () => {
  it("binds the temporal and the text queries to the dataset it is given", () => {
    const onlyRussia = createQueries({
      ...dataset,
      states: dataset.states.filter((state) => state.id === "state:RUS"),
      cities: [],
      persons: [],
      organizations: [],
    });
    expect(onlyRussia.membersOn("2025-01-01").map((state) => state.id)).toEqual(["state:RUS"]);
    expect(onlyRussia.linkEntities("التقى بوتين في موسكو وفد روسيا").map((m) => m.id)).toEqual(["state:RUS"]);
    expect(onlyRussia.searchEntities("Putin")).toEqual([]);
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
