import { existsSync, readdirSync } from "node:fs";
import { delimiter, join } from "node:path";

/** The first directory of PATH that holds an executable `name`, as a full path. */
export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** The directory of the PostgreSQL server binaries: Debian's newest /usr/lib/postgresql/<n>/bin, else PATH. */
export function postgresBinDir(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const dir = join(root, version, "bin");
      if (["initdb", "pg_ctl", "psql"].every((name) => existsSync(join(dir, name)))) return dir;
    }
  }
  const initdb = onPath("initdb");
  const pgCtl = onPath("pg_ctl");
  const psql = onPath("psql");
  return initdb && pgCtl && psql ? initdb.slice(0, -"/initdb".length) : undefined;
}

/**
 * Whether a database test can run. Without the binary it is skipped loudly outside CI; with
 * CI=true a missing binary is a failure (the caller's suite runs and fails in its setup).
 */
export function canRun(what: string, found: string | undefined, install: string): boolean {
  if (found) return true;
  if (process.env.CI === "true") return true;
  console.warn(`SKIPPED: ${what} not found; install it (${install}) to run these tests. With CI=true they fail.`);
  return false;
}
