import "server-only";
import { checkPassword } from "@/lib/domain/password-policy";
import { formatPersonName } from "@/lib/domain/person-name";
import { resetTokenState } from "@/lib/domain/accounts/password-reset";
import { env } from "@/lib/env";
import { writeAudit } from "../audit";
import { hashPassword, verifyPassword } from "../auth/password";
import { db } from "../db";
import { AppError, invalid } from "../errors";
import { passwordChangedMail } from "../mail/templates";
import { expireOpenResetTokens } from "./managed-account";
import { notifyEmployee } from "../notifications/notify";
import { hashResetToken, INVALID_RESET_LINK_MESSAGE, isWellFormedResetToken } from "./reset-token";

const invalidLink = () => new AppError("INVALID_STATE", INVALID_RESET_LINK_MESSAGE);

/**
 * Sets a new password through a reset link (DESIGN.md §12): the link works once and for 30
 * minutes, only for an ACTIVE account; the password rule applies; every other session ends; a lock
 * is cleared; the employee gets a confirmation e-mail.
 */
export async function completePasswordReset(input: {
  token: string;
  newPassword: string;
  confirmPassword: string;
  ip: string;
  now?: Date;
}): Promise<void> {
  const now = input.now ?? new Date();
  if (!isWellFormedResetToken(input.token)) throw invalidLink();
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(input.token) },
    select: {
      id: true,
      expiresAt: true,
      usedAt: true,
      user: {
        select: {
          id: true,
          status: true,
          passwordHash: true,
          employee: { select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true, email: true, birthDate: true } },
        },
      },
    },
  });
  if (!row || row.user.status !== "ACTIVE" || resetTokenState(row, now) !== "VALID") throw invalidLink();
  const { user } = row;
  const employee = user.employee;

  const birth = employee.birthDate;
  const problems = checkPassword(input.newPassword, {
    nip: employee.nip,
    birthDate: { year: birth.getUTCFullYear(), month: birth.getUTCMonth() + 1, day: birth.getUTCDate() },
  });
  if (problems.length > 0) throw invalid(problems[0]!, { newPassword: problems });
  if (input.newPassword !== input.confirmPassword) {
    throw invalid("Ulangan kata sandi tidak sama.", { confirmPassword: ["Ulangan kata sandi tidak sama."] });
  }
  if (user.passwordHash && (await verifyPassword(input.newPassword, user.passwordHash))) {
    const message = "Kata sandi baru harus berbeda dari kata sandi lama.";
    throw invalid(message, { newPassword: [message] });
  }
  const passwordHash = await hashPassword(input.newPassword);

  await db.$transaction(async (tx) => {
    // Single use even when two submissions race: only one of them marks the token.
    const used = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (used.count !== 1) throw invalidLink();
    const updated = await tx.user.updateMany({
      where: { id: user.id, status: "ACTIVE" },
      data: {
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: now,
        lockedUntil: null,
        failedLoginCount: 0,
        sessionVersion: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw invalidLink();
    await expireOpenResetTokens(tx, user.id, now);
    await writeAudit(tx, { userId: user.id, nip: employee.nip, ip: input.ip }, {
      action: "auth.password_reset_completed",
      targetType: "User",
      targetId: user.id,
      after: { resetTokenId: row.id, mustChangePassword: false, sessionsEnded: true },
    });
  });

  await notifyEmployee({
    employee,
    kind: "PASSWORD_RESET",
    title: "Kata sandi Anda telah diubah",
    body: "Kata sandi Anda diubah melalui Lupa Kata Sandi. Bila bukan Anda yang melakukannya, segera hubungi Admin OPD.",
    mail: passwordChangedMail({ name: formatPersonName(employee), nip: employee.nip, at: now, appUrl: env().APP_URL }),
  });
}
