import "server-only";
import { evidenceMessages, MAX_EVIDENCE_PER_TARGET } from "@/lib/domain/evidence";
import { invalid, notFound } from "../errors";
import type { Tx } from "../prisma-client";
import { sqlRunner, type SqlClient } from "../sql";

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
 * inside the caller's transaction (a Prisma `tx`, or a pg connection on the activity hot path).
 * Only files of `ownerEmployeeId` that are still orphans (or already on this very target, so
 * re-submitting a form is harmless) are taken, and the target must belong to the same employee;
 * otherwise it throws and the caller's transaction rolls back. At most MAX_EVIDENCE_PER_TARGET files
 * per target: the target row is locked first so two concurrent attaches cannot together exceed it.
 * `release` first detaches the target's files that are not in `ids` (they become orphans for the
 * clean-up job), making `ids` exactly the target's evidence.
 */
export async function attachEvidence(
  client: Tx | SqlClient,
  input: { ids: readonly number[]; ownerEmployeeId: number; target: EvidenceTarget; release?: boolean },
): Promise<{ attachedIds: number[]; total: number }> {
  const sql = sqlRunner(client);
  const ids = [...new Set(input.ids)];
  const { column, id: targetId } = targetOf(input.target);
  const { table, owner } = TARGETS[column];
  if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) {
    const message = evidenceMessages.unavailable();
    throw invalid(message, { evidenceIds: [message] });
  }
  if (ids.length > MAX_EVIDENCE_PER_TARGET) throw tooMany();
  if (input.release) {
    await sql(`UPDATE evidence_file SET "${column}" = NULL WHERE "${column}" = $1 AND NOT (id = ANY($2::int[]))`, [targetId, ids]);
  }
  const count = async () => Number((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM evidence_file WHERE "${column}" = $1`, [targetId]))[0]!.n);
  if (ids.length === 0) return { attachedIds: [], total: await count() };

  const locked = await sql<{ id: number }>(`SELECT id FROM "${table}" WHERE id = $1 AND "${owner}" = $2 FOR UPDATE`, [targetId, input.ownerEmployeeId]);
  if (locked.length === 0) throw notFound();

  const updated = await sql<{ id: number }>(
    `UPDATE evidence_file SET "${column}" = $1
     WHERE id = ANY($2::int[]) AND "ownerEmployeeId" = $3
       AND (("activityId" IS NULL AND "realisationId" IS NULL AND "instructionRecipientId" IS NULL) OR "${column}" = $1)
     RETURNING id`,
    [targetId, ids, input.ownerEmployeeId],
  );
  if (updated.length !== ids.length) {
    const message = evidenceMessages.unavailable();
    throw invalid(message, { evidenceIds: [message] });
  }
  const total = await count();
  if (total > MAX_EVIDENCE_PER_TARGET) throw tooMany();
  return { attachedIds: ids, total };
}
