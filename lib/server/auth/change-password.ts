import "server-only";
import { checkPassword } from "@/lib/domain/password-policy";
import { db } from "../db";
import { writeAudit } from "../audit";
import { AppError, invalid } from "../errors";
import { hashPassword, verifyPassword } from "./password";

/**
 * Sets a new password for the actor's own account (DESIGN.md §12 rule). `currentPassword` is
 * required except right after login with a temporary password. Ends every other session by bumping
 * the session version; returns the new version so the caller can reissue its own session.
 */
export async function changeOwnPassword(input: {
  userId: number;
  newPassword: string;
  confirmPassword: string;
  currentPassword?: string;
  requireCurrent: boolean;
  ip: string;
}): Promise<{ sessionVersion: number }> {
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: {
      id: true,
      passwordHash: true,
      status: true,
      employee: { select: { nip: true, birthDate: true } },
    },
  });
  if (!user || user.status !== "ACTIVE" || !user.passwordHash) {
    throw new AppError("FORBIDDEN", "Akun tidak aktif.");
  }
  if (input.requireCurrent) {
    if (!input.currentPassword || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
      throw invalid("Kata sandi saat ini salah.", { currentPassword: ["Kata sandi saat ini salah."] });
    }
  }
  const birth = user.employee.birthDate;
  const problems = checkPassword(input.newPassword, {
    nip: user.employee.nip,
    birthDate: { year: birth.getUTCFullYear(), month: birth.getUTCMonth() + 1, day: birth.getUTCDate() },
  });
  if (problems.length > 0) throw invalid(problems[0]!, { newPassword: problems });
  if (input.newPassword !== input.confirmPassword) {
    throw invalid("Ulangan kata sandi tidak sama.", { confirmPassword: ["Ulangan kata sandi tidak sama."] });
  }
  if (await verifyPassword(input.newPassword, user.passwordHash)) {
    throw invalid("Kata sandi baru harus berbeda dari kata sandi lama.", {
      newPassword: ["Kata sandi baru harus berbeda dari kata sandi lama."],
    });
  }

  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: user.id },
      data: {
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: new Date(),
        sessionVersion: { increment: 1 },
      },
      select: { sessionVersion: true },
    });
    await writeAudit(tx, { userId: user.id, nip: user.employee.nip, ip: input.ip }, {
      action: "auth.password_changed",
      targetType: "User",
      targetId: user.id,
    });
    return { sessionVersion: updated.sessionVersion };
  });
}
