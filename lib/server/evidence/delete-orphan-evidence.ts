import "server-only";
import { writeAudit } from "../audit";
import { db } from "../db";
import { objectStorage } from "../storage/storage";

const BATCH = 500;

/**
 * Clean-up job: deletes evidence files uploaded before `olderThan` that were never attached (a
 * form abandoned after uploading) or were detached when their record was deleted. Rows go first,
 * in batches, each with one audit entry; rows being attached at that moment are skipped (SKIP
 * LOCKED) and a row attached meanwhile no longer matches. Objects are removed after the commit;
 * if that fails the object is left behind (harmless, no row points at it) and logged.
 */
export async function deleteOrphanEvidence(input: { olderThan: Date }): Promise<{ deleted: number }> {
  const storage = objectStorage();
  let deleted = 0;
  for (;;) {
    const rows = await db.$transaction(async (tx) => {
      const removed = await tx.$queryRaw<{ id: number; storageKey: string }[]>`
        DELETE FROM "evidence_file"
        WHERE id IN (
          SELECT id FROM "evidence_file"
          WHERE "activityId" IS NULL AND "realisationId" IS NULL AND "instructionRecipientId" IS NULL
            AND "createdAt" < ${input.olderThan}
          ORDER BY id
          LIMIT ${BATCH}
          FOR UPDATE SKIP LOCKED)
        AND "activityId" IS NULL AND "realisationId" IS NULL AND "instructionRecipientId" IS NULL
        RETURNING id, "storageKey"`;
      if (removed.length > 0) {
        await writeAudit(tx, { userId: null }, {
          action: "evidence.orphans_deleted",
          targetType: "EvidenceFile",
          after: { count: removed.length, ids: removed.map((r) => r.id), olderThan: input.olderThan.toISOString() },
        });
      }
      return removed;
    });
    for (const row of rows) {
      await storage.delete(row.storageKey).catch((error: unknown) => {
        console.error("[evidence] could not remove an orphan's object", row.storageKey, error);
      });
    }
    deleted += rows.length;
    if (rows.length < BATCH) return { deleted };
  }
}
