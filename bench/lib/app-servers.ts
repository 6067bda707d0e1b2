/**
 * Shared by the HTTP benchmarks: a fresh migrated database, production servers (scripts/serve.ts)
 * on given ports, session cookies minted with the servers' AUTH_SECRET (exactly what a login
 * issues; bcrypt at cost 12 makes hundreds of real logins too slow for a benchmark), the id of a
 * server action from the build, and percentiles.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";

export const BENCH_SECRET = "bench-secret-bench-secret-bench-secret-0123456789";

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function migrate(url: string): void {
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

export type AppServer = { port: number; url: string; process: ChildProcess; stop: () => Promise<void> };

/** Starts scripts/serve.ts on `port` and resolves when it answers HTTP. */
export async function startServer(input: { port: number; databaseUrl: string; env?: Record<string, string> }): Promise<AppServer> {
  const url = `http://localhost:${input.port}`;
  // Node itself with tsx's loader (not the tsx wrapper), so that a kill reaches the server process.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: input.databaseUrl,
      AUTH_SECRET: BENCH_SECRET,
      APP_URL: url,
      PORT: String(input.port),
      JOBS_WORKER: "false",
      ...input.env,
    },
  });
  let exited = false;
  child.on("exit", () => (exited = true));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error(`server on port ${input.port} exited during start`);
    try {
      const res = await fetch(`${url}/login`, { redirect: "manual" });
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server on port ${input.port} did not start`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    port: input.port,
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
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
