// INTERIM: replaced by normalizeWithMap(text, "search") once it lands.
export interface SearchText {
  text: string;
  map: Int32Array;
}

export function toSearchText(input: string): SearchText {
  const out: string[] = [];
  const map: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if ((c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x6d6 && c <= 0x6ed) || c === 0x640) continue;
    if (
      (c >= 0x200b && c <= 0x200f) ||
      (c >= 0x202a && c <= 0x202e) ||
      c === 0x2060 ||
      (c >= 0x2066 && c <= 0x2069) ||
      c === 0xfeff
    )
      continue;
    if (
      c === 0x20 ||
      c === 0x0a ||
      c === 0x0d ||
      c === 0x09 ||
      c === 0xa0 ||
      c === 0x202f ||
      (c >= 0x2000 && c <= 0x200a)
    ) {
      if (out.length > 0) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      out.push(" ");
      map.push(i - 1);
      pendingSpace = false;
    }
    let ch = input[i]!;
    if (c === 0x623 || c === 0x625 || c === 0x622 || c === 0x671) ch = "ا";
    else if (c === 0x649 || c === 0x6cc) ch = "ي";
    else if (c === 0x629) ch = "ه";
    else if (c === 0x6a9) ch = "ك";
    else if (c >= 0x660 && c <= 0x669) ch = String(c - 0x660);
    else if (c >= 0x6f0 && c <= 0x6f9) ch = String(c - 0x6f0);
    else ch = ch.toLowerCase();
    out.push(ch);
    map.push(i);
  }
  map.push(input.length);
  return { text: out.join(""), map: Int32Array.from(map) };
}
