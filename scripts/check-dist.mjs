#!/usr/bin/env node
// Checks the BUILT packages the way a user gets them: ESM and CJS entry points load and export
// the same names as the sources, publint and attw are clean, and tree-shaken bundles stay under
// their committed ceilings, and a fresh TypeScript project compiles against the packed packages
// (check-consumer.mjs). Run after `npm run build` (npm test does both).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { checkConsumer } from "./check-consumer.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const libraries = ["packages/arabic-text", "packages/model", "packages/queries"];
const failures = [];
let passed = 0;

function check(name, ok, detail = "") {
  if (ok) passed++;
  else failures.push(`${name}${detail ? `: ${detail}` : ""}`);
  console.log(`${ok ? "✓" : "✗"} ${name}${!ok && detail ? ` — ${detail}` : ""}`);
}

function run(command, args, cwd) {
  try {
    return { ok: true, output: execFileSync(command, args, { cwd, encoding: "utf8", stdio: "pipe" }) };
  } catch (error) {
    return { ok: false, output: `${error.stdout ?? ""}${error.stderr ?? ""}` };
  }
}

const bin = (name) => join(root, "node_modules", ".bin", name);

for (const dir of libraries) {
  const pkgDir = join(root, dir);
  const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  const entries = Object.entries(pkg.exports).filter(([, target]) => typeof target === "object");
  for (const [subpath] of entries) {
    const specifier = subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
    const source = run(
      bin("tsx"),
      [
        "--conditions=@csto/source",
        "-e",
        `import(${JSON.stringify(specifier)}).then((m) => console.log(JSON.stringify(Object.keys(m).sort())))`,
      ],
      root,
    );
    const esm = Object.keys(await import(specifier)).sort();
    const require = createRequire(pathToFileURL(join(root, "package.json")));
    const cjs = Object.keys(require(specifier))
      .filter((k) => k !== "__esModule")
      .sort();
    const fromSource = source.ok ? JSON.parse(source.output.trim().split("\n").at(-1)) : null;
    check(`${specifier}: ESM import loads`, esm.length > 0);
    check(
      `${specifier}: CJS require exports match ESM`,
      JSON.stringify(cjs) === JSON.stringify(esm),
      `${cjs} vs ${esm}`,
    );
    check(
      `${specifier}: built exports match src`,
      JSON.stringify(fromSource) === JSON.stringify(esm),
      source.ok ? `${fromSource} vs ${esm}` : source.output,
    );
  }
  const publint = run(bin("publint"), ["--strict"], pkgDir);
  check(
    `${pkg.name}: publint --strict`,
    publint.ok && !/warning|error|suggestion/i.test(publint.output.replace(/All good!/, "")),
    publint.output.trim(),
  );
  const attw = run(bin("attw"), ["--pack", ".", "--format", "table-flipped", "--profile", "node16"], pkgDir);
  check(`${pkg.name}: attw --pack`, attw.ok, attw.output.trim().split("\n").slice(-12).join("\n"));
}

const { cases } = JSON.parse(readFileSync(join(root, "scripts/bundle-size.json"), "utf8"));
for (const sizeCase of cases) {
  let result;
  try {
    result = await build({
      stdin: { contents: sizeCase.code, resolveDir: root, loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      write: false,
      external: sizeCase.external ?? [],
      logLevel: "silent",
    });
  } catch (error) {
    check(`bundle "${sizeCase.name}"`, false, error.message.split("\n")[0]);
    continue;
  }
  const text = result.outputFiles[0].text;
  const bytes = Buffer.byteLength(text);
  check(`bundle "${sizeCase.name}": ${bytes} B ≤ ${sizeCase.maxBytes} B`, bytes <= sizeCase.maxBytes, `${bytes} B`);
  for (const needle of sizeCase.mustNotContain ?? []) {
    check(`bundle "${sizeCase.name}" leaves out ${needle}`, !text.includes(needle));
  }
}

checkConsumer(root, check);

console.log(`\ndist: ${passed} passed, ${failures.length} failed`);
if (failures.length > 0) process.exitCode = 1;
