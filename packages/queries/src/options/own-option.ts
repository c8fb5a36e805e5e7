import { CstoError } from "@csto/arabic-text";

/**
 * The options object of a query: `undefined` reads as no options; anything but a plain object
 * is misuse (INVALID_OPTION). Options are then read with `ownOption`, never through the
 * prototype chain, so a polluted `Object.prototype` cannot change an answer.
 */
export function readOptions<T extends object>(options: T | undefined, what: string): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new CstoError("INVALID_OPTION", `${what} must be an object`);
  }
  return options;
}

/** An own property of `options`, or undefined (inherited properties are ignored). */
export function ownOption<T extends object, K extends keyof T>(options: T, key: K): T[K] | undefined {
  return Object.hasOwn(options, key) ? options[key] : undefined;
}
