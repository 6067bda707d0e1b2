/**
 * Checks a whole sanctions file (DESIGN.md §9): every row, repeats within the file, employees that
 * exist, and sanctions already cancelled (an import never revives a cancelled sanction). Fills an
 * empty `persen` with the policy's default of the start year. Pure.
 */
import { checkRequiredColumns } from "./import-lines";
import { columnError, sortImportErrors, type ImportRowError } from "./import-error";
import {
  findDuplicateSanctions,
  parseSanctionRecord,
  SANCTION_IMPORT_COLUMNS,
  sanctionKeyText,
  type RawRecord,
  type SanctionImportRow,
} from "./sanction-row";

/** DESIGN.md §8.3 step 5: the default cut when the year has no policy (configurable per year). */
export const DEFAULT_SANCTION_BP = 2500;

export type SanctionFileContext = {
  /** Registered employees' ids by NIP. */
  readonly employeeIds: ReadonlyMap<string, number>;
  /** The policy's sanctionDefaultBp by year; a year without a policy uses DEFAULT_SANCTION_BP. */
  readonly defaultBpByYear: ReadonlyMap<number, number>;
  /** Keys (sanctionKeyText) of sanctions that were cancelled. */
  readonly cancelledKeys: ReadonlySet<string>;
};

export type ValidSanctionRow = Omit<SanctionImportRow, "percentBp"> & { readonly percentBp: number; readonly employeeId: number };

export type SanctionFileCheck = { readonly rows: ValidSanctionRow[]; readonly errors: ImportRowError[]; readonly invalidLineCount: number };

export function checkSanctionHeader(header: readonly string[]): ImportRowError[] {
  return checkRequiredColumns(header, { required: SANCTION_IMPORT_COLUMNS });
}

export function validateSanctionFile(records: readonly RawRecord[], context: SanctionFileContext): SanctionFileCheck {
  const parsed = records.map(parseSanctionRecord);
  const errors: ImportRowError[] = parsed.flatMap((p) => p.errors);
  errors.push(...findDuplicateSanctions(parsed));
  for (const p of parsed) {
    if (!p.key) continue;
    if (!context.employeeIds.has(p.key.nip)) errors.push(columnError(p.line, "nip", `pegawai dengan NIP ${p.key.nip} tidak terdaftar.`));
    else if (context.cancelledKeys.has(sanctionKeyText(p.key))) {
      errors.push(columnError(p.line, "jenis", "hukuman ini sudah dibatalkan; impor tidak memberlakukannya kembali."));
    }
  }
  const invalidLines = new Set(errors.map((e) => e.line));
  const rows = parsed.flatMap((p) =>
    p.row && !invalidLines.has(p.line)
      ? [{
          ...p.row,
          employeeId: context.employeeIds.get(p.row.nip)!,
          percentBp: p.row.percentBp ?? context.defaultBpByYear.get(p.row.startYear) ?? DEFAULT_SANCTION_BP,
        }]
      : [],
  );
  return { rows, errors: sortImportErrors(errors), invalidLineCount: invalidLines.size };
}
