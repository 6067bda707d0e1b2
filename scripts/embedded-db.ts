/** `npm run db:embedded`: runs the embedded PostgreSQL alone until Ctrl+C (for psql or tools). */
import "dotenv/config";
import { env } from "../lib/env";
import { startEmbeddedDb } from "./lib/embedded-db";
import { log } from "./lib/run";

async function main(): Promise<void> {
  const config = env();
  const db = await startEmbeddedDb({ dir: config.EMBEDDED_DB_DIR, port: config.EMBEDDED_DB_PORT });
  log(`PostgreSQL tertanam siap: ${db.url} (data di ${config.EMBEDDED_DB_DIR}). Ctrl+C untuk berhenti.`);
  const stop = async () => {
    await db.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

void main();
