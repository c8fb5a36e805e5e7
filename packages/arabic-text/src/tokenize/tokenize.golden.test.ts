import { describe, expect, it } from "vitest";
import { tokenizeCases } from "../__fixtures__/tokenize-cases.js";
import { type Token, tokenize } from "./tokenize.js";

/** The "surface = analysis" shorthand of the fixtures. */
function describeToken(token: Token): string {
  if (token.kind === "number") return `${token.text} = #${token.normalized}`;
  if (token.kind === "latin") return `${token.text} = @${token.normalized}`;
  return `${token.text} = ${token.prefix === undefined ? "" : `${token.prefix}+`}${token.base}`;
}

describe("tokenize golden cases", () => {
  it("has enough cases", () => {
    expect(tokenizeCases.length).toBeGreaterThanOrEqual(40);
  });

  for (const testCase of tokenizeCases) {
    it(testCase.why, () => {
      const tokens = tokenize(testCase.input);
      expect(tokens.map(describeToken)).toEqual(testCase.tokens);
      for (const token of tokens) expect(testCase.input.slice(token.start, token.end)).toBe(token.text);
    });
  }
});
