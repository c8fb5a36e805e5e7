import { ExitCode, type ExitCodeValue } from "./exit-codes.js";

/**
 * An expected failure of a command: printed as one line on stderr (no stack unless
 * `--debug`) and turned into a documented exit code.
 */
export class CliError extends Error {
  readonly exitCode: ExitCodeValue;

  constructor(message: string, exitCode: ExitCodeValue, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}

/** A bad command line: exit code 2. */
export function usageError(message: string): CliError {
  return new CliError(message, ExitCode.usage);
}

/** An input file that cannot be opened or read: exit code 3. */
export function unreadableInput(path: string, cause: unknown): CliError {
  const reason =
    (cause as NodeJS.ErrnoException | undefined)?.code ?? (cause instanceof Error ? cause.message : String(cause));
  return new CliError(`cannot read ${JSON.stringify(path)}: ${describeErrno(reason)}`, ExitCode.unreadableInput, {
    cause,
  });
}

function describeErrno(code: string): string {
  switch (code) {
    case "ENOENT":
      return "no such file (ENOENT)";
    case "EACCES":
      return "permission denied (EACCES)";
    case "EISDIR":
      return "is a directory (EISDIR)";
    default:
      return code;
  }
}
