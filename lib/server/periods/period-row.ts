import "server-only";
import { defaultLockAt } from "@/lib/domain/period";
import { isPeriodMonth } from "@/lib/domain/period-lock";
import { invalid } from "../errors";
import type { Tx } from "../prisma-client";

/** Refuses a year/month that is not a performance month the administration addresses. */
export function assertPeriodMonth(input: { year: number; month: number }): void {
  if (!isPeriodMonth(input.year, input.month)) {
    throw invalid("Bulan atau tahun tidak valid.", { month: ["Pilih bulan 1–12 dan tahun yang valid."] });
  }
}

/**
 * The `period` row of year/month, created on the default schedule when missing, and locked
 * (`FOR UPDATE`) for the rest of the transaction so that two administrators acting on the same
 * month at once are serialised and the second sees the first one's change.
 */
export async function lockPeriodRow(tx: Tx, input: { year: number; month: number }) {
  const lockAt = defaultLockAt(input.year, input.month);
  await tx.$executeRaw`
    INSERT INTO "period" ("year", "month", "lockAt", "updatedAt")
    VALUES (${input.year}, ${input.month}, ${lockAt}, now())
    ON CONFLICT ("year", "month") DO NOTHING`;
  await tx.$queryRaw`SELECT "id" FROM "period" WHERE "year" = ${input.year} AND "month" = ${input.month} FOR UPDATE`;
  return tx.period.findUniqueOrThrow({
    where: { year_month: { year: input.year, month: input.month } },
    select: { id: true, year: true, month: true, lockAt: true, lockedAt: true, lockedById: true, reopenedAt: true, reopenedById: true, reopenReason: true },
  });
}

export type PeriodRow = Awaited<ReturnType<typeof lockPeriodRow>>;

/** What the audit entry of a lock or reopening shows before and after. */
export function periodAuditView(row: Omit<PeriodRow, "id" | "year" | "month">, locked: boolean) {
  return {
    locked,
    lockAt: row.lockAt,
    lockedAt: row.lockedAt,
    lockedById: row.lockedById,
    reopenedAt: row.reopenedAt,
    reopenedById: row.reopenedById,
    reopenReason: row.reopenReason,
  };
}
