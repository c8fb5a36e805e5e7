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
    expect(split("لله")).toEqual(["ل", "له", -1]);
  });

  it("asks three letters after an article that follows a bare preposition", () => {
    expect(split("بالغ")).toEqual(["", "بالغ", -1]);
    expect(split("وكالات")).toEqual(["و", "كالات", -1]);
    expect(split("وكاله")).toEqual(["و", "كاله", -1]);
    expect(split("بالرد")).toEqual(["", "بالرد", -1]);
    expect(split("الرد")).toEqual(["ال", "رد", 0]);
  });

  it("keeps a lexical ال", () => {
    expect(split("الله")).toEqual(["", "الله", -1]);
    expect(split("والذي")).toEqual(["و", "الذي", -1]);
  });

  it("stops the stack at a tatweel after the conjunction", () => {
    expect(split("فلاديمير")).toEqual(["فل", "اديمير", -1]);
    expect(split("فلاديمير", (k) => k === 1)).toEqual(["ف", "لاديمير", -1]);
  });
});
