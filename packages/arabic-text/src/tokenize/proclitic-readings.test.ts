import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { procliticReadings } from "./proclitic-readings.js";
import { tokenize } from "./tokenize.js";

const view = (word: string) => procliticReadings(word).map((r) => `${r.letters}${r.contracted ? "*" : ""}:${r.base}`);

describe("procliticReadings", () => {
  it("reads the conjunction, the preposition and the لل contraction, the word as written first", () => {
    expect(view("وبالامس")).toEqual(["0:وبالامس", "1:بالامس", "2:الامس"]);
    expect(view("للعام")).toEqual(["0:للعام", "1*:العام", "1:لعام"]);
    expect(view("وللكرملين")).toEqual(["0:وللكرملين", "1:للكرملين", "2*:الكرملين", "2:لكرملين"]);
    expect(view("فلروسيا")).toEqual(["0:فلروسيا", "1:لروسيا", "2:روسيا"]);
    expect(view("كموسكو")).toEqual(["0:كموسكو", "1:موسكو"]);
  });

  it("leaves at least two letters after a proclitic", () => {
    expect(view("وفي")).toEqual(["0:وفي", "1:في"]);
    expect(view("بها")).toEqual(["0:بها", "1:ها"]);
    expect(view("لله")).toEqual(["0:لله", "1:له"]);
    expect(view("في")).toEqual(["0:في"]);
    expect(view("")).toEqual(["0:"]);
  });

  it("contains the split the tokenizer chose for every word (one grammar for all readers)", () => {
    const letters = fc.constantFrom(..."وفبكلالمسنتيرهد");
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 9 }), (chars) => {
        for (const token of tokenize(chars.join(""))) {
          if (token.prefix === undefined) continue;
          const bases = procliticReadings(token.normalized).map((r) => r.base);
          // The tokenizer may also take the article off; the readings leave it on the base.
          expect(bases.includes(token.base) || bases.includes(`\u0627\u0644${token.base}`)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
