/** The typed arrays the scan lends out. */
type Units = Int32Array | Uint16Array;

/**
 * One typed array lent to a single user at a time and reused by the next: for buffers the scan
 * needs on every call or window (the offset map, the normalized units, the start-mask cache),
 * where a fresh typed array would cost a backing-store allocation each time. A user that finds
 * it lent (a scan inside a scan) gets a new one; only buffers up to `keepLength` are kept.
 */
export class SpareBuffer<T extends Units> {
  private spare: T | undefined = undefined;
  private readonly create: (length: number) => T;
  private readonly minLength: number;
  private readonly keepLength: number;

  constructor(create: (length: number) => T, minLength: number, keepLength: number) {
    this.create = create;
    this.minLength = minLength;
    this.keepLength = keepLength;
  }

  /** A buffer of at least `length` units (its contents are whatever the last user left). */
  take(length: number): T {
    const spare = this.spare;
    this.spare = undefined;
    return spare !== undefined && spare.length >= length ? spare : this.create(Math.max(length, this.minLength));
  }

  /** Gives a buffer back; nothing may read it afterwards. */
  give(buffer: T): void {
    if (buffer.length <= this.keepLength) this.spare = buffer;
  }
}
