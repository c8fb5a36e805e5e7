/**
 * The source text of the value of top-level member `key` in `json`, a string that JSON.parse
 * has already accepted as an object; `undefined` when there is no such member. With duplicate
 * keys the last one wins, as in JSON.parse. Used to copy numeric ids exactly as written:
 * JSON.parse turns 12345678901234567890 into 12345678901234567000.
 */
export function memberSource(json: string, key: string): string | undefined {
  let index = skipSpace(json, 0);
  if (json[index] !== "{") return undefined;
  index = skipSpace(json, index + 1);
  let found: string | undefined;
  while (json[index] === '"') {
    const keyEnd = stringEnd(json, index);
    const name = JSON.parse(json.slice(index, keyEnd)) as string;
    const valueStart = skipSpace(json, skipSpace(json, keyEnd) + 1); // past ":"
    const valueEnd = valueEndAt(json, valueStart);
    if (name === key) found = json.slice(valueStart, valueEnd);
    index = skipSpace(json, valueEnd);
    if (json[index] !== ",") break;
    index = skipSpace(json, index + 1);
  }
  return found;
}

function skipSpace(json: string, index: number): number {
  let at = index;
  while (at < json.length) {
    const code = json.charCodeAt(at);
    // JSON whitespace: space, tab, LF, CR.
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) break;
    at++;
  }
  return at;
}

/** Index just past the string literal that starts at `index` (a '"'). */
function stringEnd(json: string, index: number): number {
  let at = index + 1;
  while (at < json.length) {
    const char = json[at];
    if (char === "\\") at += 2;
    else if (char === '"') return at + 1;
    else at++;
  }
  return at;
}

/** Index just past the value that starts at `index`. */
function valueEndAt(json: string, index: number): number {
  const first = json[index];
  if (first === '"') return stringEnd(json, index);
  if (first === "{" || first === "[") {
    let depth = 0;
    let at = index;
    while (at < json.length) {
      const char = json[at];
      if (char === '"') {
        at = stringEnd(json, at);
        continue;
      }
      if (char === "{" || char === "[") depth++;
      else if (char === "}" || char === "]") {
        depth--;
        if (depth === 0) return at + 1;
      }
      at++;
    }
    return at;
  }
  // A number or a literal (true, false, null): up to the next delimiter.
  let at = index;
  while (at < json.length && !/[\s,}\]]/.test(json[at] as string)) at++;
  return at;
}
