import { describe, expect, it } from "vitest";
import { analyzeLine } from "./analyze-line.js";

const parse = (raw: string, line = 7) => {
  const outcome = analyzeLine(raw, line);
  return { ...outcome, record: JSON.parse(outcome.json) };
};

describe("analyzeLine", () => {
  it("analyses a valid line and keeps its id and line number", () => {
    const { record, errorCode } = parse(
      JSON.stringify({ id: 12, text: "قمة مينسك أمس الخميس", published: "2023-11-24" }),
    );
    expect(errorCode).toBeUndefined();
    expect(record.line).toBe(7);
    expect(record.id).toBe(12);
    expect(record.published).toBe("2023-11-24");
    expect(record.dates.map((date: { value: string }) => date.value)).toContain("2023-11-23");
    expect(record.entities.map((entity: { id: string }) => entity.id)).toContain("city:minsk");
  });

  it.each([
    ["", "blank-line", undefined],
    ["   \t", "blank-line", undefined],
    ["{not json", "invalid-json", undefined],
    ["[1,2]", "invalid-record", undefined],
    ["null", "invalid-record", undefined],
    [JSON.stringify({ id: { nested: true }, text: "x", published: "2025-01-01" }), "invalid-record", undefined],
    [JSON.stringify({ id: "a", text: 5, published: "2025-01-01" }), "invalid-record", "a"],
    [JSON.stringify({ id: "b", text: "x" }), "invalid-record", "b"],
    [JSON.stringify({ id: "c", text: "x", published: "2025-02-30" }), "invalid-record", "c"],
    [JSON.stringify({ id: "d", text: "x", published: "27/11/2025" }), "invalid-record", "d"],
  ])("turns %j into an error record (%s)", (raw, code, id) => {
    const { record, errorCode } = parse(raw);
    expect(errorCode).toBe(code);
    expect(record).toEqual({
      line: 7,
      ...(id === undefined ? {} : { id }),
      error: { code, message: expect.any(String) },
    });
  });

  it("never throws on hostile text", () => {
    const text = `\uD800${"\u0640".repeat(1000)}\u0000\u202Eأمس${"ب".repeat(10_000)}`;
    const { errorCode } = parse(JSON.stringify({ text, published: "2025-11-28" }));
    expect(errorCode).toBeUndefined();
  });

  it("writes each record on one line", () => {
    const { json } = analyzeLine(JSON.stringify({ text: "سطر أول\nسطر ثان أمس", published: "2025-11-28" }), 1);
    expect(json).not.toContain("\n");
  });

  it("copies a numeric id exactly as written, even past 2^53", () => {
    for (const id of ["12345678901234567890", "-0", "1.10", "9007199254740993", "1e400"]) {
      const { json, errorCode } = analyzeLine(`{"text":"قمة أمس","id":${id},"published":"2025-11-28"}`, 3);
      expect(errorCode).toBeUndefined();
      expect(json.startsWith(`{"line":3,"id":${id},"published":"2025-11-28",`)).toBe(true);
    }
    const failed = analyzeLine('{"id" : 12345678901234567891, "text": 1}', 4);
    expect(failed.json).toBe(
      '{"line":4,"id":12345678901234567891,"error":{"code":"invalid-record","message":"\\"text\\" must be a string"}}',
    );
  });

  it("reports an over-long line with its number", () => {
    expect(analyzeLine(undefined, 9, 1024)).toEqual({
      json: '{"line":9,"error":{"code":"line-too-long","message":"line longer than 1024 bytes; skipped to the next newline"}}',
      errorCode: "line-too-long",
    });
  });

  it("reads only own properties of the record", () => {
    const { errorCode } = parse('{"__proto__":{"text":"x","published":"2025-11-28"}}');
    expect(errorCode).toBe("invalid-record");
  });
});
