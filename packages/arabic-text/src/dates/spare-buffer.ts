/**
 * One Int32Array lent to a single user at a time and reused by the next: for buffers the scan
 * needs on every call or window (the offset map, the start-mask cache), where a fresh typed
 * array would cost a backing-store allocation each time. A user that finds it lent (a scan
 * inside a scan) gets a new one; only buffers up to `keepLength` are kept.
 */
export class SpareBuffer {
  private spare: Int32Array | undefined = undefined;
  private readonly minLength: number;
  private readonly keepLength: number;

  constructor(minLength: number, keepLength: number) {
    this.minLength = minLength;
    this.keepLength = keepLength;
  }

  /** A buffer of at least `length` units (its contents are whatever the last user left). */
  take(length: number): Int32Array {
    const spare = this.spare;
    this.spare = undefined;
    return spare !== undefined && spare.length >= length ? spare : new Int32Array(Math.max(length, this.minLength));
  }

  /** Gives a buffer back; nothing may read it afterwards. */
  give(buffer: Int32Array): void {
    if (buffer.length <= this.keepLength) this.spare = buffer;
  }
}
