/**
 * Prisma CLI configuration.
 *
 * Prisma 6.19 with the JavaScript schema engine (`engine: "js"`) and the pg driver adapter: no
 * native engine is downloaded, so `generate` and `migrate` work offline. Two upstream problems are
 * worked around here (see README, "Database"):
 *  - adapter-pg cannot decode some catalog column types the schema engine reads (prisma/orm#27403);
 *    those columns are reported as text.
 *  - adapter-pg's shadow database connection ignores the database name of a connection string and
 *    drops the shadow while its own pool is still connected; we build our own.
 */
import "dotenv/config";
import { randomUUID } from "node:crypto";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// "char", name, regproc, regoper, regoperator: catalog types adapter-pg cannot map.
const CATALOG_OIDS_AS_TEXT = new Set([18, 19, 24, 2203, 2204, 2205, 2206]);
const TEXT_OID = 25;

type Field = { dataTypeID: number };
type Queryable = { performIO: (query: unknown) => Promise<{ fields: Field[] }> };

let patched = false;
function patchCatalogTypes(adapter: object): void {
  if (patched) return;
  // PrismaPgAdapter → PgQueryable: performIO is shared by the adapter and its transactions.
  const queryableProto = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as Queryable;
  const original = queryableProto.performIO;
  queryableProto.performIO = async function (this: Queryable, query: unknown) {
    const result = await original.call(this, query);
    for (const field of result.fields) {
      if (CATALOG_OIDS_AS_TEXT.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    return result;
  };
  patched = true;
}

function failMissingUrl(): never {
  console.error(MISSING_URL); // Prisma wraps thrown errors as "External error"; say it plainly first.
  throw new Error(MISSING_URL);
}

function poolConfig(url: string, database?: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password),
    database: database ?? decodeURIComponent(u.pathname.replace(/^\//, "") || "postgres"),
    max: 4,
    // Let the CLI exit as soon as it is done instead of waiting out the idle timeout.
    allowExitOnIdle: true,
  };
}

const MISSING_URL =
  "DATABASE_URL belum diatur. Jalankan `npm start` (basis data tertanam) atau atur DATABASE_URL.";

// `prisma generate` builds the adapter factory without connecting; it must not fail (or Prisma
// falls back to downloading its native engine) when DATABASE_URL is unset, as during `npm ci`.
// Any command that connects gets a clear error instead.
// The schema's `url = env("DATABASE_URL")` must resolve too, or Prisma falls back to its defaults.
const PLACEHOLDER_URL = "postgresql://unset@127.0.0.1:1/unset";
const configured = process.env.DATABASE_URL;
process.env.DATABASE_URL ??= PLACEHOLDER_URL;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const url = configured ?? PLACEHOLDER_URL;
    const factory = new PrismaPg(poolConfig(url));
    const connect = factory.connect.bind(factory);
    factory.connect = async () => {
      if (!configured) failMissingUrl();
      const adapter = await connect();
      patchCatalogTypes(adapter);
      return adapter;
    };
    factory.connectToShadowDb = async () => {
      if (!configured) failMissingUrl();
      const admin = new pg.Client(poolConfig(url));
      await admin.connect();
      const name = `trk_shadow_${randomUUID().replace(/-/g, "")}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      const shadow = new PrismaPg(poolConfig(url, name), {});
      const adapter = await shadow.connect();
      patchCatalogTypes(adapter);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose(); // close the shadow pool first, then drop the database
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      };
      return adapter;
    };
    return factory;
  },
});
