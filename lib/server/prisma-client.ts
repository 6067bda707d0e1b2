/**
 * Builds a Prisma client over the pg driver adapter. Kept free of `server-only` so scripts (seed,
 * CLI, benchmarks) and integration tests build the very same client as the app.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/env";

export function createPrismaClient(options: { url?: string; max?: number } = {}) {
  const adapter = new PrismaPg({
    connectionString: options.url ?? databaseUrl(),
    max: options.max ?? 10,
  });
  // The password hash never leaves the data layer unless a query asks for it explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
