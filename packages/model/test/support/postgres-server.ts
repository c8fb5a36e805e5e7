import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A throw-away PostgreSQL server on a Unix socket in a temporary directory. */
export interface PostgresServer {
  /** Runs psql on `database` with `sql` on standard input; returns unaligned, tuples-only output. Throws on any SQL error. */
  psql(database: string, sql: string): string;
  stop(): void;
}

// Any port: with listen_addresses='' it only names the socket file inside our own directory.
const port = "54329";

/**
 * Starts a server: initdb in a fresh temporary directory, then pg_ctl with the socket in that
 * directory and no TCP listener. As root the server runs as the `postgres` user (PostgreSQL
 * refuses to run as root); otherwise as the current user. `stop()` stops it and removes the
 * directory.
 */
export function startPostgres(binDir: string): PostgresServer {
  const dir = mkdtempSync(join(tmpdir(), "csto-pg-"));
  const root = process.getuid?.() === 0;
  if (root) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  // The server user may not be able to read the caller's working directory (a clone under /root).
  const options = { stdio: "pipe", cwd: dir } as const;
  const asServerUser = (command: string, args: string[]) =>
    root
      ? execFileSync("runuser", ["-u", "postgres", "--", join(binDir, command), ...args], options)
      : execFileSync(join(binDir, command), args, options);
  const data = join(dir, "data");
  let started = false;
  const stop = () => {
    try {
      if (started) asServerUser("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    } finally {
      started = false;
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    asServerUser("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    asServerUser("pg_ctl", [
      "-D",
      data,
      "-l",
      join(dir, "server.log"),
      "-w",
      "-t",
      "60",
      "-o",
      `-k ${dir} -c listen_addresses='' -p ${port} -c fsync=off`,
      "start",
    ]);
    started = true;
  } catch (error) {
    stop();
    throw error;
  }
  return {
    psql(database, sql) {
      return execFileSync(
        join(binDir, "psql"),
        ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", dir, "-p", port, "-U", "postgres", "-d", database],
        { input: sql, encoding: "utf8", stdio: ["pipe", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 },
      );
    },
    stop,
  };
}
