import type { Cell, TableData } from "./tables/table.js";

/** RFC 4180 quoting: quote a field that holds a comma, a quote or a line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text of a cell: empty for null, `true`/`false` for booleans. */
export function csvCell(value: Cell): string {
  if (value === null) return "";
  return csvField(String(value));
}

/** The CSV of one table: a header row of its column names, then one line per row, "\n" line ends. */
export function toTableCsv({ table, rows }: TableData): string {
  const names = table.columns.map((column) => column.name);
  const lines = [names.map(csvField).join(",")];
  for (const row of rows) lines.push(names.map((name) => csvCell(row[name] ?? null)).join(","));
  return `${lines.join("\n")}\n`;
}
