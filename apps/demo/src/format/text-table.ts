// Terminal cell width: combining marks (Arabic harakat, U+064B…) and format characters take no
// column, East Asian wide characters take two; everything else one. Good enough for the names
// and dates this CLI prints without pulling a wcwidth dependency.
const zeroWidth = /[\p{Mn}\p{Me}\p{Cf}]/u;
const wide = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
const ansi = /\u001b\[[0-9;]*m/g;

/** Columns a string occupies in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ansi, "")) {
    if (zeroWidth.test(char)) continue;
    width += wide.test(char) ? 2 : 1;
  }
  return width;
}

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Left-aligned columns separated by two spaces. The last column is never padded, so an Arabic
 * surface placed last cannot push the others around in a terminal that reorders RTL text.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], indent = "  "): string {
  const all = header.length > 0 ? [header, ...rows] : [...rows];
  const columns = Math.max(0, ...all.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(0, ...all.map((row) => displayWidth(row[column] ?? ""))),
  );
  return all
    .map(
      (row) =>
        indent +
        row
          .map((cell, column) => (column === row.length - 1 ? cell : padEnd(cell, widths[column] ?? 0)))
          .join("  ")
          .trimEnd(),
    )
    .join("\n");
}
