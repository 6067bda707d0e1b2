/**
 * The database a CLI command works on: DATABASE_URL when set; otherwise the embedded PostgreSQL of
 * `npm start` — the running one when its port answers, else started for the command and stopped.
 */
import { env } from "../../lib/env";
import { portInUse, startEmbeddedDb } from "../lib/embedded-db";

export async function withDatabase<T>(fn: () => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return fn();
  const config = env();
  const url = `postgresql://postgres:postgres@127.0.0.1:${config.EMBEDDED_DB_PORT}/postgres`;
  if (await portInUse(config.EMBEDDED_DB_PORT)) {
    process.env.DATABASE_URL = url;
    return fn();
  }
  const embedded = await startEmbeddedDb({ dir: config.EMBEDDED_DB_DIR, port: config.EMBEDDED_DB_PORT, quiet: true });
  process.env.DATABASE_URL = embedded.url;
  try {
    return await fn();
  } finally {
    await embedded.stop();
  }
}
