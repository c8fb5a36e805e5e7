// L2-regularised logistic regression fitted by iteratively reweighted least squares (Newton's
// method): a dozen features and a few hundred rows, so a dense solve per step is enough.

/** One training row: feature values and the 0/1 label. */
export interface Row {
  x: Float64Array;
  y: 0 | 1;
}

export interface Fitted {
  intercept: number;
  weights: Float64Array;
  iterations: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Solves A·v = b in place by Gaussian elimination with partial pivoting. */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    [b[col], b[pivot]] = [b[pivot]!, b[col]!];
    const d = a[col]![col]!;
    for (let r = col + 1; r < n; r++) {
      const f = a[r]![col]! / d;
      if (f === 0) continue;
      for (let c = col; c < n; c++) a[r]![c]! -= f * a[col]![c]!;
      b[r]! -= f * b[col]!;
    }
  }
  const v = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let c = r + 1; c < n; c++) s -= a[r]![c]! * v[c]!;
    v[r] = s / a[r]![r]!;
  }
  return v;
}

/**
 * Fits P(y = 1 | x) = σ(b + w·x) maximising the log-likelihood minus `lambda`/2·|w|² (the
 * intercept is not penalised). Stops when no coefficient moves by more than 1e-8.
 */
export function fitLogistic(rows: readonly Row[], features: number, lambda = 1, maxIterations = 100): Fitted {
  const n = features + 1;
  let beta = new Float64Array(n);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const hessian = Array.from({ length: n }, () => new Float64Array(n));
    const gradient = new Float64Array(n);
    for (const row of rows) {
      let z = beta[0]!;
      for (let j = 0; j < features; j++) z += beta[j + 1]! * row.x[j]!;
      const p = sigmoid(z);
      const w = Math.max(p * (1 - p), 1e-9);
      const residual = row.y - p;
      const xi = (j: number) => (j === 0 ? 1 : row.x[j - 1]!);
      for (let j = 0; j < n; j++) {
        const xj = xi(j);
        if (xj === 0) continue;
        gradient[j]! += residual * xj;
        for (let k = 0; k < n; k++) hessian[j]![k]! += w * xj * xi(k);
      }
    }
    for (let j = 1; j < n; j++) {
      gradient[j]! -= lambda * beta[j]!;
      hessian[j]![j]! += lambda;
    }
    hessian[0]![0]! += 1e-6;
    const step = solve(hessian, gradient);
    const next = new Float64Array(n);
    let moved = 0;
    for (let j = 0; j < n; j++) {
      next[j] = beta[j]! + step[j]!;
      moved = Math.max(moved, Math.abs(step[j]!));
    }
    beta = next;
    if (moved < 1e-8) break;
  }
  return { intercept: beta[0]!, weights: beta.slice(1), iterations };
}

/** σ(b + w·x). */
export function predict(model: Fitted, x: Float64Array): number {
  let z = model.intercept;
  for (let j = 0; j < x.length; j++) z += model.weights[j]! * x[j]!;
  return sigmoid(z);
}

/**
 * Temperature scaling: the factor `a` (0.5 … 4, in steps of 0.05) that minimises the log-loss
 * of σ(a·z) on `rows`, where z is the model's log-odds. Scaling the coefficients by it leaves
 * the sign of every log-odds — hence every decision at p = 0.5 — unchanged.
 */
export function fitTemperature(model: Fitted, rows: readonly Row[]): number {
  const logits = rows.map((row) => {
    let z = model.intercept;
    for (let i = 0; i < model.weights.length; i++) z += model.weights[i]! * row.x[i]!;
    return z;
  });
  let best = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (let step = 10; step <= 80; step++) {
    const a = step / 20;
    let loss = 0;
    rows.forEach((row, k) => {
      const p = Math.min(1 - 1e-9, Math.max(1e-9, sigmoid(a * logits[k]!)));
      loss -= row.y === 1 ? Math.log(p) : Math.log(1 - p);
    });
    if (loss < bestLoss - 1e-12) {
      bestLoss = loss;
      best = a;
    }
  }
  return best;
}

/** The model with every coefficient multiplied by `factor`. */
export function scaled(model: Fitted, factor: number): Fitted {
  return {
    intercept: model.intercept * factor,
    weights: model.weights.map((w) => w * factor),
    iterations: model.iterations,
  };
}
