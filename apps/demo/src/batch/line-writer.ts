import type { OutputWriter } from "../cli/output-writer.js";

/**
 * Gathers result lines into ~64 KiB writes. Each write waits until stdout has taken it, so a
 * slow reader downstream slows the whole pipeline instead of growing RSS, and every write is
 * made of whole lines.
 */
export class LineWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly output: OutputWriter,
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
    await this.output.write(text);
  }
}
