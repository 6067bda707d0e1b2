import "server-only";
import pg from "pg";
import { databaseUrl } from "@/lib/env";
import { TRANSACTION_MAX_WAIT_MS, TRANSACTION_TIMEOUT_MS, type Tx } from "./prisma-client";

/**
 * A plain `pg` pool beside Prisma's, for the few hot paths where Prisma's per-statement CPU is the
 * bottleneck: the end-of-month activity submit (bench:province (b0): nine compiled Prisma queries
 * cost ~9 ms of CPU per submit, four parameterised statements here well under 1 ms) and the session
 * check every request makes. Everything else goes through Prisma (lib/server/db.ts).
 */
const globalForSql = globalThis as unknown as { trkSqlPool?: pg.Pool };

/** Connections per process; with Prisma's 10, an instance holds at most 20 (see README, Deployment). */
export const SQL_POOL_SIZE = 10;

function pool(): pg.Pool {
  if (!globalForSql.trkSqlPool) {
    const created = new pg.Pool({
      connectionString: databaseUrl(),
      max: SQL_POOL_SIZE,
      idleTimeoutMillis: 30_000,
      allowExitOnIdle: true,
      // As for Prisma's transactions: at the month-end peak a request waits for a connection.
      connectionTimeoutMillis: TRANSACTION_MAX_WAIT_MS,
      // A transaction left open by a stuck request must not hold its row and advisory locks.
      idle_in_transaction_session_timeout: TRANSACTION_TIMEOUT_MS,
    });
    // An idle connection closed by the server (restart, dropped test database) must not crash the process.
    created.on("error", (error) => console.warn("[trk] koneksi basis data ditutup:", error.message));
    globalForSql.trkSqlPool = created;
  }
  return globalForSql.trkSqlPool;
}

export type SqlClient = pg.PoolClient;

/** One statement on a pooled connection. */
export async function sqlQuery<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  const result = await pool().query<R>(text, values);
  return result.rows;
}

/**
 * Runs `fn` in a transaction on one pooled connection: `begin` (extra statements without parameters,
 * e.g. a transaction-scoped advisory lock built from checked integers) goes in the same round trip
 * as BEGIN; any throw rolls back and is rethrown.
 */
export async function withSqlTransaction<T>(fn: (client: SqlClient) => Promise<T>, options: { begin?: string } = {}): Promise<T> {
  const client = await pool().connect();
  let broken = false;
  try {
    await client.query(options.begin ? `BEGIN; ${options.begin}` : "BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

/** A transaction-scoped advisory lock on two int4 keys, as SQL text for `withSqlTransaction`'s `begin`. */
export function advisoryXactLock(a: number, b: number): string {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a) > 2 ** 31 - 1 || Math.abs(b) > 2 ** 31 - 1) {
    throw new Error("advisory lock keys must be int4");
  }
  return `SELECT pg_advisory_xact_lock(${a}, ${b})`;
}

/** True for PostgreSQL's unique violation on `constraint`. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  return !!error && typeof error === "object" && (error as { code?: string }).code === "23505" && (error as { constraint?: string }).constraint === constraint;
}

/** Closes the pool (scripts and benchmarks, before they drop or leave the database). */
export async function closeSqlPool(): Promise<void> {
  const existing = globalForSql.trkSqlPool;
  globalForSql.trkSqlPool = undefined;
  await existing?.end();
}

/**
 * Runs parameterised SQL on either a Prisma transaction or a pg connection, so a rule written once in
 * SQL (e.g. attaching evidence) serves both the Prisma services and the pg hot path.
 */
export type SqlRunner = <R>(text: string, values: readonly unknown[]) => Promise<R[]>;

export function sqlRunner(client: Tx | SqlClient): SqlRunner {
  if ("$queryRawUnsafe" in client) return <R>(text: string, values: readonly unknown[]) => client.$queryRawUnsafe<R[]>(text, ...values);
  return async <R>(text: string, values: readonly unknown[]) => (await client.query(text, [...values])).rows as R[];
}
