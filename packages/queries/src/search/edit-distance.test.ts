import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundedEditDistance, typoBudget } from "./edit-distance.js";

function fullDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

describe("boundedEditDistance", () => {
  it("counts a transposition as one edit", () => {
    expect(boundedEditDistance("بوتين", "بوتني", 2)).toBe(1);
    expect(boundedEditDistance("putin", "ptuin", 2)).toBe(1);
  });
  it("stops at max + 1", () => {
    expect(boundedEditDistance("لوكاشينكو", "نزارباييف", 2)).toBe(3);
  });
  it("agrees with the unbounded distance under the bound", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 8 }),
        fc.string({ maxLength: 8 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, max) => {
          expect(boundedEditDistance(a, b, max)).toBe(Math.min(fullDistance(a, b), max + 1));
        },
      ),
    );
  });
  it("scales the typo budget with length", () => {
    expect([typoBudget(3), typoBudget(4), typoBudget(6), typoBudget(7)]).toEqual([0, 1, 1, 2]);
  });
});
