import "server-only";
import { db } from "../db";
import type { Db } from "../prisma-client";

/** A RUNNING job whose worker has been silent this long is presumed dead and claimed again. */
export const STALE_RUNNING_MS = 15 * 60 * 1000;

export type ClaimedJob = {
  id: number;
  kind: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
  lockedBy: string;
};

/**
 * Claims up to `limit` due jobs for `workerId` (DESIGN.md §13): `SELECT … FOR UPDATE SKIP LOCKED`
 * on (status, runAt), then marks them RUNNING in the same transaction. Several workers — in one
 * process or many app instances on one database — never claim the same job: a row one of them
 * holds is skipped by the others, and once committed it is no longer PENDING. A job left RUNNING
 * by a crashed worker is claimed again after STALE_RUNNING_MS.
 */
export async function claimJobs(
  input: { workerId: string; limit: number; now?: Date; staleAfterMs?: number },
  client: Db = db,
): Promise<ClaimedJob[]> {
  const now = input.now ?? new Date();
  const staleBefore = new Date(now.getTime() - (input.staleAfterMs ?? STALE_RUNNING_MS));
  const limit = Math.max(1, Math.floor(input.limit));
  return client.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: number }[]>`
      SELECT "id" FROM "job"
      WHERE ("status" = 'PENDING' AND "runAt" <= ${now})
         OR ("status" = 'RUNNING' AND "lockedAt" < ${staleBefore})
      ORDER BY "runAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    await tx.job.updateMany({
      where: { id: { in: ids } },
      data: { status: "RUNNING", lockedAt: now, lockedBy: input.workerId, attempts: { increment: 1 } },
    });
    const jobs = await tx.job.findMany({
      where: { id: { in: ids } },
      orderBy: [{ runAt: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, payload: true, attempts: true, maxAttempts: true },
    });
    return jobs.map((job) => ({ ...job, lockedBy: input.workerId }));
  });
}
