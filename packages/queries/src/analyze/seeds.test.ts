import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkSeeds, seedsFolder } from "../../scripts/check-seeds.js";

// The seed articles are real news kept outside the repository: the check runs only where they are.
describe.skipIf(!existsSync(seedsFolder()))("seed articles", () => {
  it("each resolves to the summit it reports", () => {
    for (const result of checkSeeds()) expect(result.got, result.file).toBe(result.expected);
  });
});
