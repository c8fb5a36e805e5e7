// The objects frozen so far, all the way down; built on first use (no work at import time).
let frozen: WeakSet<object> | undefined;

/**
 * Freezes `value` and everything reachable from it, once: a second call on the same object
 * returns at once. Records the queries return are shared by every caller, so a caller editing
 * one must not change later answers (an edit throws in strict mode and is ignored otherwise).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  frozen ??= new WeakSet();
  if (frozen.has(value)) return value;
  // Mark first: the dataset is a tree, but a cycle in a caller's object must not recurse forever.
  frozen.add(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  Object.freeze(value);
  return value;
}
