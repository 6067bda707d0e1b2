import "server-only";
import { auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { notifyInstructionCancelled } from "./notify-instructions";

const PERSON = { id: true, nip: true, name: true, frontTitle: true, backTitle: true } as const;

/** "Batalkan" by the issuer only (relation in the query); audited; recipients notified after commit. */
export async function cancelInstruction(input: { actor: ServiceActor; instructionId: number; now?: Date }): Promise<void> {
  const { actor } = input;
  const now = input.now ?? new Date();
  const result = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM instruction WHERE id = ${input.instructionId} AND "issuerEmployeeId" = ${actor.employeeId} FOR UPDATE`;
    const instruction = await tx.instruction.findFirst({
      where: { id: input.instructionId, issuerEmployeeId: actor.employeeId },
      select: { id: true, title: true, deadline: true, cancelledAt: true, issuer: { select: PERSON }, recipients: { select: { employeeId: true, status: true } } },
    });
    if (!instruction) throw notFound("Instruksi tidak ditemukan atau bukan Anda yang memberikannya.");
    if (instruction.cancelledAt) throw new AppError("INVALID_STATE", "Instruksi ini sudah dibatalkan.");
    await tx.instruction.update({ where: { id: instruction.id }, data: { cancelledAt: now } });
    await writeAudit(tx, auditActor(actor), {
      action: "instruction.cancel",
      targetType: "Instruction",
      targetId: instruction.id,
      before: { cancelledAt: null },
      after: { cancelledAt: now, done: instruction.recipients.filter((r) => r.status === "DONE").length, recipients: instruction.recipients.length },
    });
    return instruction;
  });
  await notifyInstructionCancelled({
    instructionId: result.id,
    issuer: result.issuer,
    title: result.title,
    deadline: result.deadline,
    recipientIds: result.recipients.map((r) => r.employeeId),
  });
}
