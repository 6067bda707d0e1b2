import "server-only";
import { jakartaDate } from "@/lib/domain/period";
import { auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { notFound } from "../errors";
import { getMonthLock } from "../periods/month-lock";
import { assertActivityTransition } from "./guards";

/** Deletes one of the actor's own DRAFT or DITOLAK entries (its evidence files become orphans). */
export async function deleteActivity(input: { actor: ServiceActor; id: number; now?: Date }): Promise<void> {
  const { actor } = input;
  const now = input.now ?? new Date();
  await db.$transaction(async (tx) => {
    const row = await tx.activity.findFirst({
      where: { id: input.id, employeeId: actor.employeeId },
      select: { id: true, status: true, date: true, startMinute: true, endMinute: true, description: true, rhkId: true },
    });
    if (!row) throw notFound("Aktivitas tidak ditemukan.");
    const d = jakartaDate(row.date);
    const lock = await getMonthLock(tx, { year: d.year, month: d.month, now });
    assertActivityTransition({ status: row.status, relation: "OWNER", action: "DELETE", monthLocked: lock.locked });
    await tx.evidenceFile.updateMany({ where: { activityId: row.id }, data: { activityId: null } });
    const { count } = await tx.activity.deleteMany({ where: { id: row.id, status: { in: ["DRAFT", "DITOLAK"] } } });
    if (count === 0) throw notFound("Aktivitas tidak ditemukan.");
    await writeAudit(tx, auditActor(actor), { action: "activity.delete", targetType: "Activity", targetId: row.id, before: row });
  });
}
