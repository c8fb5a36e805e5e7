#!/usr/bin/env node
// The registry mirror this project is developed behind serves only some platform builds of
// packages that ship native binaries (biome, rollup, turbo, …). `npm install` then leaves those
// optional dependencies out of package-lock.json, and `npm ci` — on any machine — refuses the
// lockfile as "out of sync". This script records each missing optional platform package with
// the os/cpu/libc its name declares, as the public registry would, so npm ci skips it on other
// platforms exactly as usual. Run it after every `npm install` that changes the lockfile
// (`npm run version-packages` does). It changes nothing when the lockfile is already complete.
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const packages = lock.packages;

const osWords = {
  darwin: "darwin",
  win32: "win32",
  windows: "win32",
  android: "android",
  freebsd: "freebsd",
  openbsd: "openbsd",
  netbsd: "netbsd",
  sunos: "sunos",
  aix: "aix",
  openharmony: "openharmony",
  linux: "linux",
};
const cpuWords = {
  arm64: "arm64",
  aarch64: "arm64",
  x64: "x64",
  64: "x64",
  amd64: "x64",
  ia32: "ia32",
  32: "ia32",
  arm: "arm",
  loong64: "loong64",
  ppc64: "ppc64",
  riscv64: "riscv64",
  s390x: "s390x",
  mips64el: "mips64el",
};

function platformOf(name) {
  const words = name.split("/").at(-1).split("-");
  const os = words.map((word) => osWords[word]).find(Boolean);
  const cpu = words.map((word) => cpuWords[word]).find(Boolean);
  if (!os || !cpu) return undefined;
  const libc = os === "linux" ? (words.includes("musl") || words.includes("musleabihf") ? "musl" : "glibc") : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location ? `${location}/` : ""}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    packages[`node_modules/${name}`] = {
      version,
      cpu: [platform.cpu],
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...(platform.libc ? { libc: [platform.libc] } : {}),
      os: [platform.os],
    };
    added++;
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: recorded ${added} optional platform package(s)`);
