/** Builds a value on first call and returns the same value afterwards (no work at import time). */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/** A lazily built lookup table of words. */
export function lazyWordSet(words: readonly string[]): () => Map<string, true> {
  return lazy(() => new Map(words.map((w) => [w, true as const])));
}
