// The shipped dataset: every file in canonical form, every record valid, every rule of
// validateDataset satisfied. A failure lists the records at fault.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatCollection } from "../../scripts/data-format.mjs";
import { collections, recordSchemas } from "../schemas/collections.js";
import type { Problem, ProblemCode } from "../validate/problem.js";
import { validateDataset } from "../validate/validate-dataset.js";
import { dataset } from "./index.js";

const problems: Problem[] = (() => {
  const result = validateDataset(dataset);
  return result.ok ? [] : result.problems;
})();

function problemsWith(...codes: ProblemCode[]): string[] {
  return problems
    .filter((problem) => codes.includes(problem.code))
    .map((problem) => `${problem.path} (${problem.id ?? "?"}): ${problem.message}`);
}

describe.each(collections)("data/%s.json", (collection) => {
  const text = readFileSync(new URL(`../../data/${collection}.json`, import.meta.url), "utf8");

  it("is in canonical form (schema key order, 2-space indent)", () => {
    expect(text, "rewrite it with the merge script or by hand in schema key order").toBe(
      formatCollection(collection, JSON.parse(text)),
    );
  });

  it("is what the data module exports", () => {
    expect(dataset[collection]).toEqual(JSON.parse(text));
  });

  it("parses with its schema, without unknown keys", () => {
    const schema = recordSchemas[collection];
    for (const record of dataset[collection]) expect(schema.safeParse(record).error?.issues ?? []).toEqual([]);
    expect(problemsWith("schema", "unknown-key", "invalid-input").filter((p) => p.startsWith(collection))).toEqual([]);
  });
});

describe("the dataset", () => {
  it("has every collection filled", () => {
    for (const collection of collections) expect(dataset[collection].length, collection).toBeGreaterThan(0);
  });

  it("has the nine states of the contract", () => {
    expect(dataset.states.map((state) => state.id).sort()).toEqual([
      "state:ARM",
      "state:AZE",
      "state:BLR",
      "state:GEO",
      "state:KAZ",
      "state:KGZ",
      "state:RUS",
      "state:TJK",
      "state:UZB",
    ]);
  });

  it("has unique ids", () => {
    expect(problemsWith("duplicate-id")).toEqual([]);
  });

  it("has references that resolve", () => {
    expect(problemsWith("dangling-reference")).toEqual([]);
  });

  it("cites a source for every record", () => {
    expect(problemsWith("unsourced")).toEqual([]);
  });

  it("has periods that end after they begin and terms that do not overlap", () => {
    expect(problemsWith("invalid-period", "overlapping-terms")).toEqual([]);
  });

  it("has contiguous chairmanships", () => {
    expect(problemsWith("chairmanship-gap")).toEqual([]);
  });

  it("has session chairs that agree with the chairmanships and ids derived from date and city", () => {
    expect(problemsWith("chair-mismatch", "session-id-mismatch")).toEqual([]);
  });

  it("has membership events in date order", () => {
    expect(problemsWith("unsorted-events")).toEqual([]);
  });

  it("has the record counts the README states", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const stated = Object.fromEntries(
      collections.map((name) => [name, Number(new RegExp(`^\\| ${name} +\\| (\\d+) +\\|$`, "m").exec(readme)?.[1])]),
    );
    const actual = Object.fromEntries(collections.map((name) => [name, dataset[name].length]));
    expect(stated, "run `npm run generate -w @csto/model` to update the counts in README.md").toEqual(actual);
  });

  it("passes validateDataset as a whole", () => {
    expect(problems.map((problem) => `${problem.code} ${problem.path}: ${problem.message}`)).toEqual([]);
  });
});
