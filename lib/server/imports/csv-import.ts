import "server-only";
import { createHash } from "node:crypto";
import type { Permission } from "@/lib/domain/authz";
import { readCsvTable, type RawRecord } from "@/lib/domain/imports/csv-table";
import { sortImportErrors, type ImportRowError } from "@/lib/domain/imports/import-error";
import { importSizeLimitText } from "@/lib/domain/imports/limits";
import type { ImportKind } from "@/lib/generated/prisma/client";
import type { AuditEntry } from "../audit";
import { db } from "../db";
import { invalid } from "../errors";
import type { Tx } from "../prisma-client";
import { assertCanImport, type ImportActor } from "./import-actor";
import { auditImportBatch, createImportBatch, importConflictOr, type ImportCounts, type ImportFileInput } from "./import-batch";

/** Every import's result: the counts, the row errors, and what the kind adds (`Extra`). */
export type CsvImportResult<Extra> = ImportCounts & {
  errors: ImportRowError[];
  /** Lines that were not imported. */
  invalidRowCount: number;
  /** False when nothing at all was written (errors without "valid rows only", or no valid row). */
  written: boolean;
  batchId: number | null;
} & Extra;

/** What a kind's writes report back: the counts are given to `openBatch` before they return. */
export type WrittenImport<Extra> = {
  counts: ImportCounts;
  /** One entry per created or changed record. */
  auditEntries: readonly AuditEntry[];
  /** Kind-specific figures for the summary audit entry. */
  summaryDetails?: Record<string, unknown>;
  extra: Extra;
};

/** The checked rows of a file; `write` writes the valid ones (only called when it should). */
export type CheckedImport<Extra> = {
  errors: ImportRowError[];
  validRowCount: number;
  /** Writes the valid rows; calls `openBatch` with the counts once known, which returns the batch id. */
  write: (openBatch: (counts: ImportCounts) => Promise<number>) => Promise<WrittenImport<Extra>>;
};

/** Everything one kind of CSV import (employees, organisation targets, …) brings to `runCsvImport`. */
export type CsvImportKind<Extra> = {
  batchKind: ImportKind;
  /** The summary audit entry's action, e.g. "import.employees". */
  auditAction: string;
  permission: Permission;
  forbiddenMessage: string;
  maxBytes: number;
  maxRows: number;
  checkHeader: (header: readonly string[]) => ImportRowError[];
  /** pg_advisory_xact_lock key: one import of a kind at a time. */
  lockKey: number;
  timeoutMs: number;
  /** Shown when a unique key clashes with a concurrent change. */
  conflictMessage: string;
  /** `Extra` of a result that wrote nothing. */
  notWrittenExtra: Extra;
  /** Inside the transaction, after the lock: loads what the rows are checked against and checks them. */
  checkRows: (tx: Tx, context: { actor: ImportActor; records: readonly RawRecord[] }) => Promise<CheckedImport<Extra>>;
};

/**
 * The shared course of a CSV import (DESIGN.md §9): permission, size, header, then in one
 * transaction the kind's checks and writes, the ImportBatch row, an audit entry per created or
 * changed record and one summary entry. With any bad row nothing is written unless `validRowsOnly`.
 */
export async function runCsvImport<Extra>(kind: CsvImportKind<Extra>, input: ImportFileInput): Promise<CsvImportResult<Extra>> {
  const { actor } = input;
  const notWritten = (errors: ImportRowError[]): CsvImportResult<Extra> => ({
    created: 0,
    updated: 0,
    unchanged: 0,
    errors,
    invalidRowCount: new Set(errors.map((e) => e.line)).size,
    written: false,
    batchId: null,
    ...kind.notWrittenExtra,
  });
  assertCanImport(actor, kind.permission, kind.forbiddenMessage);
  if (input.content.byteLength > kind.maxBytes) {
    const mb = (input.content.byteLength / 1024 / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 });
    throw invalid(`Berkas terlalu besar (${mb} MB). Ukuran paling besar ${importSizeLimitText(kind.maxBytes)}; bagi berkas per perangkat daerah.`);
  }

  const table = readCsvTable(input.content, { maxRows: kind.maxRows });
  const headerErrors = table.header.length > 0 ? kind.checkHeader(table.header) : [];
  if (table.header.length === 0 || headerErrors.length > 0) return notWritten([...table.errors, ...headerErrors]);
  const sha256 = createHash("sha256").update(input.content).digest("hex");

  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${kind.lockKey})`);
        const check = await kind.checkRows(tx, { actor, records: table.records });
        const errors = sortImportErrors([...table.errors, ...check.errors]);
        if ((errors.length > 0 && !input.validRowsOnly) || check.validRowCount === 0) return notWritten(errors);

        const run = { input, kind: kind.batchKind, sha256, invalidRowCount: new Set(errors.map((e) => e.line)).size };
        const batch: { id?: number } = {};
        const written = await check.write(async (counts) => (batch.id = await createImportBatch(tx, { ...run, counts })));
        const batchId = batch.id;
        if (batchId === undefined) throw new Error(`${kind.auditAction}: the writes did not open an import batch.`);
        await auditImportBatch(tx, {
          ...run,
          batchId,
          action: kind.auditAction,
          counts: written.counts,
          dataRowCount: table.records.length + table.errors.length,
          entries: written.auditEntries,
          details: written.summaryDetails,
        });
        return {
          ...written.counts,
          errors,
          invalidRowCount: run.invalidRowCount,
          written: true,
          batchId,
          ...written.extra,
        } as CsvImportResult<Extra>;
      },
      { timeout: kind.timeoutMs, maxWait: 60_000 },
    );
  } catch (error) {
    throw importConflictOr(error, kind.conflictMessage);
  }
}
