import type { Readable } from "node:stream";
import type { ParseArgsConfig } from "node:util";
import type { OutputWriter } from "./output-writer.js";

/** The streams and facts a command runs with (injected so tests and workers can swap them). */
export interface CommandContext {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: readonly string[];
  readonly stdin: Readable;
  /** stdout, written through whole-line writes (see OutputWriter). */
  readonly out: OutputWriter;
  readonly stderr: NodeJS.WriteStream;
  /** Aborted on the first SIGINT/SIGTERM: stop reading, finish the line being written. */
  readonly stop: AbortSignal;
  /** URL of the running entry file (`dist/cli.js` or `src/cli.ts`), for workers and the web root. */
  readonly entryUrl: string;
  readonly debug: boolean;
}

/** One sub-command of `csto-demo`. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The full `--help` text. */
  readonly help: string;
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  readonly maxPositionals: number;
  /** Resolves to the exit code; long-running commands (serve) resolve when they stop. */
  run(context: CommandContext): Promise<number>;
}
