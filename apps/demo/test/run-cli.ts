import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The app folder: tests run the CLI from here so tsx and the workspace packages resolve. */
export const appDir = fileURLToPath(new URL("..", import.meta.url));

// `npm test` runs vitest before the build, so the tests run the CLI from its sources: tsx
// compiles them and the @csto/source condition points the libraries at their src/ too.
export const cliCommand = ["--import", "tsx", "--conditions=@csto/source", "src/cli.ts"] as const;

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `csto-demo <args>` as a child process, optionally feeding `input` on stdin. */
export function runCli(
  args: readonly string[],
  options: { input?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...cliCommand, ...args], {
      cwd: appDir,
      env: { ...process.env, NO_COLOR: "1", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") }),
    );
    child.stdin.on("error", () => {}); // the CLI may exit before reading all of stdin (usage errors)
    child.stdin.end(options.input ?? "");
  });
}
