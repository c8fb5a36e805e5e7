import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bytesRead } from "./process-state.js";
import { appDir, cliCommand, runCli } from "./run-cli.js";

// Batch input as JSON allows it: LF-only lines, a BOM, over-long lines, exact numeric ids,
// a worker that dies on one line, and --workers beyond the CPUs.
const timeout = 120_000;
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "csto-demo-input-"));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

type OutputRecord = { line: number; id?: unknown; error?: { code: string; message: string } };

function records(stdout: string): OutputRecord[] {
  const lines = stdout.split("\n");
  expect(lines.pop()).toBe("");
  return lines.map((line) => JSON.parse(line) as OutputRecord);
}
const codes = (stdout: string) => records(stdout).map((record) => record.error?.code ?? "ok");

const article = (id: number | string, text = "قمة مينسك أمس الخميس") =>
  JSON.stringify({ id, text, published: "2023-11-24" });

describe("analyze --jsonl input", () => {
  it("keeps a bare CR inside a record and every later line number exact; strips CRLF and a BOM", {
    timeout,
  }, async () => {
    const input = `\ufeff${article(1)}\r\n{"id":2,\r"text":"أمس",\r"published":"2023-11-24"}\n${article(3)}\r\n\r\n${article(5)}`;
    const run = await runCli(["analyze", "--jsonl", "-"], { input });
    expect(codes(run.stdout)).toEqual(["ok", "ok", "ok", "blank-line", "ok"]);
    expect(records(run.stdout).map((record) => [record.line, record.id ?? null])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, null],
      [5, 5],
    ]);
  });

  it("copies 64-bit numeric ids exactly as written", { timeout }, async () => {
    const input = ["12345678901234567890", "9007199254740993", "-1.50"].map((id) => article(0).replace("0", id));
    const run = await runCli(["analyze", "--jsonl", "-"], { input: input.join("\n") });
    expect(run.code).toBe(0);
    expect(
      run.stdout
        .split("\n")
        .slice(0, 3)
        .map((line) => line.slice(0, line.indexOf(',"published"'))),
    ).toEqual(['{"line":1,"id":12345678901234567890', '{"line":2,"id":9007199254740993', '{"line":3,"id":-1.50']);
  });

  it("turns an over-long line into line-too-long, skips to the next newline and goes on", { timeout }, async () => {
    const long = `{"id":2,"text":"${"ب".repeat(3000)}","published":"2023-11-24"}`;
    const input = [article(1), long, article(3), "x".repeat(5000), article(5)].join("\n");
    const run = await runCli(["analyze", "--jsonl", "-", "--max-line-bytes", "4096"], { input });
    expect(run.code).toBe(1);
    expect(codes(run.stdout)).toEqual(["ok", "line-too-long", "ok", "line-too-long", "ok"]);
    expect(records(run.stdout)[1]?.error?.message).toBe("line longer than 4096 bytes; skipped to the next newline");
    expect(run.stderr).toMatch(/5 lines, 3 ok, 2 failed \(line-too-long 2\)/);
  });

  it("reads 10 MB of NUL bytes without a newline as one line-too-long record, with the default maximum", {
    timeout,
  }, async () => {
    const zeros = Buffer.alloc(10 * 1024 * 1024);
    const path = join(workDir, "zeros.jsonl");
    await writeFile(path, Buffer.concat([zeros, Buffer.from(`\n${article(2)}\n`), zeros]));
    const run = await runCli(["analyze", "--jsonl", path]);
    expect(codes(run.stdout)).toEqual(["line-too-long", "ok", "line-too-long"]);
    expect(run.stderr).toMatch(/^csto-demo: 3 lines, 1 ok, 2 failed \(line-too-long 2\) in [\d.]+ s/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("ends /dev/zero (an endless line) on SIGTERM with its record and a summary", { timeout }, async () => {
    const child = spawn(process.execPath, [...cliCommand, "analyze", "--jsonl", "/dev/zero"], { cwd: appDir });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Signal once it has read far past the 4 MiB maximum (so the record exists).
    while ((await bytesRead(child.pid as number)) < 256 * 1024 * 1024) await sleep(100);
    child.kill("SIGTERM");
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(143);
    expect(codes(stdout)).toEqual(["line-too-long"]);
    expect(stderr).toMatch(
      /^csto-demo: 1 lines, 0 ok, 1 failed \(line-too-long 1\) .*; stopped by SIGTERM after 1 records\n$/,
    );
  });

  it("retries a dead worker's chunk line by line: only the line that kills it fails", { timeout }, async () => {
    const lines = Array.from({ length: 600 }, (_, index) => article(`a${index + 1}`, `قمة مينسك أمس ${index + 1}`));
    lines[299] = article("a300", "قمة مينسك POISON-LINE أمس");
    const input = lines.join("\n");
    const env = { CSTO_DEMO_TEST_CRASH_WORKER_ON: "POISON-LINE" };
    const run = await runCli(["analyze", "--jsonl", "-", "--workers", "2"], { input, env });
    expect(run.code).toBe(1);
    const output = records(run.stdout);
    expect(output.map((record) => record.line)).toEqual(Array.from({ length: 600 }, (_, index) => index + 1));
    expect(
      output.filter((record) => record.error).map((record) => [record.line, record.id, record.error?.code]),
    ).toEqual([[300, "a300", "analysis-failed"]]);
    expect(output[299]?.error?.message).toMatch(/^the analysis worker died: /);
    expect(run.stderr).toMatch(/600 lines, 599 ok, 1 failed \(analysis-failed 1\)/);
    // The same input without the hook: all 600 lines succeed, so the 255 neighbours in the
    // poisoned chunk were really analysed on retry, not dropped.
    const clean = await runCli(["analyze", "--jsonl", "-", "--workers", "2"], { input });
    expect(run.stdout.split("\n").filter((_, index) => index !== 299)).toEqual(
      clean.stdout.split("\n").filter((_, index) => index !== 299),
    );
  });

  it("keeps every other line when a worker really runs out of memory on one", { timeout }, async () => {
    const lines = Array.from({ length: 300 }, (_, index) => article(index + 1, `قمة مينسك أمس ${index + 1}`));
    lines[41] = article(42, "قمة مينسك HEAVY-LINE أمس");
    const env = { CSTO_DEMO_TEST_CRASH_WORKER_ON: "HEAVY-LINE", CSTO_DEMO_TEST_CRASH_MODE: "oom" };
    const run = await runCli(["analyze", "--jsonl", "-", "--workers", "1"], { input: lines.join("\n"), env });
    expect(run.code).toBe(1);
    const output = records(run.stdout);
    expect(output).toHaveLength(300);
    expect(output.filter((record) => record.error).map((record) => [record.line, record.id])).toEqual([[42, 42]]);
    expect(output[41]?.error?.message).toMatch(/^the analysis worker died: ERR_WORKER_OUT_OF_MEMORY/);
  });

  it("caps --workers at the available parallelism and says so on stderr", { timeout }, async () => {
    const run = await runCli(["analyze", "--jsonl", "-", "--workers", "256"], { input: article(1) });
    expect(run.code).toBe(0);
    const cpus = availableParallelism();
    expect(run.stderr.split("\n")[0]).toBe(
      `csto-demo: --workers 256 is more than the ${cpus} CPUs available; using ${cpus}`,
    );
    expect(codes(run.stdout)).toEqual(["ok"]);
  });
});
