/**
 * Demo 360° ratings (DESIGN.md §7): the rater assignments of the demo agency for the current WIB
 * month, so the demo works without waiting for the month-start job. The same plan as the job
 * (lib/domain/ratings/assignment.ts, peers by sibling group, so one agency alone gives the same
 * pairs as the whole province). Idempotent: existing pairs are skipped, nothing is removed, and a
 * locked month is left alone.
 */
import type { Prisma } from "../lib/generated/prisma/client";
import { daysInMonth } from "../lib/domain/calendar-date";
import { defaultLockAt, isMonthLocked, jakartaDate } from "../lib/domain/period";
import { assignRaters } from "../lib/domain/ratings/assignment";
import { ratingConfigFrom } from "../lib/domain/ratings/config";

type Tx = Prisma.TransactionClient;

export async function seedDemoRatings(tx: Tx, input: { opdId: number; now?: Date }): Promise<number> {
  const now = input.now ?? new Date();
  const { year, month } = jakartaDate(now);
  const period = await tx.period.findUnique({ where: { year_month: { year, month } }, select: { lockAt: true, lockedAt: true, reopenedAt: true } });
  if (isMonthLocked(period ?? { lockAt: defaultLockAt(year, month) }, now)) return 0;
  const policy = await tx.remunerationPolicy.findFirst({ where: { year }, orderBy: { version: "desc" }, select: { config: true } });
  const first = new Date(Date.UTC(year, month - 1, 1));
  const last = new Date(Date.UTC(year, month - 1, daysInMonth(year, month)));
  const members = await tx.employee.findMany({
    where: { opdId: input.opdId, user: { status: "ACTIVE" }, startDate: { lte: last }, OR: [{ endDate: null }, { endDate: { gte: first } }] },
    select: { id: true, supervisorId: true },
  });
  const plan = assignRaters({ year, month, members, maxPeers: ratingConfigFrom(policy?.config ?? null).maxPeers });
  const created = await tx.raterAssignment.createMany({
    data: plan.map((a) => ({ year, month, raterEmployeeId: a.raterId, rateeEmployeeId: a.rateeId, role: a.role })),
    skipDuplicates: true,
  });
  return created.count;
}
