import "server-only";
import { isMonthLocked } from "@/lib/domain/period";
import { monthStart, periodLabel, stampAfter } from "@/lib/domain/period-lock";
import { assertCan, auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { AppError } from "../errors";
import { assertPeriodMonth, lockPeriodRow, periodAuditView } from "./period-row";

export type PeriodLockResult = { periodId: number; year: number; month: number; locked: boolean; lockedAt: Date | null; reopenedAt: Date | null };

/**
 * Admin BKD locks performance month year/month now, before its scheduled lock or again after a
 * reopening (DESIGN.md §3). Audited in the same transaction; the period row is created when
 * missing. A month already locked, or one that has not begun, is INVALID_STATE.
 */
export async function lockMonth(actor: ServiceActor, input: { year: number; month: number }, now: Date = new Date()): Promise<PeriodLockResult> {
  assertCan(actor, "period.lock", undefined, "Hanya Admin BKD yang dapat mengunci bulan kinerja.");
  assertPeriodMonth(input);
  const label = periodLabel(input.year, input.month);
  if (now.getTime() < monthStart(input.year, input.month).getTime()) {
    throw new AppError("INVALID_STATE", `Bulan ${label} belum dimulai; bulan yang belum berjalan tidak dapat dikunci.`);
  }
  return db.$transaction(async (tx) => {
    const row = await lockPeriodRow(tx, input);
    if (isMonthLocked(row, now)) throw new AppError("INVALID_STATE", `Bulan ${label} sudah terkunci.`);
    const lockedAt = stampAfter(now, row.reopenedAt);
    const updated = await tx.period.update({
      where: { id: row.id },
      data: { lockedAt, lockedById: actor.userId },
      select: { lockAt: true, lockedAt: true, lockedById: true, reopenedAt: true, reopenedById: true, reopenReason: true },
    });
    const locked = isMonthLocked(updated, now);
    if (!locked) throw new Error(`period ${row.id}: still open after locking`);
    await writeAudit(tx, auditActor(actor), {
      action: "period.lock",
      targetType: "Period",
      targetId: row.id,
      before: { year: row.year, month: row.month, ...periodAuditView(row, false) },
      after: { year: row.year, month: row.month, ...periodAuditView(updated, true) },
    });
    return { periodId: row.id, year: row.year, month: row.month, locked, lockedAt: updated.lockedAt, reopenedAt: updated.reopenedAt };
  });
}
