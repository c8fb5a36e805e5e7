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
  /** stdout could not be written (full disk, I/O error): sysexits' EX_IOERR. */
  outputFailed: 74,
  /**
   * The reader of stdout went away (EPIPE). 128 + SIGPIPE, the status a shell reports for any
   * Unix filter in the same place (`yes | head -1`), so `set -o pipefail` scripts treat us like
   * `cat`, and a cut-short run is never mistaken for a complete one (0) or for bad input (1).
   */
  brokenPipe: 141,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
