import "server-only";
import { createHash } from "node:crypto";
import { readCsvTable } from "@/lib/domain/imports/csv-table";
import { sortImportErrors, type ImportRowError } from "@/lib/domain/imports/import-error";
import { ORG_TARGET_IMPORT_MAX_BYTES, ORG_TARGET_IMPORT_MAX_ROWS } from "@/lib/domain/imports/limits";
import { checkOrgTargetHeader, validateOrgTargetFile } from "@/lib/domain/imports/org-target-file";
import { planOrgTargetImport } from "@/lib/domain/imports/org-target-plan";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit, writeAuditMany } from "../audit";
import { db } from "../db";
import { AppError, invalid } from "../errors";
import { assertCanImport, importActorLabel, importAuditActor, importOpdScope, isSystemActor, type ImportActor } from "./import-actor";
import { applyOrgTargetPlan, loadStoredOrgTargets } from "./org-target-writes";

export type OrgTargetImportInput = {
  actor: ImportActor;
  fileName: string;
  content: Uint8Array;
  /** "Impor baris yang valid saja": write the valid rows even when other rows are bad. */
  validRowsOnly?: boolean;
  /** Where the file came from, for the audit entry. */
  source?: "web" | "cli";
};

/** An agency and year that the valid rows of the file cover (for "show what was imported"). */
export type ImportedOrgTargetScope = { opdId: number; opdCode: string; year: number; rows: number };

export type OrgTargetImportResult = {
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportRowError[];
  /** Lines that were not imported. */
  invalidRowCount: number;
  /** False when nothing at all was written (errors without "valid rows only", or no valid row). */
  written: boolean;
  batchId: number | null;
  scopes: ImportedOrgTargetScope[];
};

// One organisation target import at a time: two concurrent ones would race on the same new keys.
const IMPORT_LOCK_KEY = 730_902;

function notWritten(errors: ImportRowError[]): OrgTargetImportResult {
  return {
    created: 0,
    updated: 0,
    unchanged: 0,
    errors,
    invalidRowCount: new Set(errors.map((e) => e.line)).size,
    written: false,
    batchId: null,
    scopes: [],
  };
}

/**
 * Imports an e-SAKIP organisation target file (DESIGN.md §9; columns in
 * lib/domain/imports/org-target-row.ts). Every row is checked first; with any bad row nothing is
 * written unless `validRowsOnly`. The writes, the ImportBatch row, one summary audit entry and an
 * entry per created or changed target happen in one transaction. Idempotent: a target is matched
 * on (agency, year, sasaran strategis, indikator) and only a changed target value, unit or wording
 * is written, so the same file again creates and changes nothing. Targets absent from the file
 * are never deleted. Admin OPD imports only rows of their own agency; Admin BKD and the system any.
 */
export async function importOrgTargets(input: OrgTargetImportInput): Promise<OrgTargetImportResult> {
  const { actor } = input;
  assertCanImport(actor, "orgTarget.import", "Anda tidak berwenang mengimpor sasaran organisasi.");
  if (input.content.byteLength > ORG_TARGET_IMPORT_MAX_BYTES) {
    const mb = (input.content.byteLength / 1024 / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 });
    throw invalid(`Berkas terlalu besar (${mb} MB). Ukuran paling besar 2 MB; bagi berkas per perangkat daerah.`);
  }

  const table = readCsvTable(input.content, { maxRows: ORG_TARGET_IMPORT_MAX_ROWS });
  const headerErrors = table.header.length > 0 ? checkOrgTargetHeader(table.header) : [];
  if (table.header.length === 0 || headerErrors.length > 0) return notWritten([...table.errors, ...headerErrors]);
  const sha256 = createHash("sha256").update(input.content).digest("hex");

  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
        const opds = await tx.opd.findMany({ select: { id: true, code: true } });
        const opdIdByCode = new Map(opds.map((o) => [o.code, o.id]));
        const opdCodeById = new Map(opds.map((o) => [o.id, o.code]));
        const scope = importOpdScope(actor);
        const check = validateOrgTargetFile(table.records, {
          knownOpdCodes: new Set(opdIdByCode.keys()),
          ownOpdCode: scope.anyAgency ? null : (opdCodeById.get(scope.opdId) ?? "\u0000"),
        });
        const errors = sortImportErrors([...table.errors, ...check.errors]);
        if ((errors.length > 0 && !input.validRowsOnly) || check.rows.length === 0) return notWritten(errors);

        const stored = await loadStoredOrgTargets(tx, { rows: check.rows, opdIdByCode, opdCodeById });
        const plan = planOrgTargetImport(check.rows, stored);
        const invalidRowCount = new Set(errors.map((e) => e.line)).size;
        const batch = await tx.importBatch.create({
          data: {
            kind: "ORG_TARGETS",
            fileName: input.fileName,
            sha256,
            actorUserId: isSystemActor(actor) ? null : actor.userId,
            validRowsOnly: input.validRowsOnly ?? false,
            createdCount: plan.creates.length,
            updatedCount: plan.updates.length,
            unchangedCount: plan.unchanged,
            errorCount: invalidRowCount,
          },
        });
        const auditEntries = await applyOrgTargetPlan(tx, { plan, batchId: batch.id, opdIdByCode, opdCodeById });
        const audit = importAuditActor(actor);
        await writeAuditMany(tx, audit, auditEntries);
        // The summary last, so that it heads the (newest first) audit log.
        await writeAudit(tx, audit, {
          action: "import.orgTargets",
          targetType: "ImportBatch",
          targetId: batch.id,
          after: {
            berkas: input.fileName,
            sha256,
            sumber: input.source === "cli" ? "CLI" : "unggah",
            pelaku: importActorLabel(actor),
            barisValidSaja: input.validRowsOnly ?? false,
            barisData: table.records.length + table.errors.length,
            dibuat: plan.creates.length,
            diubah: plan.updates.length,
            tidakBerubah: plan.unchanged,
            barisBermasalah: invalidRowCount,
          },
        });
        return {
          created: plan.creates.length,
          updated: plan.updates.length,
          unchanged: plan.unchanged,
          errors,
          invalidRowCount,
          written: true,
          batchId: batch.id,
          scopes: scopesOf(check.rows, opdIdByCode),
        };
      },
      { timeout: 5 * 60_000, maxWait: 60_000 },
    );
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "Sasaran organisasi berubah bersamaan dengan impor ini. Coba impor lagi.");
    }
    throw error;
  }
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
