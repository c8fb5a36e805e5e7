import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildAnalyzeBundle } from "../scripts/build-analyze-bundle.mjs";

let built: Promise<string> | undefined;
let builtIn: string | undefined;

/**
 * Builds csto-analyze.mjs once per test file into a fresh temp dir (no node_modules anywhere
 * above it), so tests prove the bundle is self-contained, and run fast: the bundle starts in a
 * fraction of the time tsx needs to compile the sources.
 */
export function analyzeBundle(): Promise<string> {
  built ??= mkdtemp(join(tmpdir(), "csto-analyze-bundle-")).then((dir) => {
    builtIn = dir;
    return buildAnalyzeBundle(join(dir, "csto-analyze.mjs")) as Promise<string>;
  });
  return built;
}

/** Deletes the bundle's temp dir (call from afterAll). */
export async function removeAnalyzeBundle(): Promise<void> {
  await built?.catch(() => undefined);
  if (builtIn !== undefined) await rm(builtIn, { recursive: true, force: true });
  built = undefined;
  builtIn = undefined;
}
