/**
 * The app as the end-to-end tests see it: a fresh database (a new database on the local PostgreSQL
 * of DATABASE_URL, or an in-memory embedded PGlite), migrated and seeded, the production build, and
 * the production server (scripts/serve.ts) on E2E_PORT (default 3100). Started and stopped by Playwright's webServer.
 *
 * Unless E2E_SMTP_SINK=0, an SMTP sink runs in this process on a free loopback port; the app sends
 * its mail there and every message is saved as an .eml file in var/e2e/mail-sink/ for the tests
 * (tests/e2e/support.ts `waitForMail`).
 *
 * Unless E2E_OIDC=0, an OpenID Connect provider (scripts/lib/oidc-test-provider.ts) runs in this
 * process on a free loopback port, and the app is configured for single sign-on with it (the
 * login page shows "Masuk dengan Jabar Smart ASN"). Its issuer URL is saved in var/e2e/oidc-issuer.
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./lib/build";
import { log, run } from "./lib/run";
import { startOidcTestProvider, type OidcTestProvider } from "./lib/oidc-test-provider";
import { startSmtpSink, type SmtpSink } from "./lib/smtp-sink";
import { createTestDb } from "./lib/test-db";

const port = process.env.E2E_PORT ?? "3100";
const stateDir = path.resolve("var/e2e");

async function main(): Promise<void> {
  const database = await createTestDb();
  log(`Basis data e2e: ${database.kind}`);
  rmSync(stateDir, { recursive: true, force: true });
  mkdirSync(stateDir, { recursive: true });
  const sink: SmtpSink | undefined =
    process.env.E2E_SMTP_SINK === "0" ? undefined : await startSmtpSink({ dir: path.join(stateDir, "mail-sink") });
  if (sink) log(`Penampung e-mail SMTP: ${sink.host}:${sink.port} → var/e2e/mail-sink/`);
  const appUrl = `http://localhost:${port}`;
  const oidc: OidcTestProvider | undefined =
    process.env.E2E_OIDC === "0" ? undefined : await startOidcTestProvider({ appUrl });
  if (oidc) {
    log(`Penyedia OpenID Connect uji: ${oidc.issuer}`);
    writeFileSync(path.join(stateDir, "oidc-issuer"), oidc.issuer);
  }
  // What makes this app instance: also what a second instance on the same database needs
  // (tests/e2e/two-instances.spec.ts starts one from the same build).
  const appEnv: Record<string, string> = {
    DATABASE_URL: database.url,
    APP_URL: appUrl,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-0123456789",
    MAIL_DIR: path.join(stateDir, "mail"),
    STORAGE_DIR: path.join(stateDir, "storage"),
    NODE_ENV: "production",
    // No background worker: a reminder sent at 15:00 WIB would change what the tests see.
    JOBS_WORKER: "false",
    ...(oidc
      ? {
          OIDC_ISSUER: oidc.issuer,
          OIDC_CLIENT_ID: oidc.clientId,
          OIDC_CLIENT_SECRET: oidc.clientSecret,
          OIDC_NIP_CLAIM: "nip",
          OIDC_SCOPES: "openid profile nip",
          OIDC_NAME: "Jabar Smart ASN",
        }
      : {}),
    ...(sink ? { SMTP_HOST: sink.host, SMTP_PORT: String(sink.port), SMTP_SECURE: "false", SMTP_USER: "", SMTP_PASSWORD: "" } : {}),
  };
  const env: NodeJS.ProcessEnv = { ...process.env, ...appEnv };
  // Tests that need to look at the database read its URL here.
  writeFileSync(path.join(stateDir, "database-url"), database.url);
  writeFileSync(path.join(stateDir, "app-env.json"), JSON.stringify(appEnv, null, 2), { mode: 0o600 });

  let server: ReturnType<typeof spawn> | undefined;
  const shutdown = async (code: number) => {
    server?.kill("SIGTERM");
    await database.drop().catch(() => undefined);
    await oidc?.close().catch(() => undefined);
    // The sink waits for open SMTP sessions to end; never let that hold up the exit.
    if (sink) await Promise.race([sink.close().catch(() => undefined), new Promise((r) => setTimeout(r, 2_000))]);
    process.exit(code);
  };
  process.on("SIGTERM", () => void shutdown(0));
  process.on("SIGINT", () => void shutdown(0));

  try {
    await run("prisma", ["migrate", "deploy"], { env, label: "prisma migrate deploy" });
    await run("tsx", ["prisma/seed.ts"], { env, label: "seed" });
    await buildIfNeeded();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
    return;
  }
  server = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/serve.ts"], { stdio: "inherit", env: { ...env, PORT: port } });
  server.on("exit", (code) => void shutdown(code ?? 0));
}

void main();
