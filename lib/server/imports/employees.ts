import "server-only";
import { lockSupervisorChains } from "../admin/locks";
import { createHash } from "node:crypto";
import { readCsvTable } from "@/lib/domain/imports/csv-table";
import { validateEmployeeFile } from "@/lib/domain/imports/employee-file";
import { checkHeader } from "@/lib/domain/imports/employee-row";
import { sortImportErrors, type ImportRowError } from "@/lib/domain/imports/import-error";
import { EMPLOYEE_IMPORT_MAX_BYTES, EMPLOYEE_IMPORT_MAX_ROWS } from "@/lib/domain/imports/limits";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit, writeAuditMany } from "../audit";
import { db } from "../db";
import { AppError, invalid } from "../errors";
import { loadEmployeeImportContext } from "./employee-context";
import { applyEmployeeImport } from "./employee-writes";
import { assertCanImport, importActorLabel, importAuditActor, isSystemActor, type ImportActor } from "./import-actor";

export type EmployeeImportInput = {
  actor: ImportActor;
  fileName: string;
  content: Uint8Array;
  /** "Impor baris yang valid saja": write the valid rows even when other rows are bad. */
  validRowsOnly?: boolean;
  /** Where the file came from, for the audit entry. */
  source?: "web" | "cli";
};

export type EmployeeImportResult = {
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportRowError[];
  /** Lines that were not imported. */
  invalidRowCount: number;
  /** False when nothing at all was written (errors without "valid rows only", or no valid row). */
  written: boolean;
  batchId: number | null;
  unitsCreated: number;
  positionsCreated: number;
  handedOver: { skpVersions: number; realisations: number };
};

// One employee import at a time: two concurrent ones would race on the same new NIPs and units.
const IMPORT_LOCK_KEY = 730_901;

function notWritten(errors: ImportRowError[]): EmployeeImportResult {
  return {
    created: 0,
    updated: 0,
    unchanged: 0,
    errors,
    invalidRowCount: new Set(errors.map((e) => e.line)).size,
    written: false,
    batchId: null,
    unitsCreated: 0,
    positionsCreated: 0,
    handedOver: { skpVersions: 0, realisations: 0 },
  };
}

/**
 * Imports a SIAp Jabar employee file (DESIGN.md §9; columns in lib/domain/imports/employee-row.ts).
 * Every row is checked first; with any bad row nothing is written unless `validRowsOnly`. All
 * writes, the ImportBatch row, one summary audit entry and an entry per created or changed record
 * happen in one transaction. Idempotent: the same file again creates and changes nothing.
 * Admin OPD imports only rows of their own agency; Admin BKD and the system any agency.
 */
export async function importEmployees(input: EmployeeImportInput): Promise<EmployeeImportResult> {
  const { actor } = input;
  assertCanImport(actor, "import.employees", "Anda tidak berwenang mengimpor data pegawai.");
  if (input.content.byteLength > EMPLOYEE_IMPORT_MAX_BYTES) {
    const mb = (input.content.byteLength / 1024 / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 });
    throw invalid(`Berkas terlalu besar (${mb} MB). Ukuran paling besar 10 MB; bagi berkas per perangkat daerah.`);
  }

  const table = readCsvTable(input.content, { maxRows: EMPLOYEE_IMPORT_MAX_ROWS });
  const headerErrors = table.header.length > 0 ? checkHeader(table.header) : [];
  if (table.header.length === 0 || headerErrors.length > 0) return notWritten([...table.errors, ...headerErrors]);
  const sha256 = createHash("sha256").update(input.content).digest("hex");

  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
        // Supervisor links change here too: serialise with the admin pages' cycle checks.
        await lockSupervisorChains(tx);
        const context = await loadEmployeeImportContext(tx, actor, table.records);
        const check = validateEmployeeFile(table.records, context.file);
        const errors = sortImportErrors([...table.errors, ...check.errors]);
        if ((errors.length > 0 && !input.validRowsOnly) || check.rows.length === 0) return notWritten(errors);

        const applied = await applyEmployeeImport(tx, { rows: check.rows, context });
        const invalidRowCount = new Set(errors.map((e) => e.line)).size;
        const batch = await tx.importBatch.create({
          data: {
            kind: "EMPLOYEES",
            fileName: input.fileName,
            sha256,
            actorUserId: isSystemActor(actor) ? null : actor.userId,
            validRowsOnly: input.validRowsOnly ?? false,
            createdCount: applied.created,
            updatedCount: applied.updated,
            unchangedCount: applied.unchanged,
            errorCount: invalidRowCount,
          },
        });
        const audit = importAuditActor(actor);
        await writeAuditMany(tx, audit, applied.auditEntries);
        // The summary last, so that it heads the (newest first) audit log.
        await writeAudit(tx, audit, {
          action: "import.employees",
          targetType: "ImportBatch",
          targetId: batch.id,
          after: {
            berkas: input.fileName,
            sha256,
            sumber: input.source === "cli" ? "CLI" : "unggah",
            pelaku: importActorLabel(actor),
            barisValidSaja: input.validRowsOnly ?? false,
            barisData: table.records.length + table.errors.length,
            dibuat: applied.created,
            diubah: applied.updated,
            tidakBerubah: applied.unchanged,
            barisBermasalah: invalidRowCount,
            unitDibuat: applied.unitsCreated,
            jabatanDibuat: applied.positionsCreated,
            persetujuanDipindahkan: applied.handedOver,
          },
        });
        return {
          created: applied.created,
          updated: applied.updated,
          unchanged: applied.unchanged,
          errors,
          invalidRowCount,
          written: true,
          batchId: batch.id,
          unitsCreated: applied.unitsCreated,
          positionsCreated: applied.positionsCreated,
          handedOver: applied.handedOver,
        };
      },
      { timeout: 10 * 60_000, maxWait: 60_000 },
    );
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "Data pegawai berubah bersamaan dengan impor ini. Coba impor lagi.");
    }
    throw error;
  }
}
