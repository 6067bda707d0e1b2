/**
 * The session token (a next-auth JWT in an httpOnly cookie) and how it is read and refreshed.
 * Shared by next-auth's options, `proxy.ts` and the server-side session reader. No `server-only`
 * marker because proxy.ts imports it; it never reaches a client bundle.
 */
import hkdf from "@panva/hkdf";
import { jwtDecrypt } from "jose";
import { encode, type JWT } from "next-auth/jwt";
import { authSecret, env } from "@/lib/env";
import { SESSION_MAX_AGE_SECONDS, type SessionTimes } from "@/lib/domain/auth/session-rules";

export type TrkToken = JWT &
  SessionTimes & {
    uid: number;
    /** Random id of this session, so logging out can end exactly this one (EndedSession). */
    sid: string;
    sv: number; // User.sessionVersion at login: bumping it ends every session of the user
    mcp: boolean; // must change password
    /** "sso" when the session began with single sign-on (no temporary password to change). */
    via?: "sso";
  };

export function sessionCookieName(): string {
  return secureCookies() ? "__Secure-trk.session" : "trk.session";
}

export function secureCookies(): boolean {
  return env().APP_URL.startsWith("https://");
}

export function isTrkToken(token: JWT | null): token is TrkToken {
  return (
    !!token &&
    typeof token.uid === "number" &&
    typeof token.sid === "string" &&
    typeof token.sv === "number" &&
    typeof token.loginAt === "number" &&
    typeof token.seenAt === "number"
  );
}

/**
 * next-auth's key for its encrypted JWT, derived from the secret exactly as `next-auth/jwt` does
 * (HKDF-SHA256, empty salt), but once per process: next-auth's own `decode` derives it on every
 * call, and every request decodes the cookie twice (proxy.ts and the session check) — ~8 % of the
 * server's CPU at the month-end peak (a CPU profile under bench:province (b)).
 */
const keys = new Map<string, Promise<Uint8Array>>();
function encryptionKey(secret: string): Promise<Uint8Array> {
  let key = keys.get(secret);
  if (!key) {
    key = hkdf("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32);
    keys.set(secret, key);
  }
  return key;
}

export async function decodeSessionToken(raw: string | undefined): Promise<TrkToken | null> {
  if (!raw) return null;
  try {
    const { payload } = await jwtDecrypt(raw, await encryptionKey(authSecret()), { clockTolerance: 15 });
    const token = payload as JWT;
    return isTrkToken(token) ? token : null;
  } catch {
    return null;
  }
}

export function encodeSessionToken(token: TrkToken): Promise<string> {
  return encode({ token, secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
}

export function sessionCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: secureCookies(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  };
}
