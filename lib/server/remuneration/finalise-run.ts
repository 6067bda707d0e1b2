import "server-only";
import { finaliseRefusal } from "@/lib/domain/remuneration/run-rules";
import { writeAudit } from "../audit";
import { assertCan, auditActor, type ServiceActor } from "../authz";
import { db } from "../db";
import { AppError, notFound } from "../errors";

/** "Finalkan" (Admin BKD): a computed DRAFT becomes FINAL and never changes again (DESIGN.md §8.3). */
export async function finaliseRun(input: { actor: ServiceActor; runId: number; now?: Date }): Promise<void> {
  const { actor, runId } = input;
  assertCan(actor, "run.finalise", undefined, "Hanya Admin BKD yang dapat memfinalkan TRK.");
  const now = input.now ?? new Date();
  await db.$transaction(async (tx) => {
    // Compare-and-set: only a finished DRAFT moves, whatever happened since the page was drawn.
    const moved = await tx.allowanceRun.updateMany({
      where: { id: runId, status: "DRAFT", computedAt: { not: null }, error: null },
      data: { status: "FINAL", finalisedAt: now, finalisedByUserId: actor.userId },
    });
    if (moved.count === 0) {
      const run = await tx.allowanceRun.findUnique({ where: { id: runId }, select: { status: true, computedAt: true, error: true } });
      if (!run) throw notFound("TRK tidak ditemukan.");
      throw new AppError("INVALID_STATE", finaliseRefusal(run) ?? "TRK ini tidak dapat difinalkan.");
    }
    const run = await tx.allowanceRun.findUniqueOrThrow({ where: { id: runId }, select: { year: true, month: true, opdId: true, revision: true, totalGross: true, totalTax: true, totalNet: true } });
    await writeAudit(tx, auditActor(actor), { action: "allowanceRun.finalise", targetType: "AllowanceRun", targetId: runId, before: { status: "DRAFT" }, after: { status: "FINAL", ...run } });
  });
}
