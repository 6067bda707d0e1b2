"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/server/db";
import { writeAudit } from "@/lib/server/audit";
import { clientIp } from "@/lib/server/auth/client-ip";
import { getSessionUser } from "@/lib/server/auth/current-user";
import { sessionCookieName } from "@/lib/server/auth/token";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/domain/auth/session-rules";

/**
 * Keluar: ends this session. Its id is recorded as ended, so a copy of the cookie is refused from
 * now on too; the user's other sessions (another device) stay signed in. The identity provider's
 * own session is left alone: after a single sign-on session the login page links to its logout.
 */
export async function logoutAction(): Promise<void> {
  const user = await getSessionUser();
  // A session from single sign-on: the login page then offers the provider's logout as well.
  const fromSso = user?.token.via === "sso";
  if (user) {
    const ip = clientIp(await headers());
    await db.$transaction(async (tx) => {
      await tx.endedSession.create({
        data: {
          sid: user.token.sid,
          userId: user.userId,
          expiresAt: new Date((user.token.loginAt + SESSION_MAX_AGE_SECONDS) * 1000),
        },
      });
      await writeAudit(tx, { userId: user.userId, nip: user.nip, ip }, { action: "auth.logout", targetType: "User", targetId: user.userId });
    });
  }
  (await cookies()).delete(sessionCookieName());
  redirect(fromSso ? "/login?keluar=1&dari=sso" : "/login?keluar=1");
}
