import cliProgress from "cli-progress";

/** Progress of a batch run on stderr; a no-op when stderr is not a terminal. */
export interface BatchProgress {
  update(lines: number, bytes: number): void;
  stop(): void;
}

const silent: BatchProgress = { update() {}, stop() {} };

/**
 * A cli-progress bar: with a known input size the bar tracks bytes (so percentage and ETA are
 * real), otherwise it shows only lines and rate.
 */
export function createBatchProgress(stream: NodeJS.WriteStream, totalBytes: number | undefined): BatchProgress {
  if (!stream.isTTY) return silent;
  const started = Date.now();
  const known = totalBytes !== undefined && totalBytes > 0;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: known
        ? "{bar} {percentage}% | {lines} lines | {rate} lines/s | ETA {eta_formatted}"
        : "{lines} lines | {rate} lines/s | {elapsed}s",
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(known ? totalBytes : 0, 0, { lines: 0, rate: 0, elapsed: 0 });
  return {
    update(lines, bytes) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(known ? Math.min(bytes, totalBytes) : 0, {
        lines,
        rate: seconds > 0 ? Math.round(lines / seconds) : 0,
        elapsed: Math.round(seconds),
      });
    },
    stop() {
      bar.stop();
    },
  };
}
