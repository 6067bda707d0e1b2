import "server-only";
import { attachEvidence } from "../evidence/attach-evidence";
import type { Tx } from "../prisma-client";

/**
 * Makes `evidenceIds` exactly the evidence of a realisation: files no longer listed are released (they
 * become orphans for the clean-up job); the rest are attached by the shared rule (the owner's own,
 * unattached or already here, at most five).
 */
export async function setRealisationEvidence(tx: Tx, input: { realisationId: number; ownerEmployeeId: number; evidenceIds: number[] }): Promise<void> {
  await attachEvidence(tx, { ids: input.evidenceIds, ownerEmployeeId: input.ownerEmployeeId, target: { realisationId: input.realisationId }, release: true });
}
