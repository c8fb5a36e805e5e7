import type { Readable } from "node:stream";
import { parseArgs } from "node:util";
import packageJson from "../../package.json" with { type: "json" };
import { commands } from "../commands/command-list.js";
import { CliError, usageError } from "./cli-error.js";
import type { CommandContext } from "./command.js";
import { exitCodeHelp } from "./exit-code-help.js";
import { ExitCode } from "./exit-codes.js";
import { OutputWriter } from "./output-writer.js";
import { signalExitCode } from "./stop-signals.js";

export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly entryUrl: string;
  /** Aborted on SIGINT/SIGTERM (see listenForStop); never aborted when omitted. */
  readonly stop?: { readonly signal: AbortSignal; readonly received: NodeJS.Signals | undefined };
}

/** The version printed by `--version`. */
export function cliVersion(): string {
  return packageJson.version;
}

function mainHelp(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return `csto-demo ${cliVersion()} — Arabic CSTO news analysis with the @csto libraries

Usage: csto-demo <command> [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join("\n")}

Options:
  -h, --help     show help (also: csto-demo <command> --help)
  -V, --version  print the version
  --debug        print stack traces of errors

${exitCodeHelp}`;
}

/**
 * Runs one command line and resolves to its exit code. Never throws. The exit code says what
 * happened to the output too: 141 when its reader went away (quietly), 74 with one stderr line
 * when it could not be written, 128 + signal after a stop — each after the last whole line was
 * handed to stdout.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes("--debug");
  const out = new OutputWriter(io.stdout);
  let code: number;
  try {
    code = await dispatch(argv, io, out, debug);
  } catch (error) {
    // A command that failed because stdout broke is reported as the broken output below.
    code = out.failed === undefined ? reportError(error, io.stderr, debug) : ExitCode.internal;
  }
  await out.settled();
  const failure = out.failed;
  if (failure?.code === "EPIPE") return ExitCode.brokenPipe;
  if (failure !== undefined) {
    io.stderr.write(`csto-demo: cannot write to stdout: ${describeWriteError(failure)}\n`);
    return ExitCode.outputFailed;
  }
  const received = io.stop?.received;
  return received === undefined ? code : signalExitCode(received);
}

function reportError(error: unknown, stderr: NodeJS.WritableStream, debug: boolean): number {
  const isExpected = error instanceof CliError;
  const message = error instanceof Error ? error.message : String(error);
  // One line: a multi-line message from a library would break log parsers downstream.
  const oneLine = message.replace(/\s*\n\s*/g, " ");
  stderr.write(`csto-demo: ${isExpected ? "" : "internal error: "}${oneLine}\n`);
  if (debug && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  if (!isExpected && !debug) stderr.write("csto-demo: rerun with --debug for the stack trace\n");
  return isExpected ? error.exitCode : ExitCode.internal;
}

function describeWriteError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOSPC":
      return "no space left on device (ENOSPC)";
    case "EIO":
      return "input/output error (EIO)";
    case "EBADF":
      return "not open for writing (EBADF)";
    default:
      return error.code ?? error.message;
  }
}

async function dispatch(argv: readonly string[], io: CliIo, out: OutputWriter, debug: boolean): Promise<number> {
  const [first, ...rest] = argv.filter((arg) => arg !== "--debug");
  if (first === "--version" || first === "-V") {
    await out.write(`${cliVersion()}\n`);
    return ExitCode.ok;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = commands.find((command) => command.name === rest[0]);
    await out.write(`${topic ? topic.help : mainHelp()}\n`);
    return ExitCode.ok;
  }
  if (first === undefined) throw usageError("missing command (try: csto-demo --help)");
  const command = commands.find((candidate) => candidate.name === first);
  if (!command) {
    throw usageError(`unknown command ${JSON.stringify(first)} (commands: ${commands.map((c) => c.name).join(", ")})`);
  }

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageError(`${command.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (parsed.values.help) {
    await out.write(`${command.help}\n`);
    return ExitCode.ok;
  }
  if (parsed.positionals.length > command.maxPositionals) {
    const extra = parsed.positionals.slice(command.maxPositionals).join(" ");
    throw usageError(
      `${command.name}: unexpected argument ${JSON.stringify(extra)} (see csto-demo ${command.name} --help)`,
    );
  }
  const context: CommandContext = {
    values: parsed.values as CommandContext["values"],
    positionals: parsed.positionals,
    stdin: io.stdin,
    out,
    stderr: io.stderr,
    stop: io.stop?.signal ?? new AbortController().signal,
    entryUrl: io.entryUrl,
    debug,
  };
  return command.run(context);
}
