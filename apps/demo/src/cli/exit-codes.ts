/** Documented exit codes of `csto-demo` (also in README.md and `--help`). */
export const ExitCode = {
  /** Everything succeeded. */
  ok: 0,
  /** Batch mode: at least one input line became an error record. */
  someLinesFailed: 1,
  /** Bad command, option or option value. */
  usage: 2,
  /** An input file could not be opened or read. */
  unreadableInput: 3,
  /** An unexpected internal error (a bug: please report it with `--debug` output). */
  internal: 70,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
