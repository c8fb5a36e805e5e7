import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataset } from "../data/index.js";
import { buildArtifacts, generatedFolders, regenerateCommand } from "./build-artifacts.js";

describe("generated artifacts (schema/*.json, csv/*, sql/*.sql)", () => {
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

  it.each(generatedFolders)("%s/ holds no file the generator no longer writes", (folder) => {
    const stale = readdirSync(new URL(`../../${folder}/`, import.meta.url)).filter(
      (name) => !files.has(`${folder}/${name}`),
    );
    expect(stale, `stale files; run \`${regenerateCommand}\``).toEqual([]);
  });
});
