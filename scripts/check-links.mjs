#!/usr/bin/env node
// Documentation hygiene, run by `npm test`:
//  - every relative link in a committed Markdown file resolves to a file or folder inside the
//    repository (no link may climb above the repository root);
//  - no committed text file names a path of the machine it was written on.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
  .split("\0")
  .filter((file) => file !== "" && existsSync(join(root, file)));

const problems = [];

// [text](target) and [text]: target reference definitions; images too.
const inlineLink = /!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const referenceLink = /^\s*\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm;

function isExternal(target) {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//") || target.startsWith("#");
}

for (const file of tracked.filter((f) => f.endsWith(".md"))) {
  const text = readFileSync(join(root, file), "utf8").replace(/```[\s\S]*?```/g, "");
  const targets = [...text.matchAll(inlineLink), ...text.matchAll(referenceLink)].map((m) => m[1]);
  for (const target of targets) {
    if (isExternal(target)) continue;
    const path = decodeURIComponent(target.split("#")[0] ?? "");
    if (path === "") continue;
    const absolute = path.startsWith("/") ? join(root, path) : resolve(root, dirname(file), path);
    const inside = relative(root, absolute);
    if (inside.startsWith("..") || inside.split(sep)[0] === "..") {
      problems.push(`${file}: link "${target}" leaves the repository`);
    } else if (!existsSync(absolute)) {
      problems.push(`${file}: link "${target}" does not resolve`);
    }
  }
}

// Absolute paths of a build machine: home folders, this workplace's folders, Windows drives.
const machinePath = /(?:^|[\s"'`(=])(?:\/work\/|\/home\/[a-z]|\/root\/|\/Users\/[A-Za-z]|[A-Z]:\\\\Users)/m;
const binary = /\.(png|jpe?g|gif|ico|woff2?|pdf|lockb)$/i;
for (const file of tracked) {
  if (binary.test(file) || file === "package-lock.json") continue;
  const text = readFileSync(join(root, file), "utf8");
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (machinePath.test(lines[i] ?? "")) problems.push(`${file}:${i + 1}: names a machine path`);
  }
}

for (const problem of problems) console.error(`✗ ${problem}`);
console.log(
  problems.length === 0
    ? `✓ links and paths: ${tracked.filter((f) => f.endsWith(".md")).length} Markdown files, every relative link resolves inside the repository; no machine paths`
    : `${problems.length} problem(s)`,
);
process.exit(problems.length === 0 ? 0 : 1);
