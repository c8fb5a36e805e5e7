// npm run test:scale: the batch stage on a real distributed engine. Copies the single-file
// bundle dist/csto-analyze.mjs into an empty temp dir (no node_modules anywhere above it), then
// runs dask_pipe.py, which starts a local Dask scheduler and worker processes on 127.0.0.1 and
// pipes partitions of a 20 MB corpus through the bundle with 1 and with 2 workers.
// Without Python's `distributed` (Debian: python3-distributed) it is skipped loudly, except in
// CI (CI=true), where it fails.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildAnalyzeBundle } from "../scripts/build-analyze-bundle.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const bundle = fileURLToPath(new URL("../dist/csto-analyze.mjs", import.meta.url));
const inCi = process.env.CI === "true";

// Debian's python3 first: a pyenv or venv python3 earlier on PATH does not see apt's packages.
const candidates = [process.env.CSTO_PYTHON, "/usr/bin/python3", "python3"].filter(Boolean);
const python = candidates.find(
  (candidate) => spawnSync(candidate, ["-c", "import distributed"], { stdio: "ignore" }).status === 0,
);
if (!python) {
  const message = `Python package "distributed" not found (tried ${candidates.join(", ")}); install Debian's python3-distributed`;
  if (inCi) {
    console.error(`test:scale: FAILED: ${message}`);
    process.exit(1);
  }
  console.error(`\n${"!".repeat(78)}\n!! test:scale SKIPPED: ${message}\n${"!".repeat(78)}\n`);
  process.exit(0);
}

if (!existsSync(bundle)) {
  console.error("test:scale: dist/csto-analyze.mjs missing, building it");
  await buildAnalyzeBundle(bundle);
}
const dir = mkdtempSync(join(tmpdir(), "csto-scale-"));
try {
  const copy = join(dir, "csto-analyze.mjs");
  copyFileSync(bundle, copy);
  const args = [join(here, "dask_pipe.py"), "--bundle", copy, "--node", process.execPath, ...process.argv.slice(2)];
  console.error(`test:scale: ${python} ${args.join(" ")}`);
  const run = spawnSync(python, args, { cwd: dir, stdio: "inherit" });
  const status = run.status ?? 1;
  console.error(
    status === 0 ? "test:scale: contract and 1→2 worker ratio hold" : `test:scale: FAILED (exit ${status})`,
  );
  process.exitCode = status;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
