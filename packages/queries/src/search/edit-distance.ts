/**
 * Optimal-string-alignment (restricted Damerau–Levenshtein) distance between `a` and `b`,
 * or `max + 1` as soon as it must exceed `max`. Work is O(len · (2·max+1)): a band around
 * the diagonal, so the bound keeps fuzzy look-ups cheap.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  const big = max + 1;
  let previous2 = new Array<number>(m + 1).fill(big);
  let previous = new Array<number>(m + 1);
  let current = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) previous[j] = j <= max ? j : big;
  for (let i = 1; i <= n; i++) {
    current.fill(big);
    if (i <= max) current[0] = i;
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    let rowMin = current[0]!;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previous2[j - 2]! + 1);
      }
      current[j] = Math.min(value, big);
      if (current[j]! < rowMin) rowMin = current[j]!;
    }
    if (rowMin > max) return big;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return Math.min(previous[m]!, big);
}

/** The typo budget of a word of `length` letters: 0 below 4, 1 for 4–6, 2 from 7. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  return length < 7 ? 1 : 2;
}
