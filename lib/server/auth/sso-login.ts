import "server-only";
import { lockoutLookbackMinutes, lockoutState } from "@/lib/domain/auth/lockout";
import type { SsoRefusalReason } from "@/lib/domain/auth/sso";
import { db } from "../db";
import { writeAudit } from "../audit";
import type { AuthenticatedUser } from "./authenticate";

export type SsoLoginResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: SsoRefusalReason };

const MINUTE = 60_000;

/**
 * Decides a sign-on from the identity provider (DESIGN.md §12), after the provider has
 * authenticated the person and we have checked its answer (state, nonce, PKCE, ID token):
 * the NIP must belong to an ACTIVE account (never created here, never activated here) that is not
 * locked by failed NIP logins. Every outcome is a LoginAttempt; a refusal is audited as
 * auth.sso_refused with its exact reason, a success as auth.login with method "sso".
 *
 * The session then follows the app's own rules (lifetime, idle timeout, logout, sessionVersion).
 * A temporary password need not be changed: the person did not use it (mustChangePassword false).
 */
export async function ssoLogin(input: { nip: string | null; ip: string; subject?: string; now?: Date }): Promise<SsoLoginResult> {
  const now = input.now ?? new Date();
  const nip = input.nip;
  const refuse = async (reason: SsoRefusalReason, userId: number | null): Promise<SsoLoginResult> => {
    await db.$transaction(async (tx) => {
      if (nip) await tx.loginAttempt.create({ data: { ip: input.ip, nip, success: false, createdAt: now } });
      await writeAudit(tx, { userId: null, nip, ip: input.ip }, {
        action: "auth.sso_refused",
        targetType: "User",
        targetId: userId,
        after: { reason, nip, subject: input.subject ?? null },
      });
    });
    return { ok: false, reason };
  };

  // LoginAttempt.nip is required: without a NIP there is nothing to count, only the audit entry.
  if (!nip) return refuse("NO_NIP", null);

  const user = await db.user.findFirst({
    where: { employee: { nip } },
    select: { id: true, status: true, sessionVersion: true, passwordChangedAt: true, employee: { select: { name: true } } },
  });
  if (!user) return refuse("UNKNOWN_NIP", null);
  // INACTIVE (never activated) and DEACTIVATED alike: single sign-on does not activate an account.
  if (user.status !== "ACTIVE") return refuse("INACTIVE", user.id);

  // The NIP login's lock (five failures) holds for single sign-on too: the lock is there because
  // someone was guessing, and the account's owner can wait 15 minutes or reset the password.
  // As in authenticate(): failures before the password was last set no longer count.
  const lookback = new Date(now.getTime() - lockoutLookbackMinutes() * MINUTE);
  const since = user.passwordChangedAt && user.passwordChangedAt > lookback ? user.passwordChangedAt : lookback;
  const history = await db.loginAttempt.findMany({
    where: { nip, createdAt: { gte: since } },
    select: { createdAt: true, success: true },
  });
  if (lockoutState(history.map((a) => ({ at: a.createdAt, success: a.success })), now).locked) {
    return refuse("LOCKED", user.id);
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
      after: { method: "sso", subject: input.subject ?? null },
    });
  });

  return {
    ok: true,
    user: { userId: user.id, sessionVersion: user.sessionVersion, mustChangePassword: false, name: user.employee.name },
  };
}
