import "server-only";
import type { OrgTargetImportRow } from "@/lib/domain/imports/org-target-row";
import type { OrgTargetPlan, StoredOrgTarget } from "@/lib/domain/imports/org-target-plan";
import { canonicalStoredDecimal } from "@/lib/domain/imports/target-value";
import type { AuditEntry } from "../audit";
import type { Tx } from "../prisma-client";
import { chunks } from "./employee-fields";

type AgencyCodes = { opdIdByCode: ReadonlyMap<string, number>; opdCodeById: ReadonlyMap<number, string> };

/** The stored targets of the agencies and years the rows name (the only ones a row can match). */
export async function loadStoredOrgTargets(
  tx: Tx,
  input: { rows: readonly OrgTargetImportRow[] } & AgencyCodes,
): Promise<StoredOrgTarget[]> {
  const pairs = new Map<string, { opdId: number; year: number }>();
  for (const r of input.rows) {
    const opdId = input.opdIdByCode.get(r.opdCode)!;
    pairs.set(`${opdId}/${r.year}`, { opdId, year: r.year });
  }
  const stored: StoredOrgTarget[] = [];
  for (const part of chunks([...pairs.values()], 500)) {
    const found = await tx.orgTarget.findMany({
      where: { OR: part },
      select: { id: true, opdId: true, year: true, sasaranStrategis: true, indikator: true, target: true, unit: true },
    });
    for (const t of found) {
      stored.push({
        id: t.id,
        opdCode: input.opdCodeById.get(t.opdId)!,
        year: t.year,
        sasaranStrategis: t.sasaranStrategis,
        indikator: t.indikator,
        target: canonicalStoredDecimal(t.target.toFixed()),
        unit: t.unit,
      });
    }
  }
  return stored;
}

/**
 * Writes a plan inside the import's transaction: new targets and the changed ones, each marked
 * with the batch that last wrote it. Returns one audit entry per created or changed target.
 * Nothing is deleted (org-target-plan.ts).
 */
export async function applyOrgTargetPlan(
  tx: Tx,
  input: { plan: OrgTargetPlan; batchId: number } & AgencyCodes,
): Promise<AuditEntry[]> {
  const { plan, batchId } = input;
  const auditEntries: AuditEntry[] = [];
  for (const part of chunks(plan.creates)) {
    const created = await tx.orgTarget.createManyAndReturn({
      data: part.map((r) => ({
        opdId: input.opdIdByCode.get(r.opdCode)!,
        year: r.year,
        sasaranStrategis: r.sasaranStrategis,
        indikator: r.indikator,
        target: r.target,
        unit: r.unit,
        importBatchId: batchId,
      })),
      select: { id: true, opdId: true, year: true, sasaranStrategis: true, indikator: true, target: true, unit: true },
    });
    for (const t of created) {
      auditEntries.push({
        action: "orgTarget.import.create",
        targetType: "OrgTarget",
        targetId: t.id,
        after: {
          kode_opd: input.opdCodeById.get(t.opdId),
          tahun: t.year,
          sasaran_strategis: t.sasaranStrategis,
          indikator: t.indikator,
          target: canonicalStoredDecimal(t.target.toFixed()),
          satuan: t.unit,
        },
      });
    }
  }

  // One UPDATE … FROM unnest(…) per chunk instead of one statement per target.
  for (const part of chunks(plan.updates)) {
    await tx.$executeRaw`
      UPDATE "org_target" AS t SET
        "sasaranStrategis" = v."sasaranStrategis", "indikator" = v."indikator",
        "target" = v."target"::numeric, "unit" = v."unit", "importBatchId" = ${batchId}, "updatedAt" = now()
      FROM unnest(
        ${part.map((u) => u.id)}::int[], ${part.map((u) => u.row.sasaranStrategis)}::text[], ${part.map((u) => u.row.indikator)}::text[],
        ${part.map((u) => u.row.target)}::text[], ${part.map((u) => u.row.unit)}::text[]
      ) AS v("id", "sasaranStrategis", "indikator", "target", "unit")
      WHERE t."id" = v."id"`;
    for (const u of part) {
      auditEntries.push({ action: "orgTarget.import.update", targetType: "OrgTarget", targetId: u.id, before: u.before, after: u.after });
    }
  }
  return auditEntries;
}
