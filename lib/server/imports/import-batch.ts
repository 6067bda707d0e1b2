import "server-only";
import type { ImportKind } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit, writeAuditMany, type AuditEntry } from "../audit";
import { AppError } from "../errors";
import type { Tx } from "../prisma-client";
import { importActorLabel, importAuditActor, isSystemActor, type ImportActor } from "./import-actor";

/** One uploaded or command-line file, as every import service takes it. */
export type ImportFileInput = {
  actor: ImportActor;
  fileName: string;
  content: Uint8Array;
  /** "Impor baris yang valid saja": write the valid rows even when other rows are bad. */
  validRowsOnly?: boolean;
  /** Where the file came from, for the audit entry. */
  source?: "web" | "cli";
};

export type ImportCounts = { created: number; updated: number; unchanged: number };

/** What identifies one import run in its ImportBatch row and summary audit entry. */
export type ImportRun = {
  input: ImportFileInput;
  kind: ImportKind;
  sha256: string;
  invalidRowCount: number;
};

/** The ImportBatch row of an import that writes; its id tags the records written (e.g. org targets). */
export async function createImportBatch(tx: Tx, run: ImportRun & { counts: ImportCounts }): Promise<number> {
  const batch = await tx.importBatch.create({
    data: {
      kind: run.kind,
      fileName: run.input.fileName,
      sha256: run.sha256,
      actorUserId: isSystemActor(run.input.actor) ? null : run.input.actor.userId,
      validRowsOnly: run.input.validRowsOnly ?? false,
      createdCount: run.counts.created,
      updatedCount: run.counts.updated,
      unchangedCount: run.counts.unchanged,
      errorCount: run.invalidRowCount,
    },
  });
  return batch.id;
}

export type ImportAudit = ImportRun & {
  batchId: number;
  /** The summary entry's action, e.g. "import.employees". */
  action: string;
  counts: ImportCounts;
  /** Data lines of the file, valid or not. */
  dataRowCount: number;
  /** One entry per created or changed record. */
  entries: readonly AuditEntry[];
  /** Kind-specific figures appended to the summary (e.g. units created). */
  details?: Record<string, unknown>;
};

/** The per-record audit entries, then the summary entry last, so that it heads the (newest first) audit log. */
export async function auditImportBatch(tx: Tx, audit: ImportAudit): Promise<void> {
  const { input } = audit;
  const actor = importAuditActor(input.actor);
  await writeAuditMany(tx, actor, audit.entries);
  await writeAudit(tx, actor, {
    action: audit.action,
    targetType: "ImportBatch",
    targetId: audit.batchId,
    after: {
      berkas: input.fileName,
      sha256: audit.sha256,
      sumber: input.source === "cli" ? "CLI" : "unggah",
      pelaku: importActorLabel(input.actor),
      barisValidSaja: input.validRowsOnly ?? false,
      barisData: audit.dataRowCount,
      dibuat: audit.counts.created,
      diubah: audit.counts.updated,
      tidakBerubah: audit.counts.unchanged,
      barisBermasalah: audit.invalidRowCount,
      ...audit.details,
    },
  });
}

/** A unique-key clash (P2002) means someone else wrote the same records meanwhile: a CONFLICT to retry. */
export function importConflictOr(error: unknown, message: string): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return new AppError("CONFLICT", message);
  return error;
}
