import "server-only";
import { jakartaDate } from "@/lib/domain/period";
import { auditActor, type ServiceActor } from "../authz";
import { writeAuditMany } from "../audit";
import { db } from "../db";
import { invalid, notFound } from "../errors";
import { getMonthLock } from "../periods/month-lock";
import { assertActivityTransition } from "./guards";

/**
 * Ajukan for entries already saved (a day's drafts at once, or a corrected rejected entry). All or
 * nothing: one entry that may not be submitted refuses the whole call.
 */
export async function submitActivities(input: { actor: ServiceActor; ids: number[]; now?: Date }): Promise<{ submitted: number }> {
  const { actor } = input;
  const now = input.now ?? new Date();
  const ids = [...new Set(input.ids)];
  if (ids.length === 0) throw invalid("Pilih aktivitas yang akan diajukan.");
  if (ids.length > 500) throw invalid("Paling banyak 500 aktivitas sekaligus.");
  return db.$transaction(async (tx) => {
    const rows = await tx.activity.findMany({ where: { id: { in: ids }, employeeId: actor.employeeId }, select: { id: true, status: true, date: true } });
    if (rows.length !== ids.length) throw notFound("Sebagian aktivitas tidak ditemukan.");
    const locks = new Map<string, boolean>();
    for (const row of rows) {
      const d = jakartaDate(row.date);
      const key = `${d.year}-${d.month}`;
      if (!locks.has(key)) locks.set(key, (await getMonthLock(tx, { year: d.year, month: d.month, now })).locked);
      assertActivityTransition({ status: row.status, relation: "OWNER", action: "SUBMIT", monthLocked: locks.get(key)! });
    }
    // The status is part of the where: a concurrent submit or review of the same entry wins once.
    const { count } = await tx.activity.updateMany({
      where: { id: { in: ids }, employeeId: actor.employeeId, status: { in: ["DRAFT", "DITOLAK"] } },
      data: { status: "DIAJUKAN", submittedAt: now, rejectReason: null, reviewedAt: null, reviewedByEmployeeId: null },
    });
    if (count !== ids.length) throw invalid("Sebagian aktivitas baru saja berubah. Muat ulang halaman lalu coba lagi.");
    await writeAuditMany(
      tx,
      auditActor(actor),
      rows.map((r) => ({ action: "activity.submit", targetType: "Activity", targetId: r.id, before: { status: r.status }, after: { status: "DIAJUKAN" } })),
    );
    return { submitted: count };
  });
}
