import { describe, expect, it } from "vitest";
import { fitLogistic, predict, type Row } from "./logistic.js";
import { reliability } from "./reliability.js";

describe("fitLogistic", () => {
  it("recovers the direction and rough size of known coefficients", () => {
    // y = 1 with probability σ(-1 + 2·x0 − 1.5·x1), sampled deterministically.
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const rows: Row[] = [];
    for (let i = 0; i < 4000; i++) {
      const x = Float64Array.of(random() < 0.5 ? 1 : 0, random() < 0.5 ? 1 : 0);
      const p = 1 / (1 + Math.exp(-(-1 + 2 * x[0]! - 1.5 * x[1]!)));
      rows.push({ x, y: random() < p ? 1 : 0 });
    }
    const model = fitLogistic(rows, 2, 0.01);
    expect(model.intercept).toBeCloseTo(-1, 0);
    expect(model.weights[0]).toBeCloseTo(2, 0);
    expect(model.weights[1]).toBeCloseTo(-1.5, 0);
    expect(predict(model, Float64Array.of(1, 0))).toBeGreaterThan(0.6);
  });
  it("stays finite on separable data thanks to the L2 penalty", () => {
    const rows: Row[] = [
      { x: Float64Array.of(1), y: 1 },
      { x: Float64Array.of(0), y: 0 },
    ];
    const model = fitLogistic(rows, 1, 1);
    expect(Number.isFinite(model.weights[0])).toBe(true);
  });
});

describe("reliability", () => {
  it("bins predictions and compares them with what was observed", () => {
    const table = reliability([
      { p: 0.05, reported: false },
      { p: 0.95, reported: true },
      { p: 0.92, reported: false },
    ]);
    const high = table.bins.find((b) => b.from === 0.9)!;
    expect(high.count).toBe(2);
    expect(high.observed).toBe(0.5);
    expect(table.brier).toBeCloseTo((0.05 ** 2 + 0.05 ** 2 + 0.92 ** 2) / 3, 6);
  });
});
