import { readFile } from "node:fs/promises";

/** Bytes a process has read so far (Linux /proc). */
export async function bytesRead(pid: number): Promise<number> {
  const io = await readFile(`/proc/${pid}/io`, "utf8").catch(() => "");
  return Number(/^rchar: (\d+)$/m.exec(io)?.[1] ?? 0);
}
