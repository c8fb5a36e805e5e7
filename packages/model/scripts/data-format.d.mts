// Types of data-format.mjs, for the tests that import it.
export type KeyOrder = { readonly [key: string]: true | KeyOrder };
export declare const keyOrder: Readonly<Record<string, KeyOrder>>;
export declare const collectionNames: readonly string[];
export declare function orderKeys(value: unknown, order: KeyOrder | true): unknown;
export declare function formatCollection(collection: string, records: readonly unknown[]): string;
