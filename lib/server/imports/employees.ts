import "server-only";
import { validateEmployeeFile } from "@/lib/domain/imports/employee-file";
import { checkHeader } from "@/lib/domain/imports/employee-row";
import { EMPLOYEE_IMPORT_MAX_BYTES, EMPLOYEE_IMPORT_MAX_ROWS } from "@/lib/domain/imports/limits";
import { lockSupervisorChains } from "../admin/locks";
import { runCsvImport, type CsvImportKind, type CsvImportResult } from "./csv-import";
import { loadEmployeeImportContext } from "./employee-context";
import { applyEmployeeImport } from "./employee-writes";
import type { ImportFileInput } from "./import-batch";

export type EmployeeImportInput = ImportFileInput;

export type EmployeeImportResult = CsvImportResult<{
  unitsCreated: number;
  positionsCreated: number;
  handedOver: { skpVersions: number; realisations: number };
}>;

type EmployeeExtra = Pick<EmployeeImportResult, "unitsCreated" | "positionsCreated" | "handedOver">;

const EMPLOYEE_IMPORT: CsvImportKind<EmployeeExtra> = {
  batchKind: "EMPLOYEES",
  auditAction: "import.employees",
  permission: "import.employees",
  forbiddenMessage: "Anda tidak berwenang mengimpor data pegawai.",
  maxBytes: EMPLOYEE_IMPORT_MAX_BYTES,
  maxRows: EMPLOYEE_IMPORT_MAX_ROWS,
  checkHeader,
  // One employee import at a time: two concurrent ones would race on the same new NIPs and units.
  lockKey: 730_901,
  timeoutMs: 10 * 60_000,
  conflictMessage: "Data pegawai berubah bersamaan dengan impor ini. Coba impor lagi.",
  notWrittenExtra: { unitsCreated: 0, positionsCreated: 0, handedOver: { skpVersions: 0, realisations: 0 } },
  checkRows: async (tx, { actor, records }) => {
    // Supervisor links change here too: serialise with the admin pages' cycle checks.
    await lockSupervisorChains(tx);
    const context = await loadEmployeeImportContext(tx, actor, records);
    const check = validateEmployeeFile(records, context.file);
    return {
      errors: check.errors,
      validRowCount: check.rows.length,
      write: async (openBatch) => {
        const applied = await applyEmployeeImport(tx, { rows: check.rows, context });
        const counts = { created: applied.created, updated: applied.updated, unchanged: applied.unchanged };
        await openBatch(counts);
        return {
          counts,
          auditEntries: applied.auditEntries,
          summaryDetails: { unitDibuat: applied.unitsCreated, jabatanDibuat: applied.positionsCreated, persetujuanDipindahkan: applied.handedOver },
          extra: { unitsCreated: applied.unitsCreated, positionsCreated: applied.positionsCreated, handedOver: applied.handedOver },
        };
      },
    };
  },
};

/**
 * Imports a SIAp Jabar employee file (DESIGN.md §9; columns in lib/domain/imports/employee-row.ts).
 * Every row is checked first; with any bad row nothing is written unless `validRowsOnly`. All
 * writes, the ImportBatch row, one summary audit entry and an entry per created or changed record
 * happen in one transaction. Idempotent: the same file again creates and changes nothing.
 * Admin OPD imports only rows of their own agency; Admin BKD and the system any agency.
 */
export function importEmployees(input: EmployeeImportInput): Promise<EmployeeImportResult> {
  return runCsvImport(EMPLOYEE_IMPORT, input);
}
