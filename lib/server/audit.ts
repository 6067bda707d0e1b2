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
 * Writes many audit rows (an import's per-record entries), in the same transaction as the change,
 * like writeAudit. One INSERT … SELECT FROM unnest(…) per 5,000 entries: a month of attendance of a
 * large agency is ~66,000 entries, which Prisma's createMany (a bind parameter per cell) wrote
 * several times slower.
 */
export async function writeAuditMany(tx: Tx, actor: AuditActor, entries: readonly AuditEntry[]): Promise<number> {
  let written = 0;
  const json = (value: unknown) => {
    const v = toJson(value);
    return v === undefined ? null : JSON.stringify(v);
  };
  for (let i = 0; i < entries.length; i += 5000) {
    const part = entries.slice(i, i + 5000);
    written += await tx.$executeRaw`
      INSERT INTO "audit_log" ("actorUserId", "actorNip", "ip", "action", "targetType", "targetId", "before", "after")
      SELECT ${actor.userId}::int, ${actor.nip ?? null}::char(18), ${actor.ip ?? null}::text, v."action", v."targetType", v."targetId", v."before"::jsonb, v."after"::jsonb
      FROM unnest(
        ${part.map((e) => e.action)}::text[], ${part.map((e) => e.targetType)}::text[],
        ${part.map((e) => (e.targetId == null ? null : String(e.targetId)))}::text[],
        ${part.map((e) => json(e.before))}::text[], ${part.map((e) => json(e.after))}::text[]
      ) WITH ORDINALITY AS v("action", "targetType", "targetId", "before", "after", "n")
      ORDER BY v."n"`;
  }
  return written;
}
