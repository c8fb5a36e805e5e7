import { parentPort } from "node:worker_threads";
import { analyzeChunk, type LineChunk } from "./chunk-result.js";

/** Message from the pool to a worker. */
export interface WorkerTask extends LineChunk {
  readonly taskId: number;
}

/** Body of a batch worker thread: analyses chunks until the pool terminates it. */
export function runBatchWorker(): void {
  const port = parentPort;
  if (!port) throw new Error("runBatchWorker must run inside a worker thread");
  port.on("message", (task: WorkerTask) => {
    port.postMessage({ taskId: task.taskId, ...analyzeChunk(task) });
  });
}
