/**
 * Helpers shared by the import files' checks: the required columns of a header row, and the
 * wording of "also on lines …" in a duplicate's message.
 */
import type { ImportRowError } from "./import-error";

/**
 * Missing or repeated columns of the header (line 1); extra columns are allowed. A repeated extra
 * column is an error only with `rejectRepeatedExtras` (the employee file has always refused them).
 */
export function checkRequiredColumns(
  header: readonly string[],
  columns: { required: readonly string[]; rejectRepeatedExtras?: boolean },
): ImportRowError[] {
  const { required } = columns;
  const errors: ImportRowError[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name) && (columns.rejectRepeatedExtras || required.includes(name))) {
      errors.push({ line: 1, column: name, message: `Kolom ${name} muncul lebih dari sekali pada baris judul.` });
    }
    seen.add(name);
  }
  const missing = required.filter((c) => !seen.has(c));
  if (missing.length > 0) {
    errors.push({
      line: 1,
      message: `Baris judul tidak memuat kolom ${missing.join(", ")}. Kolom yang diperlukan: ${required.join(",")}.`,
    });
  }
  return errors;
}

/** At most this many other lines are named in a duplicate's message, so a file of many copies stays linear. */
const NAMED_OTHER_LINES = 3;

/** "baris 4, 9, 12 dan 27 baris lain": the first few of `all` other than `line`. */
export function otherLinesText(all: readonly number[], line: number): string {
  const named: number[] = [];
  for (const l of all) {
    if (l === line) continue;
    if (named.length === NAMED_OTHER_LINES) break;
    named.push(l);
  }
  const rest = all.length - 1 - named.length;
  return `baris ${named.join(", ")}${rest > 0 ? ` dan ${rest.toLocaleString("id-ID")} baris lain` : ""}`;
}
