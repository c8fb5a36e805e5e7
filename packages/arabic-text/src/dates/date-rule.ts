import type { ScanContext, TokenMatch } from "./scan-context.js";
import type { PARSER_BITS } from "./starter-words.js";

/** Reads one kind of date expression starting at token i. */
export type Parser = (ctx: ScanContext, i: number) => TokenMatch | undefined;

/**
 * One rule of the date grammar, declared in its own file under rules/ and listed once in
 * `RULES` (parse-expression.ts), whose order is the priority order. The words it may start on
 * come from its own tables (`startWords`), so where a rule may start is never written apart
 * from the rule; the scanner adds their clitic readings and builds every start mask from them.
 * Digit runs start rules by the conditions of `numberMask` (starter-words.ts).
 */
export interface DateRule {
  /** Its key in PARSER_BITS: the bit the start masks and `tryAt` use for it. */
  readonly name: keyof typeof PARSER_BITS;
  /** The search-normalized words the rule may start on. */
  readonly startWords: () => Iterable<string>;
  readonly parse: Parser;
}

/**
 * One step over the longest match at a start position, in the order of `REFINERS`
 * (parse-expression.ts): it returns the match refined (a time attached, the match marked as a
 * name to skip …) or unchanged.
 */
export type Refiner = (ctx: ScanContext, start: number, m: TokenMatch) => TokenMatch;
