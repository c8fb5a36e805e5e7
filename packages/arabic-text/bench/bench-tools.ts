// Helpers shared by the benchmarks of this package: a seeded generator for reproducible
// corpora, and a timing loop robust to other jobs on a shared machine.

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Time of each candidate over the whole corpus, robust to other processes on a shared
 * machine: the corpus is cut into batches of `batchSize` articles, each batch is timed in every
 * round, and a candidate's time is the sum over batches of its best round. Rounds interleave the
 * candidates; round 0 only warms up the JIT and the tables.
 */
export function measureAll(
  articles: readonly string[],
  candidates: readonly (readonly [string, (text: string) => unknown])[],
  { batchSize, rounds }: { batchSize: number; rounds: number },
): number[] {
  const batches: string[][] = [];
  for (let k = 0; k < articles.length; k += batchSize) batches.push(articles.slice(k, k + batchSize));
  const best = candidates.map(() => batches.map(() => Number.POSITIVE_INFINITY));
  for (let round = 0; round < rounds; round++) {
    candidates.forEach(([, run], index) => {
      batches.forEach((batch, b) => {
        const started = performance.now();
        for (const article of batch) run(article);
        const elapsed = performance.now() - started;
        if (round > 0) best[index]![b] = Math.min(best[index]![b]!, elapsed);
      });
    });
  }
  return best.map((times) => times.reduce((sum, time) => sum + time, 0));
}
