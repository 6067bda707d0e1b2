import "server-only";
import { isMonthLocked } from "@/lib/domain/period";
import { checkReopenReason, periodLabel, stampAfter } from "@/lib/domain/period-lock";
import { assertCan, auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { AppError, invalid } from "../errors";
import type { PeriodLockResult } from "./lock-month";
import { assertPeriodMonth, lockPeriodRow, periodAuditView } from "./period-row";

/**
 * Admin BKD reopens a locked performance month, with a reason (DESIGN.md §3, audited in the same
 * transaction). The month then stays open until Admin BKD locks it again — except that a reopening
 * before the scheduled lock does not cancel that schedule (isMonthLocked). An open month is
 * INVALID_STATE.
 */
export async function reopenMonth(
  actor: ServiceActor,
  input: { year: number; month: number; reason: string },
  now: Date = new Date(),
): Promise<PeriodLockResult> {
  assertCan(actor, "period.lock", undefined, "Hanya Admin BKD yang dapat membuka kembali bulan kinerja.");
  assertPeriodMonth(input);
  const reason = checkReopenReason(input.reason);
  if (!reason.ok) throw invalid(reason.message, { reason: [reason.message] });
  const label = periodLabel(input.year, input.month);
  return db.$transaction(async (tx) => {
    const row = await lockPeriodRow(tx, input);
    if (!isMonthLocked(row, now)) {
      throw new AppError("INVALID_STATE", `Bulan ${label} masih terbuka; tidak ada yang perlu dibuka kembali.`);
    }
    const reopenedAt = stampAfter(now, row.lockedAt);
    const updated = await tx.period.update({
      where: { id: row.id },
      data: { reopenedAt, reopenedById: actor.userId, reopenReason: reason.reason },
      select: { lockAt: true, lockedAt: true, lockedById: true, reopenedAt: true, reopenedById: true, reopenReason: true },
    });
    const locked = isMonthLocked(updated, now);
    if (locked) throw new Error(`period ${row.id}: still locked after reopening`);
    await writeAudit(tx, auditActor(actor), {
      action: "period.reopen",
      targetType: "Period",
      targetId: row.id,
      before: { year: row.year, month: row.month, ...periodAuditView(row, true) },
      after: { year: row.year, month: row.month, ...periodAuditView(updated, false) },
    });
    return { periodId: row.id, year: row.year, month: row.month, locked, lockedAt: updated.lockedAt, reopenedAt: updated.reopenedAt };
  });
}
