import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeBundle, removeAnalyzeBundle } from "./analyze-bundle.js";
import { appDir, cliCommand } from "./run-cli.js";

// Faults of stdout and stops by signal, for every command: a closed pipe (| head), a full disk
// (> /dev/full), SIGTERM/SIGINT while a slow reader holds the pipe full.
const timeout = 120_000;
let workDir: string;
let input: string;

function articleLines(count: number): string {
  const lines: string[] = [];
  for (let line = 1; line <= count; line++) {
    lines.push(
      JSON.stringify({ id: `a${line}`, text: `اجتمع القادة في مينسك أمس الخميس (${line}).`, published: "2023-11-24" }),
    );
  }
  return `${lines.join("\n")}\n`;
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "csto-demo-faults-"));
  input = join(workDir, "input.jsonl");
  await writeFile(input, articleLines(1500));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
  await removeAnalyzeBundle();
});

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
}

function collect(stream: NodeJS.ReadableStream | null): () => string {
  const chunks: Buffer[] = [];
  stream?.on("data", (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString("utf8");
}

const commands: [string, string[]][] = [
  ["timeline", ["timeline"]],
  ["sessions --format json", ["sessions", "--format", "json"]],
  ["members", ["members", "--on", "2024-01-01"]],
  ["demo", ["demo"]],
  ["--help", ["--help"]],
  ["analyze --jsonl", ["analyze", "--jsonl", "INPUT"]],
];
const withInput = (args: string[]) => args.map((arg) => (arg === "INPUT" ? input : arg));

describe("a reader that goes away (EPIPE)", () => {
  it.each(commands)("%s exits 141 quietly", { timeout }, async (_name, args) => {
    const child = spawn(process.execPath, [...cliCommand, ...withInput(args)], { cwd: appDir });
    child.stdout.destroy(); // the read end is closed before the CLI writes a byte
    const stderr = collect(child.stderr);
    const { code } = await exitOf(child);
    expect(stderr()).toBe("");
    expect(code).toBe(141);
  });

  it("`csto-demo … | head -1` in a shell: head gets its line, the CLI exits 141", { timeout }, async () => {
    const bundle = await analyzeBundle();
    const script = `node ${JSON.stringify(bundle)} --jsonl ${JSON.stringify(input)} | head -1; echo "status=\${PIPESTATUS[0]}" >&2`;
    const child = spawn("bash", ["-c", script]);
    const stdout = collect(child.stdout);
    const stderr = collect(child.stderr);
    await exitOf(child);
    expect(JSON.parse(stdout()).line).toBe(1);
    expect(stderr()).toBe("status=141\n");
  });
});

describe("an output that cannot be written (> /dev/full)", () => {
  it.each(commands)("%s prints one line and exits 74", { timeout }, async (_name, args) => {
    const full = openSync("/dev/full", "w");
    const child = spawn(process.execPath, [...cliCommand, ...withInput(args)], {
      cwd: appDir,
      stdio: ["ignore", full, "pipe"],
    });
    closeSync(full);
    const stderr = collect(child.stderr);
    const { code } = await exitOf(child);
    expect(stderr()).toBe("csto-demo: cannot write to stdout: no space left on device (ENOSPC)\n");
    expect(code).toBe(74);
  });
});

/** Reads `stream` slowly: nothing for `stallMs`, then one chunk per millisecond or so. */
async function readSlowly(stream: NodeJS.ReadableStream, stallMs: number): Promise<string> {
  await sleep(stallMs);
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    stream.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      stream.pause();
      setTimeout(() => stream.resume(), 1);
    });
    stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    stream.resume();
  });
}

function expectWholeRecords(stdout: string) {
  expect(stdout.endsWith("\n") || stdout === "").toBe(true);
  const records = stdout
    .split("\n")
    .slice(0, -1)
    .map((line) => JSON.parse(line) as { line: number });
  expect(records.map((record) => record.line)).toEqual(records.map((_, index) => index + 1));
  return records;
}

describe("SIGTERM / SIGINT", () => {
  it("with a slow reader on a full pipe never leaves half a line: 24 rounds, exit 128 + signal", {
    timeout: 300_000,
  }, async () => {
    const bundle = await analyzeBundle();
    const rounds = 24;
    let partialWrites = 0;
    for (let round = 0; round < rounds; round++) {
      const signal: NodeJS.Signals = round % 3 === 2 ? "SIGINT" : "SIGTERM";
      const child = spawn(process.execPath, [bundle, "--jsonl", input, ...(round % 2 ? ["--workers", "2"] : [])], {
        cwd: dirname(bundle),
        stdio: ["ignore", "pipe", "pipe"],
      });
      const stderr = collect(child.stderr);
      child.stdout.pause();
      // Wait for output to start, then stop while the pipe is full (the reader is stalled).
      await new Promise((resolve) => child.stdout.once("readable", resolve));
      await sleep(50 + ((round * 37) % 200));
      child.kill(signal);
      const stdout = await readSlowly(child.stdout, 20 + ((round * 53) % 150));
      const { code } = await exitOf(child);
      expect(code, stderr()).toBe(signal === "SIGTERM" ? 143 : 130);
      const records = expectWholeRecords(stdout);
      if (records.length < 1500) partialWrites++;
      expect(stderr()).toMatch(new RegExp(`stopped by ${signal} after ${records.length} records\\n$`));
    }
    // The stop really happened mid-run in (almost) every round, not after the end.
    expect(partialWrites).toBeGreaterThan(rounds / 2);
  });

  it("a second signal exits at once, even when the reader never reads", { timeout }, async () => {
    const bundle = await analyzeBundle();
    const child = spawn(process.execPath, [bundle, "--jsonl", input], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.pause();
    await new Promise((resolve) => child.stdout.once("readable", resolve));
    await sleep(300);
    child.kill("SIGTERM");
    await sleep(300);
    expect(child.exitCode).toBeNull(); // still waiting for the reader to take the line it writes
    child.kill("SIGTERM");
    const { code } = await exitOf(child);
    expect(code).toBe(143);
  });

  it("stops a command that waits for stdin with 130 after SIGINT", { timeout }, async () => {
    // The bundle (analyze only) rather than tsx, whose own SIGINT handler would hide ours.
    const bundle = await analyzeBundle();
    const child = spawn(process.execPath, [bundle, "-", "--published", "2025-01-01"], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    const stdout = collect(child.stdout);
    // 4 MB is more than the socket buffer holds: the write completes only once the CLI is
    // reading stdin, which it does after installing its stop handlers.
    await new Promise((resolve) => child.stdin.write("نص بلا نهاية ".repeat(200_000), resolve));
    child.kill("SIGINT");
    const { code } = await exitOf(child);
    expect(code).toBe(130);
    expect(stdout()).toBe("");
  });
});
