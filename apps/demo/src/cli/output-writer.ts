/**
 * The one way commands write to stdout. Every call hands the stream whole lines, and the
 * returned promise settles only when the stream has taken them (the write callback), so a slow
 * reader slows the command instead of growing memory, and a stop never leaves half a line.
 *
 * A failed write (the reader went away: EPIPE; a full disk: ENOSPC …) is recorded, never thrown
 * and never re-raised as an unhandled 'error' event: later writes become no-ops and `runCli` turns
 * the failure into the documented exit code.
 */
export class OutputWriter {
  private failure: NodeJS.ErrnoException | undefined;
  private last: Promise<void> = Promise.resolve();

  constructor(private readonly stream: NodeJS.WritableStream & { readonly isTTY?: boolean }) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      this.failure ??= error;
    });
  }

  /** True for a terminal (colour decisions). */
  get isTTY(): boolean {
    return this.stream.isTTY === true;
  }

  /** The first write error, if any. */
  get failed(): NodeJS.ErrnoException | undefined {
    return this.failure;
  }

  /** Writes `text`, which must be whole lines (ending in "\n"); resolves once the stream took it. */
  write(text: string): Promise<void> {
    if (this.failure !== undefined || text.length === 0) return this.last;
    this.last = new Promise<void>((resolve) => {
      this.stream.write(text, (error?: Error | null) => {
        if (error) this.failure ??= error as NodeJS.ErrnoException;
        resolve();
      });
    });
    return this.last;
  }

  /** Resolves when everything written so far has been taken by the stream (or failed). */
  settled(): Promise<void> {
    return this.last;
  }
}
