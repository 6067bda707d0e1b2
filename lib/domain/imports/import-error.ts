/**
 * A row-level problem of an imported file (DESIGN.md §9): the CSV line it is on (the header is
 * line 1), the column when one is to blame, and a plain Indonesian message that names the column.
 */
export type ImportRowError = {
  readonly line: number;
  readonly column?: string;
  readonly message: string;
};

/** "Kolom nip: …": every message names its column so it reads well on its own (CLI, logs). */
export function columnError(line: number, column: string, message: string): ImportRowError {
  return { line, column, message: `Kolom ${column}: ${message}` };
}

/** Errors in file order: by line, then column order as given. */
export function sortImportErrors(errors: readonly ImportRowError[]): ImportRowError[] {
  return errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) => a.error.line - b.error.line || a.index - b.index)
    .map(({ error }) => error);
}
