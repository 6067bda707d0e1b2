/**
 * Shared by the HTTP benchmarks: a fresh migrated database, production servers (scripts/serve.ts)
 * on given ports, session cookies minted with the servers' AUTH_SECRET (exactly what a login
 * issues; bcrypt at cost 12 makes hundreds of real logins too slow for a benchmark), the id of a
 * server action from the build, and percentiles.
 */
import { randomUUID } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { startAppServer, type AppServer } from "../../scripts/lib/app-server";
import { createTestDb } from "../../scripts/lib/test-db";

export const BENCH_SECRET = "bench-secret-bench-secret-bench-secret-0123456789";

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function migrate(url: string): void {
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

export type { AppServer } from "../../scripts/lib/app-server";

/** Starts scripts/serve.ts on `port` (with the benchmarks' AUTH_SECRET) and resolves when it answers HTTP. */
export function startServer(input: { port: number; databaseUrl: string; env?: Record<string, string> }): Promise<AppServer> {
  return startAppServer({
    port: input.port,
    env: {
      DATABASE_URL: input.databaseUrl,
      AUTH_SECRET: BENCH_SECRET,
      APP_URL: `http://localhost:${input.port}`,
      JOBS_WORKER: "false",
      ...input.env,
    },
  });
}

/** A `trk.session` cookie for a user, as the login callback would set it. */
export async function sessionCookie(user: { userId: number; name: string; sessionVersion?: number }): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const token = await encode({
    token: { sub: String(user.userId), name: user.name, uid: user.userId, sid: randomUUID(), sv: user.sessionVersion ?? 0, mcp: false, loginAt: now, seenAt: now },
    secret: BENCH_SECRET,
    maxAge: 8 * 3600,
  });
  return `trk.session=${token}`;
}

/** Logs in through next-auth's credentials flow (CSRF token, then the callback); returns the session cookie. */
export async function login(baseUrl: string, nip: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, nip, password, json: "true", callbackUrl: `${baseUrl}/` }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => c.startsWith("trk.session="));
  if (!session) throw new Error(`login failed: HTTP ${res.status}`);
  return session;
}

/** The id of a server action exported by `file` (relative to app/), from the production build. */
export function serverActionId(file: string, exportName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, unknown> }>;
  };
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === exportName && (entry.filename ?? "").includes(file)) return id;
  }
  throw new Error(`server action ${exportName} of ${file} not in the build (run npm run build)`);
}

/**
 * The province a benchmark works on: PROVINCE_DATABASE_URL as it is (drop: nothing), or a fresh
 * migrated database filled by `fill` (dropped by `drop`).
 */
export async function provinceDatabase(fill: (url: string) => Promise<void>): Promise<{ url: string; drop?: () => Promise<void> }> {
  const existing = process.env.PROVINCE_DATABASE_URL;
  if (existing) return { url: existing };
  const database = await createTestDb();
  migrate(database.url);
  await fill(database.url);
  return { url: database.url, drop: database.drop };
}
