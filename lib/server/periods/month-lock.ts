import "server-only";
import { defaultLockAt, isMonthLocked, monthLabel } from "@/lib/domain/period";
import { AppError } from "../errors";
import type { Db, Tx } from "../prisma-client";

export type MonthLock = {
  year: number;
  month: number;
  lockAt: Date;
  lockedAt: Date | null;
  reopenedAt: Date | null;
  locked: boolean;
};

/**
 * The lock state of performance month year/month at `now` (DESIGN.md §3). A month without a
 * `period` row (e.g. a year not yet seeded) locks on the default schedule.
 */
export async function getMonthLock(client: Db | Tx, input: { year: number; month: number; now: Date }): Promise<MonthLock> {
  const row = await client.period.findUnique({
    where: { year_month: { year: input.year, month: input.month } },
    select: { lockAt: true, lockedAt: true, reopenedAt: true },
  });
  return monthLockFrom(row, input);
}

/** The lock state of year/month at `now` from its `period` row (null: the default schedule). */
export function monthLockFrom(
  row: { lockAt: Date; lockedAt: Date | null; reopenedAt: Date | null } | null,
  input: { year: number; month: number; now: Date },
): MonthLock {
  const state = row ?? { lockAt: defaultLockAt(input.year, input.month), lockedAt: null, reopenedAt: null };
  return {
    year: input.year,
    month: input.month,
    lockAt: state.lockAt,
    lockedAt: state.lockedAt,
    reopenedAt: state.reopenedAt,
    locked: isMonthLocked(state, input.now),
  };
}

/** The months (1–12) of `year` that are locked at `now`. */
export async function lockedMonthsOfYear(client: Db | Tx, input: { year: number; now: Date }): Promise<Set<number>> {
  const rows = await client.period.findMany({
    where: { year: input.year },
    select: { month: true, lockAt: true, lockedAt: true, reopenedAt: true },
  });
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const locked = new Set<number>();
  for (let month = 1; month <= 12; month++) {
    const state = byMonth.get(month) ?? { lockAt: defaultLockAt(input.year, month), lockedAt: null, reopenedAt: null };
    if (isMonthLocked(state, input.now)) locked.add(month);
  }
  return locked;
}

/** Throws LOCKED (plain Indonesian) when the month is locked at `now`. */
export async function assertMonthOpen(client: Db | Tx, input: { year: number; month: number; now: Date }): Promise<void> {
  const lock = await getMonthLock(client, input);
  if (lock.locked) {
    throw new AppError(
      "LOCKED",
      `Bulan ${monthLabel(input.month)} ${input.year} sudah dikunci; datanya tidak dapat diubah lagi.`,
    );
  }
}
