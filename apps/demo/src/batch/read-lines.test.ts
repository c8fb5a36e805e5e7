import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type InputLine, readLines } from "./read-lines.js";

async function collect(chunks: (string | Buffer)[], max?: number): Promise<InputLine[]> {
  const lines: InputLine[] = [];
  for await (const line of readLines(Readable.from(chunks, { objectMode: true }), max)) lines.push(line);
  return lines;
}

const texts = (lines: InputLine[]) => lines.map((line) => line.text);

describe("readLines", () => {
  it("splits on LF only: a bare CR stays inside its line", async () => {
    expect(texts(await collect(['{"a":\r1}\n{"b":2}\n']))).toEqual(['{"a":\r1}', '{"b":2}']);
  });

  it("strips one trailing CR (CRLF input) and keeps the last line without a newline", async () => {
    expect(texts(await collect(["a\r\r\nb\r\nc"]))).toEqual(["a\r", "b", "c"]);
  });

  it("drops a UTF-8 BOM at the start of the stream only, even split across chunks", async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(
      texts(await collect([Buffer.concat([bom, Buffer.from("x\n")]), Buffer.concat([bom, Buffer.from("y")])])),
    ).toEqual(["x", "\ufeffy"]);
    expect(texts(await collect([bom.subarray(0, 1), bom.subarray(1), Buffer.from("z\n")]))).toEqual(["z"]);
  });

  it("keeps multi-byte characters split across chunks intact", async () => {
    const bytes = Buffer.from("قمة\nبشكك\n");
    expect(texts(await collect([bytes.subarray(0, 3), bytes.subarray(3, 9), bytes.subarray(9)]))).toEqual([
      "قمة",
      "بشكك",
    ]);
  });

  it("reports an over-long line once, skips to the next newline and keeps counting lines", async () => {
    const lines = await collect(["ok\n", "x".repeat(6), "y".repeat(6), "z\nnext\n", "a".repeat(11)], 10);
    expect(texts(lines)).toEqual(["ok", undefined, "next", undefined]);
    expect(lines.map((line) => line.bytes)).toEqual([3, 12, 5, 11]);
  });

  it("accepts a line of exactly the maximum and counts bytes with the newline", async () => {
    const lines = await collect(["0123456789\n\n"], 10);
    expect(lines).toEqual([
      { text: "0123456789", bytes: 11 },
      { text: "", bytes: 1 },
    ]);
  });
});
