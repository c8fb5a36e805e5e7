import { isMainThread } from "node:worker_threads";
import { runBatchWorker } from "./batch/batch-worker.js";
import { runCli } from "./cli/run-cli.js";
import { listenForStop } from "./cli/stop-signals.js";

// One entry file for both roles, so the built CLI is a single dist/cli.js and `--workers`
// works the same from sources (tsx) and from the bundle: a worker thread re-enters here.
if (isMainThread) {
  // A broken stderr (2>&- or a closed pipe) must not turn into an uncaught 'error' event.
  process.stderr.on("error", () => {});
  const stop = listenForStop();
  const exitCode = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    entryUrl: import.meta.url,
    stop,
  });
  // Every line of output has been handed to stdout by now (runCli waits for it); exiting
  // explicitly ends a stopped run even if stdin or a socket still holds the event loop.
  if (stop.received !== undefined) process.exit(exitCode);
  stop.dispose();
  process.exitCode = exitCode;
} else {
  runBatchWorker();
}
