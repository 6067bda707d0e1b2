/**
 * A fresh, empty database for one test run: a new database on the PostgreSQL server of
 * DATABASE_URL (which must be on this machine), or an in-memory embedded PGlite when it is unset.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { freePort, startEmbeddedDb } from "./embedded-db";

export type TestDb = { url: string; kind: "postgresql" | "embedded"; drop: () => Promise<void> };

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]", ""]);

export function assertLocalUrl(url: string): URL {
  const parsed = new URL(url);
  if (!LOCAL_HOSTS.has(parsed.hostname)) {
    throw new Error(
      `Tes menolak basis data di luar mesin ini (${parsed.hostname}). Gunakan PostgreSQL lokal.`,
    );
  }
  return parsed;
}

export async function createTestDb(baseUrl = process.env.DATABASE_URL): Promise<TestDb> {
  if (!baseUrl) {
    const embedded = await startEmbeddedDb({ dir: "memory://", port: await freePort(), quiet: true });
    return { url: embedded.url, kind: "embedded", drop: embedded.stop };
  }
  const server = assertLocalUrl(baseUrl);
  const name = `trk_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const adminUrl = new URL(server);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: "postgresql",
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
