import { isMainThread } from "node:worker_threads";
import { runBatchWorker } from "./batch/batch-worker.js";
import { runCli } from "./cli/run-cli.js";

// One entry file for both roles, so the built CLI is a single dist/cli.js and `--workers`
// works the same from sources (tsx) and from the bundle: a worker thread re-enters here.
if (isMainThread) {
  const exitCode = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    entryUrl: import.meta.url,
  });
  process.exitCode = exitCode;
} else {
  runBatchWorker();
}
