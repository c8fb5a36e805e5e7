import { CstoError, findDates, MAX_INPUT_LENGTH, prepareText, tokenize } from "@csto/arabic-text";
import { dataset } from "@csto/model/data";
import { describe, expect, it } from "vitest";
import { createTextQueries } from "../analyze/create-text-queries.js";

const { linkEntities, searchEntities, analyzeArticle } = createTextQueries(dataset);

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (CstoError.is(error)) return error.code;
    throw error;
  }
  return undefined;
}

const article =
  "موسكو ـ أعلن الكرملين أن الرئيس فلاديمير بوتينُ سيزور بيشكيكـ يوم الخميس 27 نوفمبر 2025 " +
  "لحضور قمة منظمة معاهدة الأمن الجماعي مع الرئيس قاسم-جومارت توكاييف و بو\u200cتين.";

describe("linkEntities input", () => {
  it("gives the same mentions for a prepared document as for the string", () => {
    const doc = prepareText(article);
    const mentions = linkEntities(article);
    expect(linkEntities(doc)).toEqual(mentions);
    expect(mentions.map((m) => m.id)).toEqual(
      expect.arrayContaining(["city:moscow", "org:kremlin", "person:putin", "city:bishkek", "person:tokayev"]),
    );
  });

  it("ends a mention where the token of its last word ends (harakat and tatweel inside)", () => {
    const tokenEnds = new Set(tokenize(article).map((token) => token.end));
    const mentions = linkEntities(article);
    for (const mention of mentions) expect(tokenEnds).toContain(mention.end);
    expect(mentions.find((m) => m.id === "city:bishkek")?.text).toBe("بيشكيكـ");
    expect(mentions.find((m) => m.id === "person:putin")?.text).toBe("فلاديمير بوتينُ");
    const dateEnds = findDates(article, { ref: "2025-11-20" }).map((d) => d.end);
    for (const end of dateEnds) expect(tokenEnds).toContain(end);
  });

  it("still reads a name with a ZWNJ typed inside it as one word", () => {
    expect(linkEntities("بو\u200cتين").map((m) => [m.id, m.text])).toEqual([["person:putin", "بو\u200cتين"]]);
  });

  it("throws INVALID_INPUT for a non-string or a foreign document, INPUT_TOO_LARGE past the maximum", () => {
    for (const value of [undefined, null, 42, {}, [article], { ...prepareText(article) }]) {
      expect(codeOf(() => linkEntities(value as string))).toBe("INVALID_INPUT");
      expect(codeOf(() => analyzeArticle(value as string, { published: "2025-11-27" }))).toBe("INVALID_INPUT");
      expect(codeOf(() => searchEntities(value as string))).toBe("INVALID_INPUT");
    }
    const huge = " ".repeat(MAX_INPUT_LENGTH + 1);
    expect(codeOf(() => linkEntities(huge))).toBe("INPUT_TOO_LARGE");
    expect(codeOf(() => analyzeArticle(huge, { published: "2025-11-27" }))).toBe("INPUT_TOO_LARGE");
    expect(codeOf(() => searchEntities(huge))).toBe("INPUT_TOO_LARGE");
  });

  it("analyzeArticle gives the same analysis for a prepared document", () => {
    const options = { published: "2025-11-27" };
    expect(analyzeArticle(prepareText(article), options)).toEqual(analyzeArticle(article, options));
  });

  it("keeps the phrase ligatures out of mentions and bounded", () => {
    const mentions = linkEntities(`بوتين\uFDFA ${"\uFDFA".repeat(100_000)} موسكو`);
    expect(mentions.map((m) => [m.id, m.text])).toEqual([
      ["person:putin", "بوتين"],
      ["city:moscow", "موسكو"],
    ]);
  });
});

describe("searchEntities options", () => {
  it("reads limit and kinds as own properties only", () => {
    const polluted = Object.prototype as Record<string, unknown>;
    const clean = searchEntities("موسكو");
    polluted.limit = 0;
    polluted.kinds = ["person"];
    try {
      expect(searchEntities("موسكو")).toEqual(clean);
      expect(searchEntities("موسكو", {})).toEqual(clean);
    } finally {
      delete polluted.limit;
      delete polluted.kinds;
    }
    expect(clean[0]?.entity.id).toBe("city:moscow");
  });
});
