import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chairOn } from "@csto/queries";
import { describe, expect, it } from "vitest";
import { canRun, onPath } from "./support/binaries.js";
import { probeDays, readmeDate } from "./support/probes.js";

const python = onPath("python3");
const run = canRun("python3", python, "apt-get install python3");
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const sqlPath = fileURLToPath(new URL("../sql/csto.sqlite.sql", import.meta.url));

describe.skipIf(!run)("the README's Python example", () => {
  it("prints the chair @csto/queries gives", () => {
    if (!python) throw new Error("python3 not found, and CI=true: .ci/run installs it");
    const block = /```python\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block, "README has a ```python block").toBeDefined();
    const days = probeDays().filter((_, index) => index % 25 === 0);
    expect(days.length).toBeGreaterThan(5);
    for (const day of days) {
      const script = block!
        .replaceAll("node_modules/@csto/model/sql/csto.sqlite.sql", sqlPath)
        .replaceAll(`"${readmeDate}"`, JSON.stringify(day));
      const output = execFileSync(python, ["-"], { input: script, encoding: "utf8" }).trim();
      const chair = chairOn(day)?.state;
      expect(output, day).toBe(chair ? `[('${chair}',)]` : "[]");
    }
  }, 120_000);
});
