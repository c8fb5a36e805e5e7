import { open } from "node:fs/promises";
import type { Readable } from "node:stream";
import { unreadableInput } from "../cli/cli-error.js";

/** An opened batch input: its stream, its size when known, and a check for read errors. */
export interface OpenedInput {
  readonly stream: Readable;
  readonly size: number | undefined;
  /** Throws the exit-3 error if reading failed part-way (EIO, a vanished mount …). */
  throwIfFailed(): void;
}

/**
 * Opens `path` (or stdin for "-") before any output is written, so a missing file, a directory
 * or a permission problem ends the run with exit code 3 and one line on stderr.
 */
export async function openInput(path: string, stdin: Readable): Promise<OpenedInput> {
  let failure: unknown;
  if (path === "-") {
    stdin.on("error", (error) => {
      failure = error;
    });
    return { stream: stdin, size: undefined, throwIfFailed: () => rethrow(path, failure) };
  }
  try {
    const handle = await open(path, "r");
    const info = await handle.stat();
    if (info.isDirectory()) {
      await handle.close();
      throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    }
    const stream = handle.createReadStream({ highWaterMark: 256 * 1024 });
    stream.on("error", (error) => {
      failure = error;
    });
    return { stream, size: info.isFile() ? info.size : undefined, throwIfFailed: () => rethrow(path, failure) };
  } catch (error) {
    throw unreadableInput(path, error);
  }
}

function rethrow(path: string, failure: unknown): void {
  if (failure !== undefined) throw unreadableInput(path, failure);
}
