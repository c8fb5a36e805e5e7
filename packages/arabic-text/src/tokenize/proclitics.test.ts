import { describe, expect, it } from "vitest";
import { splitProclitics } from "./proclitics.js";

const noTatweel = () => false;

function split(word: string, tatweelAfter: (k: number) => boolean = noTatweel) {
  const { prefixLength, articleAt } = splitProclitics(word, tatweelAfter);
  return [word.slice(0, prefixLength), word.slice(prefixLength), articleAt];
}

describe("splitProclitics", () => {
  it("strips conjunction, preposition and article stacks", () => {
    expect(split("والكرملين")).toEqual(["وال", "كرملين", 1]);
    expect(split("بالامس")).toEqual(["بال", "امس", 1]);
    expect(split("وبموسكو")).toEqual(["وب", "موسكو", -1]);
    expect(split("فلروسيا")).toEqual(["فل", "روسيا", -1]);
    expect(split("كالعاده")).toEqual(["كال", "عاده", 1]);
    expect(split("الرئيس")).toEqual(["ال", "رئيس", 0]);
  });

  it("treats لل as ل + ال", () => {
    expect(split("للكرملين")).toEqual(["لل", "كرملين", 0]);
    expect(split("وللاتحاد")).toEqual(["ولل", "اتحاد", 1]);
  });

  it("leaves at least two letters of base", () => {
    expect(split("به")).toEqual(["", "به", -1]);
    expect(split("وله")).toEqual(["و", "له", -1]);
    expect(split("لن")).toEqual(["", "لن", -1]);
    expect(split("الي")).toEqual(["", "الي", -1]);
    expect(split("لله")).toEqual(["", "لله", -1]);
  });

  it("asks three letters after an article, or two of a known short noun", () => {
    expect(split("بالغ")).toEqual(["", "بالغ", -1]);
    expect(split("بالغه")).toEqual(["", "بالغه", -1]);
    expect(split("وكالات")).toEqual(["", "وكالات", -1]);
    expect(split("ووكالات")).toEqual(["و", "وكالات", -1]);
    expect(split("بالرد")).toEqual(["بال", "رد", 1]);
    expect(split("الرد")).toEqual(["ال", "رد", 0]);
    expect(split("الاف")).toEqual(["", "الاف", -1]);
    expect(split("اليوم")).toEqual(["ال", "يوم", 0]);
  });

  it("keeps lexicon words whole and strips only the clitics before them", () => {
    expect(split("بوتين")).toEqual(["", "بوتين", -1]);
    expect(split("وبوتين")).toEqual(["و", "بوتين", -1]);
    expect(split("لبوتين")).toEqual(["ل", "بوتين", -1]);
    expect(split("وزارتها")).toEqual(["", "وزارتها", -1]);
    expect(split("كانت")).toEqual(["", "كانت", -1]);
    expect(split("وكانت")).toEqual(["و", "كانت", -1]);
    expect(split("المانيا")).toEqual(["", "المانيا", -1]);
    expect(split("بالمانيا")).toEqual(["ب", "المانيا", -1]);
    expect(split("لليبيا")).toEqual(["ل", "ليبيا", -1]);
    expect(split("للجنه")).toEqual(["ل", "لجنه", -1]);
  });

  it("strips و/ف before two letters only when they form a small word", () => {
    expect(split("وفي")).toEqual(["و", "في", -1]);
    expect(split("فلا")).toEqual(["ف", "لا", -1]);
    expect(split("وقت")).toEqual(["", "وقت", -1]);
    expect(split("وفد")).toEqual(["", "وفد", -1]);
    expect(split("فيه")).toEqual(["", "فيه", -1]);
  });

  it("asks more letters after a bare ك than after ب or ل", () => {
    expect(split("بشكل")).toEqual(["ب", "شكل", -1]);
    expect(split("لعام")).toEqual(["ل", "عام", -1]);
    expect(split("كرئيس")).toEqual(["ك", "رئيس", -1]);
    expect(split("كشفت")).toEqual(["", "كشفت", -1]);
    expect(split("كما")).toEqual(["ك", "ما", -1]);
    expect(split("بها")).toEqual(["ب", "ها", -1]);
    expect(split("لكن")).toEqual(["", "لكن", -1]);
  });

  it("keeps a lexical ال", () => {
    expect(split("الله")).toEqual(["", "الله", -1]);
    expect(split("والذي")).toEqual(["و", "الذي", -1]);
  });

  it("stops the stack at a tatweel after the conjunction, except in a lexicon word", () => {
    expect(split("فلورنسا")).toEqual(["فل", "ورنسا", -1]);
    expect(split("فلورنسا", (k) => k === 1)).toEqual(["ف", "لورنسا", -1]);
    expect(split("والكرملين", (k) => k === 1)).toEqual(["وال", "كرملين", 1]);
    expect(split("فلاديمير", (k) => k === 1)).toEqual(["", "فلاديمير", -1]);
  });

  it("lets a tatweel confirm a preposition", () => {
    expect(split("بطاجيكستان", (k) => k === 1)).toEqual(["ب", "طاجيكستان", -1]);
    expect(split("كحل", (k) => k === 1)).toEqual(["ك", "حل", -1]);
    expect(split("كحل")).toEqual(["", "كحل", -1]);
  });
});
