import "server-only";
import { EVIDENCE_MAX } from "@/lib/domain/instructions/input";
import { invalid } from "../errors";
import type { Tx } from "../prisma-client";

/**
 * Stand-in for lib/server/evidence/attachEvidence (being built in parallel), with the same call
 * shape so it can be swapped at merge: attaches the owner's own, still unattached evidence files
 * to one instruction recipient. Refuses more than EVIDENCE_MAX files and any id that is not the
 * owner's or is already attached to an activity, a realisation or an instruction — all or nothing.
 */
export async function attachEvidenceLocal(
  tx: Tx,
  input: { ids: readonly number[]; ownerEmployeeId: number; target: { instructionRecipientId: number } },
): Promise<number> {
  const ids = [...new Set(input.ids)];
  if (ids.length === 0) return 0;
  if (ids.length > EVIDENCE_MAX) throw invalid(`Bukti paling banyak ${EVIDENCE_MAX} berkas.`, { evidenceIds: [`Bukti paling banyak ${EVIDENCE_MAX} berkas.`] });
  const result = await tx.evidenceFile.updateMany({
    where: { id: { in: ids }, ownerEmployeeId: input.ownerEmployeeId, activityId: null, realisationId: null, instructionRecipientId: null },
    data: { instructionRecipientId: input.target.instructionRecipientId },
  });
  if (result.count !== ids.length) {
    // The caller's transaction rolls back the rows already updated.
    const message = "Sebagian bukti tidak dapat dilampirkan: berkas tidak ditemukan, bukan milik Anda, atau sudah dilampirkan di tempat lain.";
    throw invalid(message, { evidenceIds: [message] });
  }
  return result.count;
}
