/**
 * Two app instances on one database (DESIGN.md §13): each has its own connection pool (as two
 * server processes would), both enqueue the same scheduled jobs and both workers claim at the same
 * moment; every job is created once and executed exactly once. The HTTP half (a session made on
 * one server used on the other) needs two production servers: tests/e2e/two-instances.spec.ts.
 */
import { afterAll, afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { claimJobs } from "@/lib/server/jobs/claim";
import { enqueueJob } from "@/lib/server/jobs/enqueue";
import { registerJobHandler } from "@/lib/server/jobs/registry";
import { runClaimedJob } from "@/lib/server/jobs/run";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { db, resetDatabase } from "../support/db";

const instances = [createPrismaClient({ max: 4 }), createPrismaClient({ max: 4 })];
afterAll(async () => {
  await Promise.all(instances.map((client) => client.$disconnect()));
});

beforeEach(resetDatabase);
const unregister: (() => void)[] = [];
afterEach(() => {
  for (const fn of unregister.splice(0)) fn();
});

// PGlite serves one connection at a time: two pools cannot hold transactions at once.
describe.skipIf(inject("databaseKind") === "embedded")("two instances on one database", () => {
  it("a job enqueued by both instances exists once and, with both workers claiming concurrently, runs exactly once", async () => {
    const executions = new Map<number, string[]>();
    unregister.push(
      registerJobHandler("test.two-instances", async (payload) => {
        const { n } = payload as { n: number };
        // Slow enough that the other worker is claiming while this one still holds its jobs.
        await new Promise((resolve) => setTimeout(resolve, 5));
        executions.set(n, [...(executions.get(n) ?? []), "ran"]);
      }),
    );
    const JOBS = 40;
    const runAt = new Date(Date.now() - 60_000);
    // Both instances' schedulers enqueue every job at the same moment.
    const enqueued = await Promise.all(
      Array.from({ length: JOBS }, (_, n) => n).flatMap((n) =>
        instances.map((client) => enqueueJob(client, { kind: "test.two-instances", payload: { n }, runAt, dedupeKey: `two-instances:${n}` })),
      ),
    );
    expect(enqueued.filter((e) => e.created)).toHaveLength(JOBS);
    expect(await db.job.count()).toBe(JOBS);

    const claimedBy = new Map<number, string>();
    async function worker(name: string, client: (typeof instances)[number]) {
      for (;;) {
        const jobs = await claimJobs({ workerId: name, limit: 3 }, client);
        if (jobs.length === 0) return;
        for (const job of jobs) {
          expect(claimedBy.get(job.id), `job ${job.id} claimed twice`).toBeUndefined();
          claimedBy.set(job.id, name);
          await runClaimedJob(job);
        }
      }
    }
    await Promise.all([worker("instance-a", instances[0]!), worker("instance-b", instances[1]!)]);

    expect(claimedBy.size).toBe(JOBS);
    for (let n = 0; n < JOBS; n++) expect(executions.get(n), `job ${n}`).toEqual(["ran"]);
    // Both instances did some of the work: the claims really were concurrent.
    expect(new Set(claimedBy.values())).toEqual(new Set(["instance-a", "instance-b"]));
    const jobs = await db.job.findMany({ select: { status: true, attempts: true } });
    expect(jobs.every((job) => job.status === "DONE" && job.attempts === 1)).toBe(true);
  });
});
