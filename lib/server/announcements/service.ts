import "server-only";
import { announcementSchema } from "@/lib/domain/announcements/input";
import { jakartaDate, parseDateKey } from "@/lib/domain/period";
import { toDbDate } from "../admin/db-date";
import { assertCan, auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { invalid, notFound } from "../errors";

/** Admin BKD posts for every agency (opdId null) or one; Admin OPD only for their own agency. */
function scopeFor(actor: ServiceActor, requestedOpdId: number | null): number | null {
  if (actor.role === "ADMIN_BKD") return requestedOpdId;
  assertCan(actor, "announcement.manage", { opdId: actor.opdId });
  if (requestedOpdId !== null && requestedOpdId !== actor.opdId) throw invalid("Admin OPD hanya dapat membuat pengumuman untuk perangkat daerahnya sendiri.");
  return actor.opdId;
}

function parse(raw: unknown) {
  const parsed = announcementSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
    throw invalid("Periksa kembali isian yang ditandai.", fieldErrors);
  }
  return { ...parsed.data, from: toDbDate(parseDateKey(parsed.data.validFrom)!), until: toDbDate(parseDateKey(parsed.data.validUntil)!) };
}

export async function createAnnouncement(input: { actor: ServiceActor; opdId: number | null; data: unknown }): Promise<{ id: number }> {
  const { actor } = input;
  const opdId = scopeFor(actor, input.opdId);
  const a = parse(input.data);
  return db.$transaction(async (tx) => {
    const row = await tx.announcement.create({
      data: { opdId, title: a.title, body: a.body, validFrom: a.from, validUntil: a.until, createdByUserId: actor.userId },
      select: { id: true },
    });
    await writeAudit(tx, auditActor(actor), { action: "announcement.create", targetType: "Announcement", targetId: row.id, after: { opdId, title: a.title, validFrom: a.validFrom, validUntil: a.validUntil } });
    return row;
  });
}

/** Ends an announcement today (kept for the record): the manager of its scope only. */
export async function endAnnouncement(input: { actor: ServiceActor; id: number; now?: Date }): Promise<void> {
  const { actor } = input;
  const where = actor.role === "ADMIN_BKD" ? { id: input.id } : actor.role === "ADMIN_OPD" ? { id: input.id, opdId: actor.opdId } : { id: -1 };
  const today = toDbDate(jakartaDate(input.now ?? new Date()));
  await db.$transaction(async (tx) => {
    const before = await tx.announcement.findFirst({ where, select: { id: true, validUntil: true } });
    if (!before) throw notFound("Pengumuman tidak ditemukan.");
    const yesterday = new Date(today.getTime() - 86_400_000);
    await tx.announcement.update({ where: { id: before.id }, data: { validUntil: yesterday < before.validUntil ? yesterday : before.validUntil } });
    await writeAudit(tx, auditActor(actor), { action: "announcement.end", targetType: "Announcement", targetId: before.id, before: { validUntil: before.validUntil } });
  });
}

/** What an employee sees on the dashboard today: province-wide and their agency's, newest first. */
export async function activeAnnouncements(input: { opdId: number; now?: Date }) {
  const today = toDbDate(jakartaDate(input.now ?? new Date()));
  return db.announcement.findMany({
    where: { validFrom: { lte: today }, validUntil: { gte: today }, OR: [{ opdId: null }, { opdId: input.opdId }] },
    orderBy: [{ validFrom: "desc" }, { id: "desc" }],
    take: 10,
    select: { id: true, title: true, body: true, validFrom: true, validUntil: true, opd: { select: { shortName: true } } },
  });
}

/** The admin's list: all for Admin BKD, their agency's (and province-wide, read-only) for Admin OPD. */
export async function listManagedAnnouncements(actor: ServiceActor) {
  const where = actor.role === "ADMIN_BKD" ? {} : { OR: [{ opdId: actor.opdId }, { opdId: null }] };
  return db.announcement.findMany({
    where,
    orderBy: [{ validUntil: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, opdId: true, title: true, body: true, validFrom: true, validUntil: true, opd: { select: { shortName: true } } },
  });
}
