import { Worker } from "node:worker_threads";
import { crashHookVariable, crashModeVariable, type WorkerTask } from "./batch-worker.js";
import type { ChunkResult, LineChunk } from "./chunk-result.js";

interface Waiting {
  readonly resolve: (result: ChunkResult) => void;
  readonly reject: (error: Error) => void;
}

/** A worker thread died (out of memory, a crash) while it held a task. */
export class WorkerDiedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "WorkerDiedError";
  }
}

/**
 * A fixed number of worker threads running `analyzeChunk`. Results come back in any order; the
 * caller keeps the promises in input order, which is what preserves output order. A worker
 * that dies rejects only the task it held (with `WorkerDiedError`) and is replaced.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly queue: WorkerTask[] = [];
  private readonly waiting = new Map<number, Waiting>();
  private readonly busy = new Map<Worker, number>();
  private nextTaskId = 0;
  private closing = false;

  constructor(
    private readonly size: number,
    private readonly entryUrl: string,
  ) {
    for (let index = 0; index < size; index++) this.add();
  }

  /** Analyses one chunk on the next free worker. */
  run(chunk: LineChunk): Promise<ChunkResult> {
    const taskId = this.nextTaskId++;
    const promise = new Promise<ChunkResult>((resolve, reject) => this.waiting.set(taskId, { resolve, reject }));
    this.queue.push({ taskId, ...chunk });
    this.pump();
    return promise;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.all].map((worker) => worker.terminate()));
  }

  private add(): void {
    const worker = startWorker(this.entryUrl);
    let gone = false;
    const die = (reason: string) => {
      if (gone) return;
      gone = true;
      this.all.delete(worker);
      const index = this.idle.indexOf(worker);
      if (index >= 0) this.idle.splice(index, 1);
      const taskId = this.busy.get(worker);
      this.busy.delete(worker);
      if (this.closing) return;
      if (taskId !== undefined) {
        this.waiting.get(taskId)?.reject(new WorkerDiedError(reason));
        this.waiting.delete(taskId);
      }
      if (this.all.size < this.size) this.add();
      this.pump();
    };
    worker.on("message", (message: ChunkResult & { taskId: number }) => this.settle(worker, message));
    worker.on("error", (error: Error & { code?: string }) =>
      die(error.code ? `${error.code}: ${error.message}` : error.message),
    );
    worker.on("exit", (code) => die(`exit code ${code}`));
    this.all.add(worker);
    this.idle.push(worker);
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
}

/**
 * The entry file re-enters as a worker (see cli.ts). Run from sources (tests, `tsx`), the
 * worker thread does not inherit tsx's loader hooks, so it registers them before importing
 * the TypeScript entry; `--conditions` is a process flag and carries over on its own.
 */
function startWorker(entryUrl: string): Worker {
  // Only under the out-of-memory test hook: a small heap makes the worker die in a moment.
  const oomTest = process.env[crashHookVariable] && process.env[crashModeVariable] === "oom";
  const options = {
    workerData: { role: "batch" },
    ...(oomTest ? { resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 } } : {}),
  };
  if (!entryUrl.endsWith(".ts")) return new Worker(new URL(entryUrl), options);
  const bootstrap = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entryUrl)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
