import { splitProclitics } from "./proclitics.js";
import type { TokenBounds } from "./token-bounds.js";
import type { Token, TokenKind } from "./tokenize.js";

const kindNames: readonly TokenKind[] = ["word", "number", "latin"];

/** Token objects, with the proclitic analysis of every word, for the places `bounds` found. */
export function buildTokens(input: string, normalized: string, map: Int32Array, bounds: TokenBounds): Token[] {
  const { count, places, kinds } = bounds;
  const tokens: Token[] = [];
  for (let k = 0; k < count; k++) {
    const at = k * 4;
    tokens.push(
      makeToken(input, normalized, map, places[at]!, places[at + 1]!, places[at + 3]!, kindNames[kinds[k]!]!),
    );
  }
  return tokens;
}

function makeToken(
  input: string,
  normalized: string,
  map: Int32Array,
  from: number,
  to: number,
  end: number,
  kind: TokenKind,
): Token {
  const start = map[from]!;
  const word = normalized.slice(from, to);
  const token: Token = {
    text: input.slice(start, end),
    start,
    end,
    normalized: word,
    kind,
    base: word,
    baseStart: start,
  };
  if (kind !== "word") return token;
  // Only a token whose source has gaps (deleted tatweel, marks, controls) can hold a tatweel.
  const gapped = map[to - 1]! - start !== to - 1 - from;
  const split = splitProclitics(
    word,
    gapped ? (k) => tatweelBetween(input, map[from + k - 1]!, map[from + k]!) : noTatweel,
  );
  if (split.prefixLength > 0) {
    token.prefix = word.slice(0, split.prefixLength);
    token.base = word.slice(split.prefixLength);
    token.baseStart = map[from + split.prefixLength]!;
  }
  if (split.articleAt >= 0) token.articleStart = map[from + split.articleAt]!;
  return token;
}

function noTatweel(): boolean {
  return false;
}

function tatweelBetween(input: string, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (input.charCodeAt(k) === 0x0640) return true;
  return false;
}
