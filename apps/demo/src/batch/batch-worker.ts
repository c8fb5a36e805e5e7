import { parentPort } from "node:worker_threads";
import { analyzeChunk, type LineChunk } from "./chunk-result.js";

/** Message from the pool to a worker. */
export interface WorkerTask extends LineChunk {
  readonly taskId: number;
}

/**
 * Test hook: a worker that receives a line containing this text dies, so tests can check that
 * only that line is lost. Unset in normal use. With `CSTO_DEMO_TEST_CRASH_MODE=oom` it really
 * runs out of memory (the pool then caps worker heaps at 64 MB so that takes a moment, not
 * gigabytes); otherwise it throws.
 */
export const crashHookVariable = "CSTO_DEMO_TEST_CRASH_WORKER_ON";
export const crashModeVariable = "CSTO_DEMO_TEST_CRASH_MODE";

/** Body of a batch worker thread: analyses chunks until the pool terminates it. */
export function runBatchWorker(): void {
  const port = parentPort;
  if (!port) throw new Error("runBatchWorker must run inside a worker thread");
  const crashOn = process.env[crashHookVariable];
  port.on("message", (task: WorkerTask) => {
    if (crashOn && task.lines.some((line) => line?.includes(crashOn))) {
      if (process.env[crashModeVariable] === "oom") exhaustMemory();
      throw new Error(`test hook ${crashHookVariable}: simulated worker crash`);
    }
    port.postMessage({ taskId: task.taskId, ...analyzeChunk(task) });
  });
}

function exhaustMemory(): never {
  const hoard: number[][] = [];
  for (;;) hoard.push(new Array(1 << 20).fill(hoard.length));
}
