import { execFileSync } from "node:child_process";

/** Runs the sqlite3 CLI on a database file with `sql` on standard input, foreign keys on; stops at the first error (throws). */
export function sqlite(binary: string, database: string, sql: string): string {
  return execFileSync(binary, ["-bail", "-batch", "-list", "-separator", "|", database], {
    input: `PRAGMA foreign_keys = ON;\n${sql}`,
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
}
