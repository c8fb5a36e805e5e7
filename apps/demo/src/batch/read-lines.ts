/** One input line: its text, or `undefined` when it was longer than the maximum. */
export interface InputLine {
  readonly text: string | undefined;
  /** Bytes of the input read for this line when it is yielded, newline included (for progress). */
  readonly bytes: number;
}

/** The default maximum line length of `analyze --jsonl`, in bytes (4 MiB). */
export const defaultMaxLineBytes = 4 * 1024 * 1024;

const newline = 0x0a;

/**
 * Splits a byte stream into lines the way JSONL is defined: on "\n" only, so a bare CR inside
 * a record (JSON whitespace) stays in it; one trailing "\r" is removed (CRLF files); a UTF-8
 * byte-order mark at the very start is dropped. A line longer than `maxLineBytes` is reported
 * (text `undefined`) as soon as it passes the limit and then skipped up to the next "\n", so
 * memory stays bounded by the limit even for an input without newlines (/dev/zero).
 */
export async function* readLines(
  input: AsyncIterable<Buffer | string>,
  maxLineBytes: number = defaultMaxLineBytes,
): AsyncGenerator<InputLine> {
  let pieces: Buffer[] = [];
  let kept = 0; // bytes of the current line held in pieces
  let seen = 0; // bytes of the current line read so far (kept or skipped)
  let skipping = false;
  let atStart = true;
  for await (const data of input) {
    const chunk = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let start = 0;
    while (start < chunk.length) {
      const end = chunk.indexOf(newline, start);
      const stop = end === -1 ? chunk.length : end;
      seen += stop - start;
      if (!skipping) {
        if (kept + (stop - start) > maxLineBytes) {
          skipping = true;
          pieces = [];
          kept = 0;
          atStart = false;
          yield { text: undefined, bytes: seen };
        } else if (stop > start) {
          pieces.push(chunk.subarray(start, stop));
          kept += stop - start;
        }
      }
      if (end === -1) break;
      if (!skipping) {
        yield { text: decodeLine(pieces, atStart), bytes: seen + 1 };
        atStart = false;
      }
      pieces = [];
      kept = 0;
      seen = 0;
      skipping = false;
      start = end + 1;
    }
  }
  // A last line without a final newline still counts; an over-long one was already reported.
  if (!skipping && seen > 0) yield { text: decodeLine(pieces, atStart), bytes: seen };
}

function decodeLine(pieces: readonly Buffer[], first: boolean): string {
  let text = (pieces.length === 1 ? (pieces[0] as Buffer) : Buffer.concat(pieces)).toString("utf8");
  if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.endsWith("\r")) text = text.slice(0, -1);
  return text;
}
