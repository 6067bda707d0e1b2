import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { sessionExpiry } from "@/lib/domain/auth/session-rules";
import { sqlQuery } from "../sql";
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

  // One statement per request (the month-end peak is mostly authenticated POSTs): the account, its
  // employee, and whether this session was ended (logout elsewhere, password reset, deactivation).
  const [user] = await sqlQuery<{
    id: number;
    role: Role;
    status: string;
    mustChangePassword: boolean;
    sessionVersion: number;
    employeeId: number;
    nip: string;
    name: string;
    opdId: number;
    ended: boolean;
  }>(
    `SELECT u.id, u.role::text AS role, u.status::text AS status, u."mustChangePassword", u."sessionVersion",
            e.id AS "employeeId", e.nip, e.name, e."opdId",
            EXISTS (SELECT 1 FROM ended_session WHERE sid = $2) AS ended
     FROM user_account u JOIN employee e ON e.id = u."employeeId" WHERE u.id = $1`,
    [token.uid, token.sid],
  );
  if (!user || user.status !== "ACTIVE" || user.sessionVersion !== token.sv || user.ended) return null;
  return {
    userId: user.id,
    employeeId: user.employeeId,
    nip: user.nip,
    name: user.name,
    role: user.role,
    opdId: user.opdId,
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
