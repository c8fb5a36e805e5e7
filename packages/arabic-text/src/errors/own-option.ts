/**
 * Reads an option as an own property only, so that a polluted `Object.prototype`
 * (`Object.prototype.foldAlef = true` set by some other code) never changes a result.
 */
export function ownOption(options: object, key: string): unknown {
  return Object.hasOwn(options, key) ? (options as Record<string, unknown>)[key] : undefined;
}
