import type { TestProject } from "vitest/node";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { createTestDb, type TestDb } from "../../scripts/lib/test-db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** "embedded" (PGlite: one connection at a time) or "postgresql". */
    databaseKind: TestDb["kind"];
  }
}

let database: TestDb | undefined;

/** One fresh database for the integration run, migrated with the committed migrations. */
export async function setup(project: TestProject) {
  database = await createTestDb();
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: "pipe",
  });
  project.provide("databaseUrl", database.url);
  project.provide("databaseKind", database.kind);
}

export async function teardown() {
  await database?.drop();
}
