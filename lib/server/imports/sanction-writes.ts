import "server-only";
import type { SanctionPlan } from "@/lib/domain/imports/sanction-plan";
import type { AuditEntry } from "../audit";
import type { Tx } from "../prisma-client";

/** Writes a sanctions plan inside the import's transaction; one audit entry per created or changed sanction. */
export async function applySanctionPlan(tx: Tx, input: { plan: SanctionPlan; batchId: number; createdByUserId: number | null }): Promise<AuditEntry[]> {
  const { plan, batchId } = input;
  const auditEntries: AuditEntry[] = [];
  // Sanctions are few (a file holds at most a few thousand): a statement per record is fine.
  for (const r of plan.creates) {
    const s = await tx.sanction.create({
      data: {
        employeeId: r.employeeId, kind: r.kind, percentBp: r.percentBp, startYear: r.startYear, startMonth: r.startMonth,
        months: r.months, reference: r.reference, importBatchId: batchId, createdByUserId: input.createdByUserId,
      },
      select: { id: true },
    });
    auditEntries.push({
      action: "sanction.import.create",
      targetType: "Sanction",
      targetId: s.id,
      after: {
        nip: r.nip, jenis: r.kind, persen_bp: r.percentBp, bulan_mulai: `${r.startYear}-${String(r.startMonth).padStart(2, "0")}`,
        jumlah_bulan: r.months, nomor_sk: r.reference,
      },
    });
  }
  for (const u of plan.updates) {
    await tx.sanction.update({
      where: { id: u.id },
      data: { percentBp: u.row.percentBp, months: u.row.months, reference: u.row.reference, importBatchId: batchId },
    });
    auditEntries.push({ action: "sanction.import.update", targetType: "Sanction", targetId: u.id, before: u.before, after: u.after });
  }
  return auditEntries;
}
