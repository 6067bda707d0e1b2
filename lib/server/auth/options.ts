import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { randomUUID } from "node:crypto";
import { authSecret, env, ssoConfig } from "@/lib/env";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/domain/auth/session-rules";
import { ssoRefusalPath } from "@/lib/domain/auth/sso";
import { authenticate } from "./authenticate";
import { clientIp } from "./client-ip";
import { ssoLogin } from "./sso-login";
import { ssoProvider, type SsoProfile } from "./sso-provider";
import { sessionCookieName, sessionCookieOptions, type TrkToken } from "./token";

type AuthorizedUser = { id: string; name: string; uid: number; sv: number; mcp: boolean; via?: "sso" };

/**
 * next-auth's configuration. `request.ip` is the client's address (for the single sign-on's
 * LoginAttempt and audit rows; the credentials provider reads it from its own request).
 */
export function authOptions(request: { ip?: string } = {}): NextAuthOptions {
  // next-auth reads its public URL from NEXTAUTH_URL; it is the app's configured URL.
  process.env.NEXTAUTH_URL ??= env().APP_URL;
  const sso = ssoConfig();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    cookies: {
      sessionToken: { name: sessionCookieName(), options: sessionCookieOptions() },
    },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "NIP",
        credentials: { nip: { label: "NIP", type: "text" }, password: { label: "Kata Sandi", type: "password" } },
        async authorize(credentials, req) {
          const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
          const result = await authenticate({
            nip: String(credentials?.nip ?? ""),
            password: String(credentials?.password ?? ""),
            ip: clientIp({ get: (name) => headers[name] ?? null }),
          });
          // next-auth passes the error message to the client; the code maps to Indonesian text.
          if (!result.ok) throw new Error(result.code);
          const user: AuthorizedUser = {
            id: String(result.user.userId),
            name: result.user.name,
            uid: result.user.userId,
            sv: result.user.sessionVersion,
            mcp: result.user.mustChangePassword,
          };
          return user;
        },
      }),
      ...(sso ? [ssoProvider(sso)] : []),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (!sso || account?.provider !== sso.id) return true;
        const profile = user as unknown as SsoProfile;
        const result = await ssoLogin({ nip: profile.nip, subject: profile.id, ip: request.ip ?? "unknown" });
        if (!result.ok) return ssoRefusalPath(result.reason);
        // next-auth hands this same object to the jwt callback below (no adapter).
        const authorized: AuthorizedUser = {
          id: String(result.user.userId),
          name: result.user.name,
          uid: result.user.userId,
          sv: result.user.sessionVersion,
          mcp: false,
          via: "sso",
        };
        Object.assign(user, authorized);
        return true;
      },
      async jwt({ token, user }) {
        if (user) {
          const u = user as unknown as AuthorizedUser;
          // Fail closed: a sign-in that did not go through authorize()/signIn above has no uid.
          if (typeof u.uid !== "number" || typeof u.sv !== "number") throw new Error("SIGNIN_INCOMPLETE");
          const now = Math.floor(Date.now() / 1000);
          const fresh: TrkToken = {
            sub: String(u.uid),
            name: u.name,
            uid: u.uid,
            sid: randomUUID(),
            sv: u.sv,
            mcp: u.mcp,
            loginAt: now,
            seenAt: now,
            ...(u.via ? { via: u.via } : {}),
          };
          return fresh;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { name: token.name ?? null } };
      },
    },
  };
}
