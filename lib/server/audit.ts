import "server-only";
import type { Tx } from "./prisma-client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditActor = { userId: number | null; nip?: string | null; ip?: string | null };

export type AuditEntry = {
  action: string;
  targetType: string;
  targetId?: string | number | null;
  before?: unknown;
  after?: unknown;
};

/** JSON-safe copy (dates as ISO strings, bigint as string) for the before/after columns. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

/**
 * Writes one audit row. Call it inside the transaction of the change it records (DESIGN.md §12),
 * so a change never lands without its audit entry and vice versa.
 */
export async function writeAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorUserId: actor.userId,
      actorNip: actor.nip ?? null,
      ip: actor.ip ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId == null ? null : String(entry.targetId),
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

/**
 * Writes many audit rows in one statement (an import's per-record entries), in the same
 * transaction as the change, like writeAudit.
 */
export async function writeAuditMany(tx: Tx, actor: AuditActor, entries: readonly AuditEntry[]): Promise<number> {
  let written = 0;
  // Bounded statements: each row binds ~8 parameters and PostgreSQL allows 65,535 per statement.
  for (let i = 0; i < entries.length; i += 2000) {
    const result = await tx.auditLog.createMany({
      data: entries.slice(i, i + 2000).map((entry) => ({
        actorUserId: actor.userId,
        actorNip: actor.nip ?? null,
        ip: actor.ip ?? null,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId == null ? null : String(entry.targetId),
        before: toJson(entry.before),
        after: toJson(entry.after),
      })),
    });
    written += result.count;
  }
  return written;
}
