import { describe, expect, it } from "vitest";
import { CliError } from "../cli/cli-error.js";
import { lookupCity } from "./lookup-city.js";

describe("lookupCity", () => {
  it.each([
    ["city:bishkek", "city:bishkek"],
    ["bishkek", "city:bishkek"],
    ["Bishkek", "city:bishkek"],
    ["بشكيك", "city:bishkek"],
    ["Бишкек", "city:bishkek"],
    ["saint_petersburg", "city:saint_petersburg"],
    ["نور سلطان", "city:astana"],
    ["استانا", "city:astana"],
  ])("finds %s", (query, id) => {
    expect(lookupCity(query)).toBe(id);
  });

  it("rejects an unknown city with a usage error listing the slugs", () => {
    expect(() => lookupCity("Atlantis")).toThrowError(CliError);
    expect(() => lookupCity("Atlantis")).toThrowError(/unknown city "Atlantis" \(try: .*bishkek/);
  });
});
