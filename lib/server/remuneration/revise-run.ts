import "server-only";
import { writeAudit } from "../audit";
import { assertCan, auditActor, type ServiceActor } from "../authz";
import { db } from "../db";
import { AppError, invalid, notFound } from "../errors";
import { assertMonthLockedForRun, lockRunSeries, startComputation, type ComputeRunResult } from "./compute-run";
import { executeRun } from "./execute-run";
import { policyOfYear } from "./policy-store";

export const REVISION_REASON_MIN = 10;
export const REVISION_REASON_MAX = 500;

/**
 * "Revisi" (Admin BKD): a new DRAFT revision that supersedes the newest FINAL run of its series,
 * computed from the current inputs and policy; the FINAL run itself stays as it was. Audited with
 * the reason.
 */
export async function reviseRun(input: { actor: ServiceActor; runId: number; reason: string; now?: Date }): Promise<ComputeRunResult> {
  const { actor, runId } = input;
  assertCan(actor, "run.finalise", undefined, "Hanya Admin BKD yang dapat merevisi TRK.");
  const reason = input.reason.trim();
  if (reason.length < REVISION_REASON_MIN || reason.length > REVISION_REASON_MAX) {
    const message = `Alasan revisi ${REVISION_REASON_MIN}–${REVISION_REASON_MAX} karakter.`;
    throw invalid(message, { reason: [message] });
  }
  const now = input.now ?? new Date();
  const final = await db.allowanceRun.findUnique({ where: { id: runId }, select: { id: true, year: true, month: true, opdId: true, status: true } });
  if (!final) throw notFound("TRK tidak ditemukan.");
  if (final.status !== "FINAL") throw new AppError("INVALID_STATE", "Hanya TRK yang sudah final yang dapat direvisi; draf cukup dihitung ulang.");
  await assertMonthLockedForRun({ year: final.year, month: final.month, now });
  const policy = await policyOfYear(db, final.year);
  const result = await db.$transaction(async (tx) => {
    await lockRunSeries(tx, final);
    const newest = await tx.allowanceRun.findFirstOrThrow({ where: { year: final.year, month: final.month, opdId: final.opdId }, orderBy: { revision: "desc" }, select: { id: true, revision: true } });
    if (newest.id !== final.id) throw new AppError("CONFLICT", `Sudah ada revisi ${newest.revision} untuk TRK ini; buka revisi terbaru.`);
    const run = await tx.allowanceRun.create({
      data: { year: final.year, month: final.month, opdId: final.opdId, revision: newest.revision + 1, policyId: policy.id, supersedesRunId: final.id, createdByUserId: actor.userId },
      select: { id: true, revision: true },
    });
    const queued = await startComputation(tx, { id: run.id, opdId: final.opdId });
    await writeAudit(tx, auditActor(actor), {
      action: "allowanceRun.revise",
      targetType: "AllowanceRun",
      targetId: run.id,
      before: { supersedesRunId: final.id },
      after: { year: final.year, month: final.month, opdId: final.opdId, revision: run.revision, status: "DRAFT", reason, policyId: policy.id },
    });
    return { runId: run.id, revision: run.revision, queued };
  });
  if (!result.queued) await executeRun({ runId: result.runId, now });
  return result;
}
