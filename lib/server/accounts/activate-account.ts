import "server-only";
import { formatPersonName } from "@/lib/domain/person-name";
import { env } from "@/lib/env";
import { auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { accountActivatedMail } from "../mail/templates";
import { accountChanged, expireOpenResetTokens, loadManagedAccount } from "./managed-account";
import { notifyEmployee } from "../notifications/notify";
import { newTemporaryPassword } from "./temporary-password";

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

export type TemporaryPasswordResult = {
  /** Shown to the admin once; never stored in plain text, never audited. */
  temporaryPassword: string;
  /** The address the password was also sent to, or null (no address, or the mail failed). */
  emailedTo: string | null;
};

/**
 * Aktifkan Akun (DESIGN.md §1, §12): an Admin OPD for their agency, Admin BKD for all. Works on a
 * never-activated or deactivated account (and creates the account record if the employee has
 * none). Sets a temporary password that must be changed at first login, ends any session left,
 * clears a lock, and sends the password to the employee's e-mail.
 */
export async function activateAccount(input: {
  actor: ServiceActor;
  employeeId: number;
  now?: Date;
}): Promise<TemporaryPasswordResult> {
  const now = input.now ?? new Date();
  const employee = await loadManagedAccount(db, { actor: input.actor, employeeId: input.employeeId, action: "activate", now });
  const { password, passwordHash } = await newTemporaryPassword(employee);
  const fresh = {
    status: "ACTIVE" as const,
    passwordHash,
    mustChangePassword: true,
    passwordChangedAt: now,
    activatedAt: now,
    deactivatedAt: null,
    lockedUntil: null,
    failedLoginCount: 0,
  };

  await db.$transaction(async (tx) => {
    const before = employee.user;
    let userId: number;
    if (!before) {
      // Two admins activating at once: the second create hits the unique employeeId.
      const created = await tx.user
        .create({ data: { employeeId: employee.id, role: "PEGAWAI", ...fresh }, select: { id: true } })
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? accountChanged() : error;
        });
      userId = created.id;
    } else {
      const { count } = await tx.user.updateMany({
        where: { id: before.id, status: { in: ["INACTIVE", "DEACTIVATED"] } },
        data: { ...fresh, sessionVersion: { increment: 1 } },
      });
      if (count !== 1) throw accountChanged();
      userId = before.id;
      await expireOpenResetTokens(tx, userId, now);
    }
    const after = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { status: true, mustChangePassword: true, sessionVersion: true, lockedUntil: true },
    });
    await writeAudit(tx, auditActor(input.actor), {
      action: "account.activated",
      targetType: "User",
      targetId: userId,
      before: before
        ? { employeeId: employee.id, nip: employee.nip, status: before.status, mustChangePassword: before.mustChangePassword, sessionVersion: before.sessionVersion, lockedUntil: before.lockedUntil }
        : { employeeId: employee.id, nip: employee.nip, account: null },
      after: { employeeId: employee.id, nip: employee.nip, ...after, emailed: Boolean(employee.email) },
    });
  });

  const name = formatPersonName(employee);
  const { emailedTo } = await notifyEmployee({
    employee,
    kind: "ACCOUNT_ACTIVATED",
    title: "Akun Anda telah diaktifkan",
    body: "Akun TRK Jabar Anda diaktifkan oleh admin kepegawaian. Ganti kata sandi sementara Anda saat pertama kali masuk.",
    mail: accountActivatedMail({ name, nip: employee.nip, temporaryPassword: password, appUrl: env().APP_URL }),
  });
  return { temporaryPassword: password, emailedTo };
}
