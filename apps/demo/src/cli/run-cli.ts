import type { Readable } from "node:stream";
import { parseArgs } from "node:util";
import packageJson from "../../package.json" with { type: "json" };
import { commands } from "../commands/command-list.js";
import { CliError, usageError } from "./cli-error.js";
import type { CommandContext } from "./command.js";
import { exitCodeHelp } from "./exit-code-help.js";
import { ExitCode } from "./exit-codes.js";

export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly entryUrl: string;
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

/** Runs one command line and resolves to its exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes("--debug");
  try {
    return await dispatch(argv, io, debug);
  } catch (error) {
    const isExpected = error instanceof CliError;
    const message = error instanceof Error ? error.message : String(error);
    // One line: a multi-line message from a library would break log parsers downstream.
    const oneLine = message.replace(/\s*\n\s*/g, " ");
    io.stderr.write(`csto-demo: ${isExpected ? "" : "internal error: "}${oneLine}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    if (!isExpected && !debug) io.stderr.write("csto-demo: rerun with --debug for the stack trace\n");
    return isExpected ? error.exitCode : ExitCode.internal;
  }
}

async function dispatch(argv: readonly string[], io: CliIo, debug: boolean): Promise<number> {
  const [first, ...rest] = argv.filter((arg) => arg !== "--debug");
  if (first === "--version" || first === "-V") {
    io.stdout.write(`${cliVersion()}\n`);
    return ExitCode.ok;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = commands.find((command) => command.name === rest[0]);
    io.stdout.write(`${topic ? topic.help : mainHelp()}\n`);
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
    io.stdout.write(`${command.help}\n`);
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
    stdout: io.stdout,
    stderr: io.stderr,
    entryUrl: io.entryUrl,
    debug,
  };
  return command.run(context);
}
