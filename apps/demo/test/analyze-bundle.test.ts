import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { builtinModules } from "node:module";
import { dirname } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeBundle, removeAnalyzeBundle } from "./analyze-bundle.js";
import { runCli } from "./run-cli.js";

const timeout = 120_000;
const input = `${[
  { id: 1, text: "عقد قادة المنظمة قمتهم في مينسك أمس الخميس", published: "2023-11-24" },
  { id: "b", text: "وتتسلم روسيا الرئاسة الدورية مطلع العام المقبل", published: "2025-11-28" },
]
  .map((record) => JSON.stringify(record))
  .join("\n")}\n{broken\n`;

afterAll(removeAnalyzeBundle);

describe("csto-analyze.mjs, the single-file batch stage", () => {
  it("imports nothing but Node built-ins", { timeout }, async () => {
    const code = await readFile(await analyzeBundle(), "utf8");
    const specifiers = [...code.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']/gm)].map(
      (match) => match[1] as string,
    );
    const required = [...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((match) => match[1] as string);
    const foreign = [...specifiers, ...required].filter(
      (name) => !name.startsWith("node:") && !builtinModules.includes(name),
    );
    expect(specifiers).toContain("node:worker_threads"); // the scan sees the imports
    expect(foreign).toEqual([]);
  });

  it("runs `--jsonl -` from an empty directory and answers like the CLI", { timeout }, async () => {
    const bundle = await analyzeBundle();
    const run = spawnSync(process.execPath, [bundle, "--jsonl", "-"], { cwd: dirname(bundle), input });
    const cli = await runCli(["analyze", "--jsonl", "-"], { input });
    expect(run.status).toBe(1);
    expect(run.stdout.toString("utf8")).toBe(cli.stdout);
    expect(run.stdout.toString("utf8").split("\n")).toHaveLength(4);
    expect(run.stderr.toString("utf8")).toMatch(/3 lines, 2 ok, 1 failed \(invalid-json 1\)/);
  });
});
