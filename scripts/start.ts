/**
 * `npm start`: one command from a fresh clone to a running app.
 * Without DATABASE_URL it starts the embedded PostgreSQL (persisted under EMBEDDED_DB_DIR), then
 * applies the migrations, seeds (idempotent), builds the production bundle when the sources changed
 * and serves it (scripts/serve.ts: Next behind a plain HTTP server that sets the client address). `--dev` runs the development server instead; `--no-seed` skips the seed.
 */
import "dotenv/config";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../lib/env";
import { buildIfNeeded } from "./lib/build";
import { startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { log, run } from "./lib/run";

const args = new Set(process.argv.slice(2));
const dev = args.has("--dev");

function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  const file = ".data/auth-secret";
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

async function main(): Promise<void> {
  const config = env();
  let embedded: EmbeddedDb | undefined;
  if (!process.env.DATABASE_URL) {
    log(`DATABASE_URL tidak diatur: memulai PostgreSQL tertanam (PGlite) di ${config.EMBEDDED_DB_DIR}, port ${config.EMBEDDED_DB_PORT}.`);
    embedded = await startEmbeddedDb({ dir: config.EMBEDDED_DB_DIR, port: config.EMBEDDED_DB_PORT });
    process.env.DATABASE_URL = embedded.url;
  }
  ensureAuthSecret();

  const stopAll = async (code: number) => {
    await embedded?.stop();
    process.exit(code);
  };

  try {
    log("Menerapkan migrasi basis data…");
    await run("prisma", ["migrate", "deploy"], { label: "prisma migrate deploy" });
    if (!args.has("--no-seed")) {
      log("Mengisi data awal (seed)…");
      await run("tsx", ["prisma/seed.ts"], { label: "seed" });
    }
    if (!dev) await buildIfNeeded({ force: args.has("--rebuild") });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stopAll(1);
    return;
  }

  const port = String(config.PORT);
  log(`Aplikasi berjalan di http://localhost:${port} (Ctrl+C untuk berhenti).`);
  const server = dev
    ? spawn(path.resolve("node_modules/.bin/next"), ["dev", "-p", port], { stdio: "inherit", env: { ...process.env, NODE_ENV: "development" } })
    : spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/serve.ts"], { stdio: "inherit", env: { ...process.env, PORT: port, NODE_ENV: "production" } });
  const forward = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  server.on("exit", (code) => void stopAll(code ?? 0));
}

void main();
