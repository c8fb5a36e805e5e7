import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IsoDay } from "../schemas/iso-date.js";
import { asOf, version } from "./index.js";

describe("the release of the data", () => {
  it("has an asOf day and the package's version", () => {
    expect(IsoDay.safeParse(asOf).success).toBe(true);
    const packageJson = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(version).toBe(packageJson.version);
    expect(version).toMatch(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/);
  });
});
