/** Why a generated file could not be written. */
export type ArtifactErrorCode = "UNSUPPORTED_SCHEMA" | "UNEXPRESSIBLE_RECORD";

/**
 * Thrown by the table, SQL and CSV generators: a schema shape the table model does not know,
 * or a record whose value no table can hold (a NUL character, a lone surrogate, a key no schema
 * declares, a value of the wrong type). `record` names the record (its id, or
 * `<collection>[<index>]` for id-less ones) so the fix starts at the right line.
 */
export class ArtifactError extends Error {
  readonly code: ArtifactErrorCode;
  readonly record: string | undefined;

  constructor(code: ArtifactErrorCode, message: string, record?: string) {
    super(record === undefined ? message : `${record}: ${message}`);
    this.name = "ArtifactError";
    this.code = code;
    this.record = record;
  }
}
