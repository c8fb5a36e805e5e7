import { describe, expect, it } from "vitest";
import { normalize } from "../normalize/normalize.js";
import { cliticLexicon } from "./clitic-lexicon.js";
import { isLexicalWord, isShortWord } from "./lexical-words.js";

describe("clitic lexicon", () => {
  it("lists at least 400 distinct words, each starting with a clitic letter or ال", () => {
    const folded = cliticLexicon.map((entry) => normalize(entry));
    expect(new Set(folded).size).toBe(cliticLexicon.length);
    expect(cliticLexicon.length).toBeGreaterThanOrEqual(400);
    for (const word of folded) {
      expect(word, word).toMatch(/^(?:[وفبكل]|ال)[\u0621-\u064A]{2,}$/);
    }
  });

  it("finds every entry in its search form", () => {
    for (const entry of cliticLexicon) expect(isLexicalWord(normalize(entry), 0), entry).toBe(true);
  });
});

describe("isLexicalWord", () => {
  it("reads the word from an offset", () => {
    expect(isLexicalWord("وبوتين", 1)).toBe(true);
    expect(isLexicalWord("وبوتين", 0)).toBe(false);
    expect(isLexicalWord("بوتين", 1)).toBe(false);
  });

  it("accepts inflection and pronoun endings", () => {
    expect(isLexicalWord("وزيرها", 0)).toBe(true);
    expect(isLexicalWord("كانوا", 0)).toBe(true);
    expect(isLexicalWord("بياناتها", 0)).toBe(true);
    expect(isLexicalWord("التزاماتهم", 0)).toBe(true);
  });

  it("turns a final ة of the stem into ت before endings", () => {
    expect(isLexicalWord("وزارته", 0)).toBe(true);
    expect(isLexicalWord("وزارات", 0)).toBe(true);
    expect(isLexicalWord("وزاريه", 0)).toBe(true);
    expect(isLexicalWord("كلمتها", 0)).toBe(true);
  });

  it("does not take a clitic plus a word for a lexicon word", () => {
    expect(isLexicalWord("لبيان", 0)).toBe(false);
    expect(isLexicalWord("بشكل", 0)).toBe(false);
    expect(isLexicalWord("وقال", 0)).toBe(false);
    expect(isLexicalWord("الرئيس", 0)).toBe(false);
  });

  it("never matches fewer than three letters", () => {
    expect(isLexicalWord("بي", 0)).toBe(false);
    expect(isLexicalWord("", 0)).toBe(false);
  });
});

describe("isShortWord", () => {
  it("knows the two-letter words each clitic stands before", () => {
    expect(isShortWord("وفي", 1, "afterConjunction")).toBe(true);
    expect(isShortWord("وقت", 1, "afterConjunction")).toBe(false);
    expect(isShortWord("بها", 1, "afterPreposition")).toBe(true);
    expect(isShortWord("كما", 1, "afterKaf")).toBe(true);
    expect(isShortWord("الرد", 2, "shortNouns")).toBe(true);
    expect(isShortWord("الاف", 2, "shortNouns")).toBe(false);
  });
});
