import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDir, cliCommand, runCli } from "./run-cli.js";

const timeout = 120_000;
const cities = ["مينسك", "بيشكيك", "أستانا", "يريفان", "موسكو", "دوشنبه"];

/** 1,000 JSONL lines; lines 17, 500 and 999 are malformed in three different ways. */
function thousandLines(): { text: string; malformed: Record<number, string> } {
  const lines: string[] = [];
  for (let line = 1; line <= 1000; line++) {
    const city = cities[line % cities.length];
    lines.push(
      JSON.stringify({
        id: `a${line}`,
        text: `اجتمع القادة في ${city} أمس الخميس لبحث الأمن الجماعي.`,
        published: "2025-11-28",
      }),
    );
  }
  lines[16] = '{"id": "a17", "text": "broken JSON';
  lines[499] = JSON.stringify({ id: "a500", text: 42, published: "2025-11-28" });
  lines[998] = JSON.stringify({ id: "a999", text: "نص", published: "28/11/2025" });
  return {
    text: `${lines.join("\n")}\n`,
    malformed: { 17: "invalid-json", 500: "invalid-record", 999: "invalid-record" },
  };
}

let workDir: string;
let input: string;
const { text, malformed } = thousandLines();

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "csto-demo-batch-"));
  input = join(workDir, "input.jsonl");
  await writeFile(input, text);
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

type OutputRecord = {
  line: number;
  id?: string;
  error?: { code: string; message: string };
  dates?: { value: string }[];
};

function parseOutput(stdout: string): OutputRecord[] {
  const lines = stdout.split("\n");
  expect(lines.pop()).toBe(""); // newline-terminated
  return lines.map((line) => JSON.parse(line) as OutputRecord);
}

describe("analyze --jsonl", () => {
  it("answers 1,000 lines with 3 malformed by 1,000 records in order, and exits 1", { timeout }, async () => {
    const run = await runCli(["analyze", "--jsonl", input]);
    expect(run.code).toBe(1);
    const records = parseOutput(run.stdout);
    expect(records).toHaveLength(1000);
    expect(records.map((record) => record.line)).toEqual(Array.from({ length: 1000 }, (_, index) => index + 1));
    const failed = records.filter((record) => record.error);
    expect(failed.map((record) => [record.line, record.error?.code])).toEqual(
      Object.entries(malformed).map(([line, code]) => [Number(line), code]),
    );
    // The id is kept whenever the line had one that could be read.
    expect(records[499]?.id).toBe("a500");
    expect(records[16]?.id).toBeUndefined();
    expect(records[0]?.dates?.map((date) => date.value)).toContain("2025-11-27");
    expect(run.stderr).toMatch(/1000 lines, 997 ok, 3 failed \(invalid-json 1, invalid-record 2\)/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("gives the same output with worker threads", { timeout }, async () => {
    const [single, pooled] = await Promise.all([
      runCli(["analyze", "--jsonl", input]),
      runCli(["analyze", "--jsonl", input, "--workers", "3"]),
    ]);
    expect(pooled.code).toBe(1);
    expect(pooled.stdout).toBe(single.stdout);
  });

  it("reads stdin, reports blank lines and exits 0 only when every line succeeded", { timeout }, async () => {
    const good = JSON.stringify({ text: "قمة بشكك أمس", published: "2019-11-29" });
    const allGood = await runCli(["analyze", "--jsonl", "-"], { input: `${good}\n${good}` });
    expect(allGood.code).toBe(0);
    expect(parseOutput(allGood.stdout)).toHaveLength(2);
    expect(allGood.stderr).toMatch(/2 lines, 2 ok, 0 failed/);

    const withBlank = await runCli(["analyze", "--jsonl", "-"], { input: `${good}\n\n${good}\n` });
    expect(withBlank.code).toBe(1);
    const records = parseOutput(withBlank.stdout);
    expect(records.map((record) => record.error?.code ?? "ok")).toEqual(["ok", "blank-line", "ok"]);
  });

  it("writes nothing and exits 0 for empty input", { timeout }, async () => {
    const run = await runCli(["analyze", "--jsonl", "-"], { input: "" });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/0 lines/);
  });

  it("stops quietly with exit 141 when the reader closes stdout early", { timeout }, async () => {
    const child = spawn(process.execPath, [...cliCommand, "analyze", "--jsonl", input], { cwd: appDir });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Like `| head -c 1`: take the first chunk, then go away.
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(141);
    expect(stderr).toBe("");
  });
});
