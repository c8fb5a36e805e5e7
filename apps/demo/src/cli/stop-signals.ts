import { constants } from "node:os";

/** A stop request from SIGINT or SIGTERM, shared by every command. */
export interface StopRequest {
  /** Aborted on the first SIGINT/SIGTERM. */
  readonly signal: AbortSignal;
  /** The signal received, once one was. */
  readonly received: NodeJS.Signals | undefined;
  /** Removes the handlers (tests, and the end of a run). */
  dispose(): void;
}

/** The exit status for a stop by `signal`: 128 + its number (130 for SIGINT, 143 for SIGTERM). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 0);
}

/**
 * First SIGINT/SIGTERM: abort `signal`, so commands stop reading and finish the line they are
 * writing. A second one exits at once with 128 + its number — the user asked twice.
 */
export function listenForStop(process: NodeJS.Process = globalThis.process): StopRequest {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (received !== undefined) process.exit(signalExitCode(signal));
    received = signal;
    controller.abort(signal);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    get received() {
      return received;
    },
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}
