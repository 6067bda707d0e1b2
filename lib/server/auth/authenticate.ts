import "server-only";
import { parseNip } from "@/lib/domain/nip";
import { lockoutLookbackMinutes, lockoutState } from "@/lib/domain/auth/lockout";
import type { LoginErrorCode } from "@/lib/domain/auth/login-errors";
import { env } from "@/lib/env";
import { db } from "../db";
import { writeAudit } from "../audit";
import { burnPasswordCheck, verifyPassword } from "./password";

export type AuthenticatedUser = {
  userId: number;
  sessionVersion: number;
  mustChangePassword: boolean;
  name: string;
};

export type AuthenticateResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; code: LoginErrorCode };

const MINUTE = 60_000;

/**
 * Checks a NIP and password (DESIGN.md §12): per-IP limit, lockout per NIP, constant-time-ish
 * answer for unknown NIPs, inactive accounts refused. Every attempt is recorded.
 */
export async function authenticate(input: {
  nip: string;
  password: string;
  ip: string;
  now?: Date;
}): Promise<AuthenticateResult> {
  const now = input.now ?? new Date();
  const parsed = parseNip(input.nip);
  if (!parsed.ok || input.password.length === 0 || input.password.length > 200) {
    return { ok: false, code: "INVALID_INPUT" };
  }
  const nip = parsed.nip;
  const config = env();

  const ipFailures = await db.loginAttempt.count({
    where: {
      ip: input.ip,
      success: false,
      createdAt: { gte: new Date(now.getTime() - config.LOGIN_IP_WINDOW_MINUTES * MINUTE) },
    },
  });
  if (ipFailures >= config.LOGIN_IP_LIMIT) {
    await db.loginAttempt.create({ data: { ip: input.ip, nip, success: false, createdAt: now } });
    return { ok: false, code: "IP_LIMITED" };
  }

  const user = await db.user.findFirst({
    where: { employee: { nip } },
    select: {
      id: true,
      status: true,
      passwordHash: true,
      passwordChangedAt: true,
      mustChangePassword: true,
      sessionVersion: true,
      employee: { select: { name: true } },
    },
  });

  // Failures before the password was last set (an admin reset, a reset link) no longer count:
  // they were guesses at a password that no longer exists, and the reset must clear a lock.
  const lookback = new Date(now.getTime() - lockoutLookbackMinutes() * MINUTE);
  const since = user?.passwordChangedAt && user.passwordChangedAt > lookback ? user.passwordChangedAt : lookback;
  const history = await db.loginAttempt.findMany({
    where: { nip, createdAt: { gte: since } },
    select: { createdAt: true, success: true },
    orderBy: { createdAt: "asc" },
  });
  const before = lockoutState(
    history.map((a) => ({ at: a.createdAt, success: a.success })),
    now,
  );
  if (before.locked) {
    await burnPasswordCheck(input.password);
    return { ok: false, code: "LOCKED" };
  }

  const passwordOk = user?.passwordHash
    ? await verifyPassword(input.password, user.passwordHash)
    : (await burnPasswordCheck(input.password), false);

  if (!user || !passwordOk) {
    await db.loginAttempt.create({ data: { ip: input.ip, nip, success: false, createdAt: now } });
    const after = lockoutState(
      [...history.map((a) => ({ at: a.createdAt, success: a.success })), { at: now, success: false }],
      now,
    );
    if (after.locked && user) {
      await db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { lockedUntil: after.lockedUntil } });
        await writeAudit(tx, { userId: null, nip, ip: input.ip }, {
          action: "auth.locked",
          targetType: "User",
          targetId: user.id,
          after: { lockedUntil: after.lockedUntil },
        });
      });
    }
    return { ok: false, code: after.locked ? "LOCKED" : "INVALID_CREDENTIALS" };
  }

  if (user.status !== "ACTIVE") {
    // Only someone who knows the password learns that the account is inactive.
    await db.loginAttempt.create({ data: { ip: input.ip, nip, success: false, createdAt: now } });
    return { ok: false, code: "INACTIVE" };
  }

  await db.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { ip: input.ip, nip, success: true, createdAt: now } });
    await tx.user.update({
      where: { id: user.id },
      data: { lastLoginAt: now, failedLoginCount: 0, lockedUntil: null },
    });
    await writeAudit(tx, { userId: user.id, nip, ip: input.ip }, {
      action: "auth.login",
      targetType: "User",
      targetId: user.id,
    });
  });

  return {
    ok: true,
    user: {
      userId: user.id,
      sessionVersion: user.sessionVersion,
      mustChangePassword: user.mustChangePassword,
      name: user.employee.name,
    },
  };
}
