import "server-only";
import { ORG_TARGET_IMPORT_MAX_BYTES, ORG_TARGET_IMPORT_MAX_ROWS } from "@/lib/domain/imports/limits";
import { checkOrgTargetHeader, validateOrgTargetFile } from "@/lib/domain/imports/org-target-file";
import { planOrgTargetImport } from "@/lib/domain/imports/org-target-plan";
import { runCsvImport, type CsvImportKind, type CsvImportResult } from "./csv-import";
import { importOpdScope } from "./import-actor";
import type { ImportFileInput } from "./import-batch";
import { applyOrgTargetPlan, loadStoredOrgTargets } from "./org-target-writes";

export type OrgTargetImportInput = ImportFileInput;

/** An agency and year that the valid rows of the file cover (for "show what was imported"). */
export type ImportedOrgTargetScope = { opdId: number; opdCode: string; year: number; rows: number };

export type OrgTargetImportResult = CsvImportResult<{ scopes: ImportedOrgTargetScope[] }>;

const ORG_TARGET_IMPORT: CsvImportKind<{ scopes: ImportedOrgTargetScope[] }> = {
  batchKind: "ORG_TARGETS",
  auditAction: "import.orgTargets",
  permission: "orgTarget.import",
  forbiddenMessage: "Anda tidak berwenang mengimpor sasaran organisasi.",
  maxBytes: ORG_TARGET_IMPORT_MAX_BYTES,
  maxRows: ORG_TARGET_IMPORT_MAX_ROWS,
  checkHeader: checkOrgTargetHeader,
  // One organisation target import at a time: two concurrent ones would race on the same new keys.
  lockKey: 730_902,
  timeoutMs: 5 * 60_000,
  conflictMessage: "Sasaran organisasi berubah bersamaan dengan impor ini. Coba impor lagi.",
  notWrittenExtra: { scopes: [] },
  checkRows: async (tx, { actor, records }) => {
    const opds = await tx.opd.findMany({ select: { id: true, code: true } });
    const opdIdByCode = new Map(opds.map((o) => [o.code, o.id]));
    const opdCodeById = new Map(opds.map((o) => [o.id, o.code]));
    const scope = importOpdScope(actor);
    const check = validateOrgTargetFile(records, {
      knownOpdCodes: new Set(opdIdByCode.keys()),
      ownOpdCode: scope.anyAgency ? null : (opdCodeById.get(scope.opdId) ?? "\u0000"),
    });
    return {
      errors: check.errors,
      validRowCount: check.rows.length,
      write: async (openBatch) => {
        const stored = await loadStoredOrgTargets(tx, { rows: check.rows, opdIdByCode, opdCodeById });
        const plan = planOrgTargetImport(check.rows, stored);
        const counts = { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged };
        const batchId = await openBatch(counts);
        const auditEntries = await applyOrgTargetPlan(tx, { plan, batchId, opdIdByCode, opdCodeById });
        return { counts, auditEntries, extra: { scopes: scopesOf(check.rows, opdIdByCode) } };
      },
    };
  },
};

/**
 * Imports an e-SAKIP organisation target file (DESIGN.md §9; columns in
 * lib/domain/imports/org-target-row.ts). Every row is checked first; with any bad row nothing is
 * written unless `validRowsOnly`. The writes, the ImportBatch row, one summary audit entry and an
 * entry per created or changed target happen in one transaction. Idempotent: a target is matched
 * on (agency, year, sasaran strategis, indikator) and only a changed target value, unit or wording
 * is written, so the same file again creates and changes nothing. Targets absent from the file
 * are never deleted. Admin OPD imports only rows of their own agency; Admin BKD and the system any.
 */
export function importOrgTargets(input: OrgTargetImportInput): Promise<OrgTargetImportResult> {
  return runCsvImport(ORG_TARGET_IMPORT, input);
}

function scopesOf(rows: readonly { opdCode: string; year: number }[], opdIdByCode: ReadonlyMap<string, number>): ImportedOrgTargetScope[] {
  const scopes = new Map<string, ImportedOrgTargetScope>();
  for (const r of rows) {
    const key = `${r.opdCode}/${r.year}`;
    const scope = scopes.get(key);
    if (scope) scope.rows += 1;
    else scopes.set(key, { opdId: opdIdByCode.get(r.opdCode)!, opdCode: r.opdCode, year: r.year, rows: 1 });
  }
  return [...scopes.values()].sort((a, b) => a.opdCode.localeCompare(b.opdCode) || a.year - b.year);
}
