import { dataset } from "@csto/model/data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSearch } from "./search-entities.js";

const search = createSearch(dataset);
const top = (query: string) => search(query)[0]?.entity.id;

describe("searchEntities", () => {
  it("finds an entity from Arabic, English or Russian names", () => {
    expect(top("بوتين")).toBe("person:putin");
    expect(top("Putin")).toBe("person:putin");
    expect(top("Путин")).toBe("person:putin");
    expect(top("ОДКБ")).toBe("org:csto");
    expect(top("Nur-Sultan")).toBe("city:astana");
  });
  it("ignores hamza, diacritics and proclitics", () => {
    expect(top("ارمينيا")).toBe("state:ARM");
    expect(top("أَرْمِينِيَا")).toBe("state:ARM");
    expect(top("بموسكو")).toBe("city:moscow");
  });
  it("tolerates typos scaled to the length", () => {
    expect(top("Lukashenka")).toBe("person:lukashenko");
    expect(top("قيرغيزيستان")).toBe("state:KGZ");
    expect(top("Tokaev")).toBe("person:tokayev");
  });
  it("ranks best first with scores in [0, 1] and honours kinds and limit", () => {
    const results = search("Astana", { kinds: ["city"], limit: 3 });
    expect(results.length).toBeLessThanOrEqual(3);
    expect(results.every((r) => r.entity.id.startsWith("city:"))).toBe(true);
    expect(results[0]?.score).toBe(1);
  });
  it("returns nothing for empty or garbage queries", () => {
    expect(search("")).toEqual([]);
    expect(search("   !!! ")).toEqual([]);
    expect(search("zzqxv")).toEqual([]);
  });
  it("never throws on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (query) => {
        for (const r of search(query)) expect(r.score).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe("searchEntities precision", () => {
  it("does not return unrelated multi-word names for a long query", () => {
    const search = createSearch(dataset);
    expect(search("Bishkek").map((r) => r.entity.id)).toEqual(["city:bishkek"]);
    expect(search("zzzzzzz")).toEqual([]);
    expect(search("لوكاشنكو").map((r) => r.entity.id)).toEqual(["person:lukashenko"]);
  });

  it("still finds one word of a longer name with a typo", () => {
    const search = createSearch(dataset);
    expect(search("Lukashenka")[0]?.entity.id).toBe("person:lukashenko");
    expect(search("توكايف")[0]?.entity.id).toBe("person:tokayev");
  });
});
