import "server-only";
import { activityTransition, type ActivityAction, type ActivityRelation, type ActivityStatus } from "@/lib/domain/activities/status";
import { AppError } from "../errors";
import type { Tx } from "../prisma-client";

/** Throws the state machine's refusal (FORBIDDEN, INVALID_STATE or LOCKED) as an AppError. */
export function assertActivityTransition(input: { status: ActivityStatus; relation: ActivityRelation; action: ActivityAction; monthLocked: boolean }) {
  const result = activityTransition(input);
  if (!result.ok) throw new AppError(result.reason, result.message);
  return result.to;
}

/**
 * Serialises every change to one employee's entries of one day (two tabs, a double click), so the
 * overlap check sees what the other wrote. Transaction-scoped advisory lock on (employee, day).
 */
export async function lockEmployeeDay(tx: Tx, input: { employeeId: number; date: Date }): Promise<void> {
  const day = Math.floor(input.date.getTime() / 86_400_000);
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(${input.employeeId}::int, ${day}::int)::text AS locked`;
}
