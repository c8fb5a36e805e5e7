import { isMainThread } from "node:worker_threads";
import { runBatchWorker } from "./batch/batch-worker.js";
import { runCli } from "./cli/run-cli.js";
import { listenForStop } from "./cli/stop-signals.js";

// Entry of the single-file batch stage `csto-analyze.mjs` (scripts/build-analyze-bundle.mjs):
// `node csto-analyze.mjs --jsonl -` is `csto-demo analyze --jsonl -` with every dependency
// inlined, for engines that pipe partitions through a process (Dask, Spark, Hadoop). A worker
// thread (--workers) re-enters this same file.
if (isMainThread) {
  process.stderr.on("error", () => {});
  const stop = listenForStop();
  const exitCode = await runCli(["analyze", ...process.argv.slice(2)], {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    entryUrl: import.meta.url,
    stop,
  });
  if (stop.received !== undefined) process.exit(exitCode);
  stop.dispose();
  process.exitCode = exitCode;
} else {
  runBatchWorker();
}
