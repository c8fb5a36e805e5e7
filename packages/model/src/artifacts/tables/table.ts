/** The type of a column, shared by SQL, CSV and the Frictionless descriptor. */
export type ColumnType = "text" | "integer" | "boolean";

/** One column of a table of the relational model. */
export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  /** NOT NULL. */
  readonly required: boolean;
  /** The allowed values, for enum columns. */
  readonly values?: readonly string[];
  /**
   * An ISO date kept as text: `partial` at day, month or year precision ("2025-11-27",
   * "2025-11", "2025"), `day` at day precision only.
   */
  readonly date?: "partial" | "day";
  /** Lower bound (inclusive) of an integer column. */
  readonly minimum?: number;
  readonly description: string;
}

/** `columns` of one table point at `references` (its primary key) of `table`. */
export interface ForeignKey {
  readonly columns: readonly string[];
  readonly table: string;
  readonly references: readonly string[];
}

/** A table: name, columns, keys, and the date pairs that must be in order (first <= second). */
export interface Table {
  readonly name: string;
  readonly description: string;
  readonly columns: readonly Column[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly dateOrder: readonly (readonly [string, string])[];
}

/** A cell value: text, integer, boolean, or null for an absent optional value. */
export type Cell = string | number | boolean | null;

/** One row, by column name. */
export type Row = Readonly<Record<string, Cell>>;

/** A table with its rows, in row order. */
export interface TableData {
  readonly table: Table;
  readonly rows: readonly Row[];
}
