import { Worker } from "node:worker_threads";
import type { WorkerTask } from "./batch-worker.js";
import type { ChunkResult, LineChunk } from "./chunk-result.js";

interface Waiting {
  readonly resolve: (result: ChunkResult) => void;
  readonly reject: (error: Error) => void;
}

/**
 * A fixed set of worker threads running `analyzeChunk`. Results come back in any order; the
 * caller keeps the promises in input order, which is what preserves output order.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: WorkerTask[] = [];
  private readonly waiting = new Map<number, Waiting>();
  private readonly busy = new Map<Worker, number>();
  private nextTaskId = 0;

  constructor(size: number, entryUrl: string) {
    for (let index = 0; index < size; index++) {
      const worker = startWorker(entryUrl);
      worker.on("message", (message: ChunkResult & { taskId: number }) => this.settle(worker, message));
      worker.on("error", (error) => this.failAll(error));
      this.all.push(worker);
      this.idle.push(worker);
    }
  }

  /** Analyses one chunk on the next free worker. */
  run(chunk: LineChunk): Promise<ChunkResult> {
    const taskId = this.nextTaskId++;
    const promise = new Promise<ChunkResult>((resolve, reject) => this.waiting.set(taskId, { resolve, reject }));
    this.queue.push({ taskId, firstLine: chunk.firstLine, lines: chunk.lines });
    this.pump();
    return promise;
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((worker) => worker.terminate()));
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const task = this.queue.shift() as WorkerTask;
      this.busy.set(worker, task.taskId);
      worker.postMessage(task);
    }
  }

  private settle(worker: Worker, message: ChunkResult & { taskId: number }): void {
    const waiting = this.waiting.get(message.taskId);
    this.waiting.delete(message.taskId);
    this.busy.delete(worker);
    this.idle.push(worker);
    waiting?.resolve({ output: message.output, lineCount: message.lineCount, failures: message.failures });
    this.pump();
  }

  private failAll(error: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}

/**
 * The entry file re-enters as a worker (see cli.ts). Run from sources (tests, `tsx`), the
 * worker thread does not inherit tsx's loader hooks, so it registers them before importing
 * the TypeScript entry; `--conditions` is a process flag and carries over on its own.
 */
function startWorker(entryUrl: string): Worker {
  const options = { workerData: { role: "batch" } };
  if (!entryUrl.endsWith(".ts")) return new Worker(new URL(entryUrl), options);
  const bootstrap = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entryUrl)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
