import "server-only";
import { auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { accountChanged, expireOpenResetTokens, loadManagedAccount } from "./managed-account";

/**
 * Nonaktifkan Akun (DESIGN.md §1): the employee can no longer log in and every session ends at
 * once (the session version changes). The password hash is kept so nothing else changes; a later
 * activation issues a new temporary password anyway.
 */
export async function deactivateAccount(input: { actor: ServiceActor; employeeId: number; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const employee = await loadManagedAccount(db, { actor: input.actor, employeeId: input.employeeId, action: "deactivate", now });
  const before = employee.user!; // the state rule guarantees an ACTIVE account

  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: before.id, status: "ACTIVE" },
      data: { status: "DEACTIVATED", deactivatedAt: now, sessionVersion: { increment: 1 } },
    });
    if (count !== 1) throw accountChanged();
    await expireOpenResetTokens(tx, before.id, now);
    await writeAudit(tx, auditActor(input.actor), {
      action: "account.deactivated",
      targetType: "User",
      targetId: before.id,
      before: { employeeId: employee.id, nip: employee.nip, status: before.status, sessionVersion: before.sessionVersion },
      after: { employeeId: employee.id, nip: employee.nip, status: "DEACTIVATED", deactivatedAt: now, sessionVersion: before.sessionVersion + 1 },
    });
  });
}
