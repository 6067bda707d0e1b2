import "server-only";
import { jobOutcome } from "@/lib/domain/jobs/backoff";
import { db } from "../db";
import { claimJobs, type ClaimedJob } from "./claim";
import { jobHandler } from "./registry";

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * Runs one claimed job with the handler of its kind and records the outcome: DONE, PENDING again
 * with a backoff (retryDelayMs), or FAILED with lastError after maxAttempts. The update is a
 * compare-and-set on the claim, so a worker whose claim was taken over (stale) changes nothing.
 */
export async function runClaimedJob(job: ClaimedJob, options: { now?: () => Date } = {}): Promise<"DONE" | "PENDING" | "FAILED"> {
  const clock = options.now ?? (() => new Date());
  const handler = jobHandler(job.kind);
  let ok = true;
  let error: string | undefined;
  if (!handler) {
    ok = false;
    error = `Tidak ada penangan untuk jenis pekerjaan "${job.kind}".`;
  } else {
    try {
      await handler(job.payload, { job });
    } catch (caught) {
      ok = false;
      error = errorText(caught);
      console.error("[jobs] pekerjaan gagal", { id: job.id, kind: job.kind, attempt: job.attempts, error: caught });
    }
  }
  const now = clock();
  // No handler will ever appear in this process for an unknown kind: fail at once.
  const outcome = jobOutcome({ ok, error, attempts: job.attempts, maxAttempts: handler ? job.maxAttempts : job.attempts, now });
  const claim = { id: job.id, status: "RUNNING" as const, lockedBy: job.lockedBy };
  if (outcome.status === "DONE") {
    await db.job.updateMany({ where: claim, data: { status: "DONE", finishedAt: now, lockedAt: null, lockedBy: null, lastError: null } });
  } else if (outcome.status === "PENDING") {
    await db.job.updateMany({ where: claim, data: { status: "PENDING", runAt: outcome.runAt, lockedAt: null, lockedBy: null, lastError: outcome.lastError } });
  } else {
    await db.job.updateMany({ where: claim, data: { status: "FAILED", finishedAt: now, lockedAt: null, lockedBy: null, lastError: outcome.lastError } });
  }
  return outcome.status;
}

export type RunSummary = { claimed: number; done: number; retried: number; failed: number };

/** Claims up to `limit` due jobs and runs them one after the other. */
export async function runDueJobs(input: { workerId: string; limit: number; now?: () => Date }): Promise<RunSummary> {
  const clock = input.now ?? (() => new Date());
  const jobs = await claimJobs({ workerId: input.workerId, limit: input.limit, now: clock() });
  const summary: RunSummary = { claimed: jobs.length, done: 0, retried: 0, failed: 0 };
  for (const job of jobs) {
    const status = await runClaimedJob(job, { now: clock });
    if (status === "DONE") summary.done += 1;
    else if (status === "PENDING") summary.retried += 1;
    else summary.failed += 1;
  }
  return summary;
}
