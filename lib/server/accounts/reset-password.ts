import "server-only";
import { formatPersonName } from "@/lib/domain/person-name";
import { env } from "@/lib/env";
import { auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { passwordResetByAdminMail } from "../mail/templates";
import type { TemporaryPasswordResult } from "./activate-account";
import { accountChanged, expireOpenResetTokens, loadManagedAccount } from "./managed-account";
import { notifyEmployee } from "../notifications/notify";
import { newTemporaryPassword } from "./temporary-password";

/**
 * Atur Ulang Kata Sandi by an administrator (DESIGN.md §1, §12): a new temporary password that must
 * be changed at next login; every session of the employee ends; a lock is cleared (failed logins
 * before the reset no longer count, see authenticate); open reset links stop working.
 */
export async function resetPassword(input: {
  actor: ServiceActor;
  employeeId: number;
  now?: Date;
}): Promise<TemporaryPasswordResult> {
  const now = input.now ?? new Date();
  const employee = await loadManagedAccount(db, { actor: input.actor, employeeId: input.employeeId, action: "resetPassword", now });
  const before = employee.user!; // the state rule guarantees an ACTIVE account
  const { password, passwordHash } = await newTemporaryPassword(employee);

  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      // Compare-and-set on the session version: of two resets at once (two tabs, a double
      // click) one wins and the other is told the account just changed, so only one temporary
      // password is ever sent.
      where: { id: before.id, status: "ACTIVE", sessionVersion: before.sessionVersion },
      data: {
        passwordHash,
        mustChangePassword: true,
        passwordChangedAt: now,
        lockedUntil: null,
        failedLoginCount: 0,
        sessionVersion: { increment: 1 },
      },
    });
    if (count !== 1) throw accountChanged();
    await expireOpenResetTokens(tx, before.id, now);
    const after = await tx.user.findUniqueOrThrow({
      where: { id: before.id },
      select: { status: true, mustChangePassword: true, sessionVersion: true, lockedUntil: true },
    });
    await writeAudit(tx, auditActor(input.actor), {
      action: "account.password_reset",
      targetType: "User",
      targetId: before.id,
      before: { employeeId: employee.id, nip: employee.nip, mustChangePassword: before.mustChangePassword, sessionVersion: before.sessionVersion, lockedUntil: before.lockedUntil },
      after: { employeeId: employee.id, nip: employee.nip, ...after, emailed: Boolean(employee.email) },
    });
  });

  const { emailedTo } = await notifyEmployee({
    employee,
    kind: "PASSWORD_RESET",
    title: "Kata sandi Anda diatur ulang",
    body: "Kata sandi TRK Jabar Anda diatur ulang oleh admin kepegawaian. Masuk dengan kata sandi sementara, lalu buat kata sandi baru.",
    mail: passwordResetByAdminMail({ name: formatPersonName(employee), nip: employee.nip, temporaryPassword: password, appUrl: env().APP_URL }),
  });
  return { temporaryPassword: password, emailedTo };
}
