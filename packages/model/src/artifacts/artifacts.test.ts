import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataset } from "../data/index.js";
import { buildArtifacts, regenerateCommand } from "./build-artifacts.js";

describe("generated artifacts (schema/*.json, csv/*.csv)", () => {
  const files = buildArtifacts(dataset);

  it.each([...files.keys()])("%s is up to date", (path) => {
    let committed: string | undefined;
    try {
      committed = readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
    } catch {
      committed = undefined;
    }
    // A plain boolean keeps the failure short: the fix is to regenerate, not to read a diff.
    expect(
      committed === files.get(path),
      `${path} differs from what the schemas and data/*.json generate; run \`${regenerateCommand}\` and commit`,
    ).toBe(true);
  });
});
