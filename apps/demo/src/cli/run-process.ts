import { isMainThread } from "node:worker_threads";
import { runBatchWorker } from "../batch/batch-worker.js";
import { runCli } from "./run-cli.js";
import { listenForStop } from "./stop-signals.js";

/**
 * Runs the CLI as this process: on the main thread with the process's streams, its signals and
 * its exit code; in a worker thread (`--workers`) as a batch worker. Both entry files
 * (`cli.ts`, `csto-analyze.ts`) call it with their own `import.meta.url`, so that worker threads
 * re-enter the file they were started from.
 */
export async function runProcess(args: readonly string[], entryUrl: string): Promise<void> {
  if (!isMainThread) {
    runBatchWorker();
    return;
  }
  // A broken stderr (2>&- or a closed pipe) must not turn into an uncaught 'error' event.
  process.stderr.on("error", () => {});
  const stop = listenForStop();
  const exitCode = await runCli(args, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    entryUrl,
    stop,
  });
  // Every line of output has been handed to stdout by now (runCli waits for it); exiting
  // explicitly ends a stopped run even if stdin or a socket still holds the event loop.
  if (stop.received !== undefined) process.exit(exitCode);
  stop.dispose();
  process.exitCode = exitCode;
}
