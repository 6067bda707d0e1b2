/**
 * Checks a whole e-SAKIP organisation target file (DESIGN.md §9): every row, repeated targets,
 * agencies that exist, and the importer's reach (an Admin OPD imports only their own agency).
 * Pure: the service loads the context and writes what this returns as valid.
 */
import { checkRequiredColumns } from "./import-lines";
import { columnError, sortImportErrors, type ImportRowError } from "./import-error";
import {
  findDuplicateOrgTargets,
  ORG_TARGET_IMPORT_COLUMNS,
  parseOrgTargetRecord,
  type OrgTargetImportRow,
  type RawRecord,
} from "./org-target-row";

export type OrgTargetFileContext = {
  readonly knownOpdCodes: ReadonlySet<string>;
  /** The only kode_opd the importer may use (Admin OPD); null for any (Admin BKD, the system). */
  readonly ownOpdCode: string | null;
};

export type OrgTargetFileCheck = {
  /** Valid rows, in file order. */
  readonly rows: OrgTargetImportRow[];
  /** Every problem, by line. */
  readonly errors: ImportRowError[];
  readonly invalidLineCount: number;
};

/** Missing or repeated columns of the header row (line 1). */
export function checkOrgTargetHeader(header: readonly string[]): ImportRowError[] {
  return checkRequiredColumns(header, { required: ORG_TARGET_IMPORT_COLUMNS });
}

export function validateOrgTargetFile(records: readonly RawRecord[], context: OrgTargetFileContext): OrgTargetFileCheck {
  const parsed = records.map(parseOrgTargetRecord);
  const errors: ImportRowError[] = parsed.flatMap((p) => p.errors);
  errors.push(...findDuplicateOrgTargets(parsed));
  for (const p of parsed) {
    const opdCode = p.opdCode;
    if (!opdCode) continue;
    if (!context.knownOpdCodes.has(opdCode)) {
      errors.push(columnError(p.line, "kode_opd", `perangkat daerah dengan kode "${opdCode}" tidak terdaftar.`));
    } else if (context.ownOpdCode !== null && opdCode !== context.ownOpdCode) {
      errors.push(
        columnError(p.line, "kode_opd", `baris ini milik perangkat daerah ${opdCode}; Anda hanya dapat mengimpor sasaran perangkat daerah ${context.ownOpdCode}.`),
      );
    }
  }
  const invalidLines = new Set(errors.map((e) => e.line));
  const rows = parsed.flatMap((p) => (p.row && !invalidLines.has(p.line) ? [p.row] : []));
  return { rows, errors: sortImportErrors(errors), invalidLineCount: invalidLines.size };
}
