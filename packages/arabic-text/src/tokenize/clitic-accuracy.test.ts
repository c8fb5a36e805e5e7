import { describe, expect, it } from "vitest";
import { cliticCases } from "../__fixtures__/tokenize-cases.js";
import { normalize } from "../normalize/normalize.js";
import { tokenize } from "./tokenize.js";

/** The "prefix+base" (or whole word) analysis of a one-word text. */
function analyse(word: string): string {
  const [token] = tokenize(word);
  if (token === undefined) return "";
  return token.prefix === undefined ? token.base : `${token.prefix}+${token.base}`;
}

/** The expected analysis, written in ordinary spelling, in search-normalized form. */
function expected(split: string): string {
  return split
    .split("+")
    .map((part) => normalize(part))
    .join("+");
}

describe("clitic golden list", () => {
  it("has at least 150 cases, about half of them without a proclitic", () => {
    expect(cliticCases.length).toBeGreaterThanOrEqual(150);
    const whole = cliticCases.filter((c) => !c.split.includes("+")).length;
    expect(whole / cliticCases.length).toBeGreaterThan(0.4);
    expect(whole / cliticCases.length).toBeLessThan(0.65);
  });

  it("analyses every case as expected", () => {
    const misses = cliticCases
      .map((c) => ({ word: c.word, got: analyse(c.word), want: expected(c.split), why: c.why }))
      .filter((row) => row.got !== row.want);
    const correct = cliticCases.length - misses.length;
    // The measure the README quotes: run this file to see it.
    console.log(`clitic golden list: ${correct}/${cliticCases.length} correct`);
    for (const miss of misses) console.log(`  ${miss.word}: got ${miss.got}, want ${miss.want} (${miss.why})`);
    expect(misses).toEqual([]);
  });
});
