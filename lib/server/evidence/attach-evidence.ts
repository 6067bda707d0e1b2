import "server-only";
import { evidenceMessages, MAX_EVIDENCE_PER_TARGET } from "@/lib/domain/evidence";
import { Prisma } from "@/lib/generated/prisma/client";
import { invalid, notFound } from "../errors";
import type { Tx } from "../prisma-client";

export type EvidenceTarget = { activityId: number } | { realisationId: number } | { instructionRecipientId: number };

// Fixed identifiers (never user input) of each target's table and owner column.
const TARGETS = {
  activityId: { table: "activity", owner: "employeeId" },
  realisationId: { table: "iki_realisation", owner: "employeeId" },
  instructionRecipientId: { table: "instruction_recipient", owner: "employeeId" },
} as const;

type TargetColumn = keyof typeof TARGETS;

function targetOf(target: EvidenceTarget): { column: TargetColumn; id: number } {
  if ("activityId" in target) return { column: "activityId", id: target.activityId };
  if ("realisationId" in target) return { column: "realisationId", id: target.realisationId };
  return { column: "instructionRecipientId", id: target.instructionRecipientId };
}

const tooMany = () => {
  const message = evidenceMessages.tooManyFiles(MAX_EVIDENCE_PER_TARGET);
  return invalid(message, { evidenceIds: [message] });
};

/**
 * Attaches uploaded evidence files to the owner's activity, IKI realisation or instruction report,
 * inside the caller's transaction (`tx`). Only files of `ownerEmployeeId` that are still orphans
 * (or already on this very target, so re-submitting a form is harmless) are taken, and the target
 * must belong to the same employee; otherwise it throws and the caller's transaction rolls back.
 * At most MAX_EVIDENCE_PER_TARGET files per target: the target row is locked first so two
 * concurrent attaches cannot together exceed it.
 */
export async function attachEvidence(
  tx: Tx,
  input: { ids: readonly number[]; ownerEmployeeId: number; target: EvidenceTarget },
): Promise<{ attachedIds: number[]; total: number }> {
  const ids = [...new Set(input.ids)];
  const { column, id: targetId } = targetOf(input.target);
  if (ids.length === 0) return { attachedIds: [], total: await tx.evidenceFile.count({ where: { [column]: targetId } }) };
  if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) {
    const message = evidenceMessages.unavailable();
    throw invalid(message, { evidenceIds: [message] });
  }
  if (ids.length > MAX_EVIDENCE_PER_TARGET) throw tooMany();

  const { table, owner } = TARGETS[column];
  const locked = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM ${Prisma.raw(`"${table}"`)}
    WHERE id = ${targetId} AND ${Prisma.raw(`"${owner}"`)} = ${input.ownerEmployeeId}
    FOR UPDATE`;
  if (locked.length === 0) throw notFound();

  const updated = await tx.evidenceFile.updateMany({
    where: {
      id: { in: ids },
      ownerEmployeeId: input.ownerEmployeeId,
      OR: [{ activityId: null, realisationId: null, instructionRecipientId: null }, { [column]: targetId }],
    },
    data: { [column]: targetId },
  });
  if (updated.count !== ids.length) {
    const message = evidenceMessages.unavailable();
    throw invalid(message, { evidenceIds: [message] });
  }
  const total = await tx.evidenceFile.count({ where: { [column]: targetId } });
  if (total > MAX_EVIDENCE_PER_TARGET) throw tooMany();
  return { attachedIds: ids, total };
}
