import "server-only";
import { auditChanges, type AuditChange } from "@/lib/domain/audit/diff";
import { auditTimeRange, type AuditFilters } from "@/lib/domain/audit/filters";
import { formatPersonName } from "@/lib/domain/person-name";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type ServiceActor } from "../authz";
import { db } from "../db";
import { startsWithText } from "../text-filter";

export const AUDIT_PAGE_SIZE = 50;

export type AuditListEntry = {
  id: string;
  createdAt: Date;
  actorNip: string | null;
  /** Name of the acting employee; null for the system. */
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  ip: string | null;
  changes: AuditChange[];
};

export type AuditPage = { entries: AuditListEntry[]; total: number; page: number; pageCount: number; pageSize: number };

/**
 * The audit log for Admin BKD (DESIGN.md §12), newest first, filtered. Read-only: nothing in the
 * application updates or deletes audit rows, and the database refuses it (trigger).
 */
export async function listAuditEntries(actor: ServiceActor, filters: AuditFilters): Promise<AuditPage> {
  assertCan(actor, "audit.view", undefined, "Log audit hanya dapat dilihat oleh Admin BKD.");
  const createdAt = auditTimeRange(filters);
  const where: Prisma.AuditLogWhereInput = {
    ...(createdAt.gte || createdAt.lt ? { createdAt } : {}),
    ...(filters.actorNip ? { actorNip: filters.actorNip } : {}),
    ...(filters.actionPrefix ? { action: startsWithText(filters.actionPrefix) } : {}),
    ...(filters.targetType ? { targetType: filters.targetType } : {}),
    ...(filters.targetId ? { targetId: filters.targetId } : {}),
  };
  const total = await db.auditLog.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page), pageCount);
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: {
      id: true,
      createdAt: true,
      actorNip: true,
      action: true,
      targetType: true,
      targetId: true,
      ip: true,
      before: true,
      after: true,
      actor: { select: { employee: { select: { name: true, frontTitle: true, backTitle: true } } } },
    },
  });
  return {
    entries: rows.map((r) => ({
      id: r.id.toString(),
      createdAt: r.createdAt,
      actorNip: r.actorNip,
      actorName: r.actor ? formatPersonName(r.actor.employee) : null,
      action: r.action,
      targetType: r.targetType,
      targetId: r.targetId,
      ip: r.ip,
      changes: auditChanges(r.before, r.after),
    })),
    total,
    page,
    pageCount,
    pageSize: AUDIT_PAGE_SIZE,
  };
}
