/** The exit-code table shared by every `--help` text. */
export const exitCodeHelp = `Exit codes:
  0    success
  1    analyze --jsonl: some input lines failed (each has an error record in the output)
  2    usage error (unknown command or option, bad option value)
  3    input file unreadable (missing, a directory, no permission)
  70   internal error (a bug; rerun with --debug for the stack trace)
  74   stdout could not be written (full disk, I/O error); one line on stderr
  130  stopped by SIGINT, 143 by SIGTERM (the line being written is finished; a second
       signal exits at once)
  141  the reader of stdout went away (e.g. | head); nothing on stderr`;
