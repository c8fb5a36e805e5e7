import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.js";

function surfaces(text: string) {
  return tokenize(text).map((token) => token.text);
}

describe("tokenize", () => {
  it("reports original offsets and keeps harakat inside the token", () => {
    const input = "\u200Fوأكّدَ الرئيسُ";
    const tokens = tokenize(input);
    expect(tokens.map((t) => [t.text, t.start, t.end])).toEqual([
      ["وأكّدَ", 1, 7],
      ["الرئيسُ", 8, 15],
    ]);
    for (const token of tokens) expect(input.slice(token.start, token.end)).toBe(token.text);
  });

  it("gives the search form, the prefix and the base", () => {
    const [token] = tokenize("والكرملينِ");
    expect(token).toMatchObject({ normalized: "والكرملين", prefix: "وال", base: "كرملين", kind: "word" });
    expect(token!.baseStart).toBe(3);
    expect(token!.articleStart).toBe(1);
  });

  it("splits a clitic separated by tatweel", () => {
    const [token] = tokenize("بـطاجيكستان");
    expect(token).toMatchObject({ text: "بـطاجيكستان", prefix: "ب", base: "طاجيكستان", baseStart: 2 });
  });

  it("handles the لل contraction", () => {
    const [token] = tokenize("للاتحاد");
    expect(token).toMatchObject({ prefix: "لل", base: "اتحاد", articleStart: 0, baseStart: 2 });
  });

  it("has no prefix when nothing is stripped", () => {
    const [token] = tokenize("قمة");
    expect(token!.prefix).toBeUndefined();
    expect(token!.base).toBe("قمه");
    expect(token!.baseStart).toBe(0);
  });

  it("splits Arabic letters from glued digits, keeps Latin codes whole", () => {
    const tokens = tokenize("لعام2026 ١٤٤٧هـ G7 F-16");
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ["لعام", "word"],
      ["2026", "number"],
      ["١٤٤٧", "number"],
      ["هـ", "word"],
      ["G7", "latin"],
      ["F", "latin"],
      ["16", "number"],
    ]);
    expect(tokens[2]!.normalized).toBe("1447");
  });

  it("drops punctuation and bidi marks", () => {
    expect(surfaces("«موسكو» - (وكالات): \u200Eبيشكيك، ١٢/١١/٢٠٢٥.")).toEqual([
      "موسكو",
      "وكالات",
      "بيشكيك",
      "١٢",
      "١١",
      "٢٠٢٥",
    ]);
  });

  it("tokenizes Cyrillic and astral letters as latin", () => {
    expect(tokenize("ОДКБ 𝐀𝐁").map((t) => [t.text, t.kind, t.normalized])).toEqual([
      ["ОДКБ", "latin", "одкб"],
      ["𝐀𝐁", "latin", "𝐀𝐁"],
    ]);
  });

  it("maps a lam-alef ligature token to its single source unit", () => {
    const [token] = tokenize("ﻻ");
    expect(token).toMatchObject({ text: "ﻻ", start: 0, end: 1, normalized: "لا" });
  });

  it("accepts empty, whitespace and lone surrogates", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize(" \n\u00A0")).toEqual([]);
    expect(surfaces("\uD800قمة\uDC00")).toEqual(["قمة"]);
  });

  it("keeps ﷺ ﷻ ﷽ out of tokens: no token inside them, none glued to the word before", () => {
    const input = "النبي محمدﷺ والله ﷻ ﷽ بيان";
    const tokens = tokenize(input);
    expect(tokens.map((t) => [t.text, t.start, t.end])).toEqual([
      ["النبي", 0, 5],
      ["محمد", 6, 10],
      ["والله", 12, 17],
      ["بيان", 22, 26],
    ]);
  });

  it("keeps memory and tokens bounded on a long run of phrase ligatures", () => {
    expect(tokenize("\uFDFA".repeat(200_000))).toEqual([]);
    const spaced = tokenize("\uFDFA \uFDF2 ".repeat(50_000));
    // One token per ﷲ (الله), none from ﷺ.
    expect(spaced.length).toBe(50_000);
    expect(spaced[1]).toMatchObject({ text: "\uFDF2", start: 6, end: 7, normalized: "الله" });
  });

  it("ends a word after its tatweel, harakat and Quranic marks, as date and entity mentions do", () => {
    const input = "يومَ الخميسِۖ وموسكوـ، غداًۚ";
    expect(tokenize(input).map((t) => t.text)).toEqual(["يومَ", "الخميسِۖ", "وموسكوـ", "غداًۚ"]);
  });
});
