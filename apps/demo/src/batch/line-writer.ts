import { once } from "node:events";

/**
 * Buffers output text into ~64 KiB writes and waits for 'drain' whenever the stream says its
 * buffer is full, so a slow reader downstream slows the whole pipeline instead of growing RSS.
 */
export class LineWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly output: NodeJS.WritableStream,
    private readonly highWaterMark = 64 * 1024,
  ) {}

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.highWaterMark) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.parts.join("");
    this.parts = [];
    this.size = 0;
    if (!this.output.write(text)) await once(this.output, "drain");
  }
}
