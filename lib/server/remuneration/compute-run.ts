import "server-only";
import { monthLabel } from "@/lib/domain/period";
import { recomputeRefusal } from "@/lib/domain/remuneration/run-rules";
import { formatDateTimeWib } from "@/lib/format-date";
import { writeAudit } from "../audit";
import { assertCan, auditActor, type ServiceActor } from "../authz";
import { db } from "../db";
import { AppError, invalid } from "../errors";
import { enqueueJob } from "../jobs/enqueue";
import { getMonthLock } from "../periods/month-lock";
import type { Tx } from "../prisma-client";
import { executeRun } from "./execute-run";
import { policyOfYear } from "./policy-store";
import { ALLOWANCE_RUN_JOB } from "./run-job";

export type ComputeRunResult = { runId: number; revision: number; queued: boolean };

/** Year and month a run may be computed for. */
export function assertRunMonth(year: number, month: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalid("Tahun tidak valid.", { year: ["Tahun tidak valid."] });
  if (!Number.isInteger(month) || month < 1 || month > 12) throw invalid("Bulan tidak valid.", { month: ["Bulan tidak valid."] });
}

/** The allowance of month M is computed only after M locks (DESIGN.md §3). */
export async function assertMonthLockedForRun(input: { year: number; month: number; now: Date }): Promise<void> {
  const lock = await getMonthLock(db, input);
  if (!lock.locked) {
    throw new AppError(
      "INVALID_STATE",
      `TRK ${monthLabel(input.month)} ${input.year} belum dapat dihitung: bulan kinerja itu belum dikunci (jadwal kunci ${formatDateTimeWib(lock.lockAt)}).`,
    );
  }
}

/** One series (year, month, agency or all) at a time: concurrent "Hitung" clicks queue up here. */
export async function lockRunSeries(tx: Tx, input: { year: number; month: number; opdId: number | null }): Promise<void> {
  const key = `allowance-run:${input.year}-${input.month}:${input.opdId ?? "all"}`;
  await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${key}))) AS l`;
}

/**
 * Marks a DRAFT run as being computed and, for a run of all agencies, enqueues the job that computes
 * it (in the same transaction). The caller computes a single agency's run right after the commit.
 */
export async function startComputation(tx: Tx, run: { id: number; opdId: number | null }): Promise<boolean> {
  const updated = await tx.allowanceRun.update({
    where: { id: run.id },
    data: { computedAt: null, error: null, progressDone: 0, progressTotal: 0, totalGross: 0n, totalTax: 0n, totalNet: 0n },
    select: { updatedAt: true },
  });
  if (run.opdId !== null) return false;
  await enqueueJob(tx, { kind: ALLOWANCE_RUN_JOB, payload: { runId: run.id }, dedupeKey: `allowance-run:${run.id}:${updated.updatedAt.getTime()}`, maxAttempts: 3 });
  return true;
}

/**
 * "Hitung": computes the allowance run of month M for one agency or all (opdId null) — revision 1
 * as a DRAFT, or the existing DRAFT again with the newest policy and inputs (DESIGN.md §8.3). Admin
 * BKD any agency or all; Admin OPD only their own agency. Refused before the month's lock and for a
 * FINAL run (a correction is a revision). A run of all agencies goes through the job queue.
 */
export async function computeRun(input: { actor: ServiceActor; year: number; month: number; opdId: number | null; now?: Date }): Promise<ComputeRunResult> {
  const { actor, year, month, opdId } = input;
  const now = input.now ?? new Date();
  assertCan(actor, "run.compute", { opdId }, opdId === null ? "Hanya Admin BKD yang dapat menghitung TRK seluruh perangkat daerah." : "Anda hanya dapat menghitung TRK perangkat daerah Anda sendiri.");
  assertRunMonth(year, month);
  if (opdId !== null && !(await db.opd.findUnique({ where: { id: opdId }, select: { id: true } }))) throw invalid("Perangkat daerah tidak ditemukan.", { opdId: ["Perangkat daerah tidak ditemukan."] });
  await assertMonthLockedForRun({ year, month, now });
  const policy = await policyOfYear(db, year);

  const result = await db.$transaction(async (tx) => {
    await lockRunSeries(tx, { year, month, opdId });
    const newest = await tx.allowanceRun.findFirst({
      where: { year, month, opdId },
      orderBy: { revision: "desc" },
      select: { id: true, revision: true, status: true, computedAt: true, error: true, policyId: true },
    });
    let run: { id: number; revision: number };
    if (!newest) {
      run = await tx.allowanceRun.create({ data: { year, month, opdId, revision: 1, policyId: policy.id, createdByUserId: actor.userId }, select: { id: true, revision: true } });
    } else {
      const refusal = recomputeRefusal(newest);
      if (refusal) throw new AppError(newest.status === "FINAL" ? "INVALID_STATE" : "CONFLICT", refusal);
      run = await tx.allowanceRun.update({ where: { id: newest.id }, data: { policyId: policy.id }, select: { id: true, revision: true } });
    }
    const queued = await startComputation(tx, { id: run.id, opdId });
    await writeAudit(tx, auditActor(actor), {
      action: newest ? "allowanceRun.recompute" : "allowanceRun.create",
      targetType: "AllowanceRun",
      targetId: run.id,
      before: newest ? { policyId: newest.policyId, computedAt: newest.computedAt } : undefined,
      after: { year, month, opdId, revision: run.revision, status: "DRAFT", policyId: policy.id, policyVersion: policy.version },
    });
    return { runId: run.id, revision: run.revision, queued };
  });
  if (!result.queued) await executeRun({ runId: result.runId, now });
  return result;
}

/** "Hitung Ulang" on a run's page: the same as computeRun for that run's month and agency. */
export async function recomputeRun(input: { actor: ServiceActor; runId: number; now?: Date }): Promise<ComputeRunResult> {
  const run = await db.allowanceRun.findUnique({ where: { id: input.runId }, select: { year: true, month: true, opdId: true } });
  if (!run) throw new AppError("NOT_FOUND", "TRK tidak ditemukan.");
  return computeRun({ actor: input.actor, ...run, now: input.now });
}
