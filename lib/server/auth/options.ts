import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { randomUUID } from "node:crypto";
import { authSecret, env } from "@/lib/env";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/domain/auth/session-rules";
import { authenticate } from "./authenticate";
import { clientIp } from "./client-ip";
import { sessionCookieName, sessionCookieOptions, type TrkToken } from "./token";

type AuthorizedUser = { id: string; name: string; uid: number; sv: number; mcp: boolean };

export function authOptions(): NextAuthOptions {
  // next-auth reads its public URL from NEXTAUTH_URL; it is the app's configured URL.
  process.env.NEXTAUTH_URL ??= env().APP_URL;
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
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const u = user as unknown as AuthorizedUser;
          const now = Math.floor(Date.now() / 1000);
          const fresh: TrkToken = { sub: u.id, name: u.name, uid: u.uid, sid: randomUUID(), sv: u.sv, mcp: u.mcp, loginAt: now, seenAt: now };
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
