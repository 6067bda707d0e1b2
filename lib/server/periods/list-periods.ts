import "server-only";
import { defaultLockAt, isMonthLocked, monthLabel } from "@/lib/domain/period";
import { monthStart } from "@/lib/domain/period-lock";
import { assertCan, type ServiceActor } from "../authz";
import { db } from "../db";
import { assertPeriodMonth } from "./period-row";

type Person = { name: string; nip: string } | null;

export type PeriodOverview = {
  month: number;
  label: string;
  /** The scheduled lock (the period row's, or the default schedule when there is no row). */
  lockAt: Date;
  locked: boolean;
  /** Whether the month has begun (a month that has not cannot be locked). */
  started: boolean;
  lockedAt: Date | null;
  lockedBy: Person;
  reopenedAt: Date | null;
  reopenedBy: Person;
  reopenReason: string | null;
};

/** The twelve months of `year` with their lock state at `now`, for Admin BKD's period page. */
export async function listPeriodsOfYear(actor: ServiceActor, input: { year: number; now?: Date }): Promise<PeriodOverview[]> {
  assertCan(actor, "period.lock");
  assertPeriodMonth({ year: input.year, month: 1 });
  const now = input.now ?? new Date();
  const person = { select: { employee: { select: { name: true, nip: true } } } } as const;
  const rows = await db.period.findMany({
    where: { year: input.year },
    select: {
      month: true,
      lockAt: true,
      lockedAt: true,
      reopenedAt: true,
      reopenReason: true,
      lockedBy: person,
      reopenedBy: person,
    },
  });
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const row = byMonth.get(month);
    const state = row ?? { lockAt: defaultLockAt(input.year, month), lockedAt: null, reopenedAt: null };
    return {
      month,
      label: monthLabel(month),
      lockAt: state.lockAt,
      locked: isMonthLocked(state, now),
      started: now.getTime() >= monthStart(input.year, month).getTime(),
      lockedAt: state.lockedAt,
      lockedBy: row?.lockedBy?.employee ?? null,
      reopenedAt: state.reopenedAt,
      reopenedBy: row?.reopenedBy?.employee ?? null,
      reopenReason: row?.reopenReason ?? null,
    };
  });
}
