// Reliability of predicted probabilities: binned predicted vs observed frequency, Brier score
// and expected calibration error.

/** One scored candidate: the predicted probability and whether the gold says it is reported. */
export interface Prediction {
  p: number;
  reported: boolean;
}

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  observed: number;
}

export interface Reliability {
  bins: ReliabilityBin[];
  brier: number;
  /** Expected calibration error: count-weighted |mean predicted − observed|. */
  ece: number;
  count: number;
}

const edges = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0000001];

export function reliability(predictions: readonly Prediction[]): Reliability {
  const bins: ReliabilityBin[] = [];
  let brier = 0;
  let ece = 0;
  for (let b = 0; b + 1 < edges.length; b++) {
    const inBin = predictions.filter((x) => x.p >= edges[b]! && x.p < edges[b + 1]!);
    const count = inBin.length;
    const meanPredicted = count === 0 ? 0 : inBin.reduce((s, x) => s + x.p, 0) / count;
    const observed = count === 0 ? 0 : inBin.filter((x) => x.reported).length / count;
    bins.push({ from: edges[b]!, to: Math.min(1, edges[b + 1]!), count, meanPredicted, observed });
    ece += count * Math.abs(meanPredicted - observed);
  }
  for (const x of predictions) brier += (x.p - (x.reported ? 1 : 0)) ** 2;
  const n = predictions.length;
  return { bins, brier: n === 0 ? 0 : brier / n, ece: n === 0 ? 0 : ece / n, count: n };
}

export function formatReliability(table: Reliability, title: string): string {
  const lines = [
    `### ${title}`,
    "",
    "| predicted | candidates | mean predicted | observed reported |",
    "| --- | ---: | ---: | ---: |",
  ];
  for (const bin of table.bins) {
    if (bin.count === 0) continue;
    lines.push(
      `| ${bin.from.toFixed(1)}–${bin.to.toFixed(1)} | ${bin.count} | ${bin.meanPredicted.toFixed(2)} | ${bin.observed.toFixed(2)} |`,
    );
  }
  lines.push("", `Brier ${table.brier.toFixed(3)} · ECE ${table.ece.toFixed(3)} · ${table.count} candidates`);
  return lines.join("\n");
}
