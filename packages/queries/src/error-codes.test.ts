// Every declared CstoErrorCode is thrown somewhere and tested: the codes are read from the
// declaration itself, so a code added later without a trigger or a test fails here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CstoError, normalize } from "@csto/arabic-text";
import type { Dataset, StateId } from "@csto/model";
import { describe, expect, it } from "vitest";
import { chairOn, leaderOf, searchEntities } from "./bound-queries.js";
import { createQueries } from "./create-queries.js";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const declaration = readFileSync(join(repo, "packages/arabic-text/src/errors/csto-error.ts"), "utf8");
const union = /export type CstoErrorCode =([^;]*);/.exec(declaration)?.[1] ?? "";
const declared = [...union.matchAll(/"([A-Z_]+)"/g)].map((match) => match[1] as string);

// One misuse per code that this package can trigger directly.
const triggers: Record<string, () => unknown> = {
  INVALID_ARGUMENT: () => leaderOf(42 as unknown as StateId, "2025-01-01"),
  INVALID_DATE: () => chairOn("31/12/2024"),
  INVALID_OPTION: () => searchEntities("موسكو", { limit: -1 }),
  UNKNOWN_PROFILE: () => normalize("موسكو", "no-such-profile" as never),
  INVALID_DATASET: () => createQueries({} as Dataset),
  INVALID_INPUT: () => normalize(42 as unknown as string),
};

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "node_modules" || entry.name === "dist") return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? testFiles(path) : /\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe("error codes", () => {
  it("reads the declared codes", () => {
    expect(declared).toEqual(expect.arrayContaining(["INVALID_DATE", "INVALID_DATASET"]));
  });

  it.each(declared.filter((code) => code in triggers))("%s is thrown for its misuse", (code) => {
    let thrown: unknown;
    try {
      triggers[code]?.();
    } catch (error) {
      thrown = error;
    }
    expect(CstoError.is(thrown), `${code}: no CstoError thrown`).toBe(true);
    expect((thrown as CstoError).code).toBe(code);
  });

  it("every other declared code is asserted by a test of its package", () => {
    const others = declared.filter((code) => !(code in triggers));
    const self = fileURLToPath(import.meta.url);
    const tests = testFiles(join(repo, "packages"))
      .filter((path) => path !== self && !path.endsWith("csto-error.test.ts"))
      .map((path) => readFileSync(path, "utf8"));
    for (const code of others)
      expect(
        tests.some((text) => text.includes(`"${code}"`)),
        code,
      ).toBe(true);
  });
});
