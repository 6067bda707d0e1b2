import "server-only";
import { attachEvidence } from "../evidence/attach-evidence";
import type { Tx } from "../prisma-client";

/**
 * Makes `evidenceIds` exactly the evidence of an activity: files no longer listed are released (they
 * become orphans for the clean-up job); the rest are attached by the shared rule (the owner's own,
 * unattached or already here, at most five).
 */
export async function setActivityEvidence(tx: Tx, input: { activityId: number; ownerEmployeeId: number; evidenceIds: number[] }): Promise<void> {
  const ids = [...new Set(input.evidenceIds)];
  await tx.evidenceFile.updateMany({ where: { activityId: input.activityId, id: { notIn: ids } }, data: { activityId: null } });
  await attachEvidence(tx, { ids, ownerEmployeeId: input.ownerEmployeeId, target: { activityId: input.activityId } });
}
