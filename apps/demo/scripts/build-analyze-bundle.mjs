// Builds dist/csto-analyze.mjs: the batch stage (`analyze --jsonl`) as one self-contained ES
// module — the libraries, the dataset, zod and cli-progress inlined — that runs with plain
// `node csto-analyze.mjs --jsonl -` on a machine without node_modules.

import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const appDir = fileURLToPath(new URL("..", import.meta.url));

/** Bundles src/csto-analyze.ts into `outfile` (default dist/csto-analyze.mjs). */
export async function buildAnalyzeBundle(outfile = `${appDir}dist/csto-analyze.mjs`) {
  await build({
    absWorkingDir: appDir,
    entryPoints: ["src/csto-analyze.ts"],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Workspace packages from their sources: the bundle does not depend on their dist/ builds.
    conditions: ["@csto/source"],
    legalComments: "none",
    logLevel: "warning",
    // cli-progress is CommonJS and calls require() on Node built-ins; give the ESM bundle one.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __cstoCreateRequire } from 'node:module';\nconst require = __cstoCreateRequire(import.meta.url);",
    },
  });
  return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outfile = await buildAnalyzeBundle(process.argv[2]);
  console.log(`built ${outfile}`);
}
