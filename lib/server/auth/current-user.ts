import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { sessionExpiry } from "@/lib/domain/auth/session-rules";
import { db } from "../db";
import { decodeSessionToken, sessionCookieName, type TrkToken } from "./token";

export const SESSION_ENDED_LOGIN_PATH = "/login?sesi=berakhir";

export type Role = "PEGAWAI" | "ADMIN_OPD" | "ADMIN_BKD";

/** The signed-in user as every service sees it: the `actor` of an operation. */
export type SessionUser = {
  userId: number;
  employeeId: number;
  nip: string;
  name: string;
  role: Role;
  opdId: number;
  mustChangePassword: boolean;
  sessionVersion: number;
  token: TrkToken;
};

/**
 * Reads and checks the session of the current request: signature, 8-hour lifetime, idle timeout,
 * and against the database that the account is still active and the session was not ended
 * (password reset, deactivation) since it was issued. Memoised per request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const store = await cookies();
  const token = await decodeSessionToken(store.get(sessionCookieName())?.value);
  if (!token) return null;
  if (sessionExpiry(token, Math.floor(Date.now() / 1000))) return null;

  const user = await db.user.findUnique({
    where: { id: token.uid },
    select: {
      id: true,
      role: true,
      status: true,
      mustChangePassword: true,
      sessionVersion: true,
      employee: { select: { id: true, nip: true, name: true, opdId: true } },
    },
  });
  if (!user || user.status !== "ACTIVE" || user.sessionVersion !== token.sv) return null;
  if (await db.endedSession.findUnique({ where: { sid: token.sid }, select: { sid: true } })) return null;
  return {
    userId: user.id,
    employeeId: user.employee.id,
    nip: user.employee.nip,
    name: user.employee.name,
    role: user.role,
    opdId: user.employee.opdId,
    // A session from single sign-on never used the temporary password, so it need not change it.
    mustChangePassword: user.mustChangePassword && token.via !== "sso",
    sessionVersion: user.sessionVersion,
    token,
  };
});

/**
 * For pages: the signed-in user, or a redirect to the login page (or to change the password).
 * `/login?sesi=berakhir` makes proxy.ts drop the cookie, so a session ended elsewhere (reset,
 * deactivation, logout) lands on the login form instead of bouncing between it and the page.
 */
export async function requireUser(options: { allowMustChange?: boolean } = {}): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(SESSION_ENDED_LOGIN_PATH);
  if (user.mustChangePassword && !options.allowMustChange) redirect("/ganti-kata-sandi");
  return user;
}
