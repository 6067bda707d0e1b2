import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "../prisma-client";

export type EnqueueJobInput = {
  kind: string;
  payload: Prisma.InputJsonValue;
  /** Not before this instant (default: now). */
  runAt?: Date;
  /** Enqueueing again with the same key does nothing (one job per key, ever). */
  dedupeKey?: string;
  maxAttempts?: number;
};

/**
 * Puts a background job on the PostgreSQL queue (DESIGN.md §13). Pass the transaction of the change
 * that causes it to enqueue atomically with that change. With a dedupeKey it is idempotent, also
 * when several app instances enqueue at the same moment: `created` is false when the key existed.
 */
export async function enqueueJob(client: Db | Tx, input: EnqueueJobInput): Promise<{ id: number; created: boolean }> {
  const runAt = input.runAt ?? new Date();
  const maxAttempts = input.maxAttempts ?? 5;
  if (!input.dedupeKey) {
    const job = await client.job.create({
      data: { kind: input.kind, payload: input.payload, runAt, maxAttempts },
      select: { id: true },
    });
    return { id: job.id, created: true };
  }
  // Every scheduler tick of every instance re-enqueues what is due: look first, so that the common
  // case neither writes nor spends a value of the id sequence on a conflicting insert.
  const found = await client.job.findUnique({ where: { dedupeKey: input.dedupeKey }, select: { id: true } });
  if (found) return { id: found.id, created: false };
  const inserted = await client.$queryRaw<{ id: number }[]>`
    INSERT INTO "job" ("kind", "payload", "runAt", "maxAttempts", "dedupeKey", "updatedAt")
    VALUES (${input.kind}, ${JSON.stringify(input.payload)}::jsonb, ${runAt}, ${maxAttempts}, ${input.dedupeKey}, now())
    ON CONFLICT ("dedupeKey") DO NOTHING
    RETURNING "id"`;
  if (inserted[0]) return { id: inserted[0].id, created: true };
  const existing = await client.job.findUniqueOrThrow({ where: { dedupeKey: input.dedupeKey }, select: { id: true } });
  return { id: existing.id, created: false };
}
