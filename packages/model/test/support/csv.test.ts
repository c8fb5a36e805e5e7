import { describe, expect, it } from "vitest";
import { csvCell } from "../../src/artifacts/to-table-csv.js";
import { parseCsv } from "./csv.js";

describe("parseCsv", () => {
  it("reads back what the generator quotes", () => {
    const values = ['He said "no", twice\nthen left', "plain", "", "قزقستان, الأستانة", "a\\b"];
    expect(parseCsv(`${values.map((value) => csvCell(value === "" ? null : value)).join(",")}\n`)).toEqual([values]);
  });
});
