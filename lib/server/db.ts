import "server-only";
import { createPrismaClient, type Db } from "./prisma-client";

const globalForPrisma = globalThis as unknown as { trkPrisma?: Db };

function client(): Db {
  // Created on first use, so importing this module (as `next build` does) needs no database.
  globalForPrisma.trkPrisma ??= createPrismaClient();
  return globalForPrisma.trkPrisma;
}

/** The one Prisma client of the process. */
export const db = new Proxy({} as Db, {
  get(_target, property) {
    const c = client();
    const value = Reflect.get(c, property, c) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(c) : value;
  },
});
