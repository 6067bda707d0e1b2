import "server-only";
import { validateDoneInput } from "@/lib/domain/instructions/input";
import { auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { AppError, invalid, notFound } from "../errors";
import { attachEvidence } from "../evidence/attach-evidence";
import { notifyInstructionDone } from "./notify-instructions";

const PERSON = { id: true, nip: true, name: true, frontTitle: true, backTitle: true } as const;

/**
 * "Tandai Selesai" by a recipient, for their own row only (the relation is in the query: anyone else
 * finds nothing). Late is allowed and shows as Selesai terlambat; a cancelled instruction or one
 * already done is refused. The issuer is notified after commit.
 */
export async function markInstructionDone(input: {
  actor: ServiceActor;
  instructionId: number;
  note?: string | null;
  evidenceIds?: readonly number[];
  now?: Date;
}): Promise<{ recipientId: number; late: boolean }> {
  const { actor } = input;
  const now = input.now ?? new Date();
  const note = input.note?.trim() || null;
  const evidenceIds = [...new Set(input.evidenceIds ?? [])];
  const errors = validateDoneInput({ note: note ?? "", evidenceCount: evidenceIds.length });
  if (Object.keys(errors).length > 0) throw invalid(Object.values(errors)[0]![0]!, errors);

  const result = await db.$transaction(async (tx) => {
    // Serialises a double click: the second one sees DONE.
    await tx.$queryRaw`SELECT id FROM instruction_recipient WHERE "instructionId" = ${input.instructionId} AND "employeeId" = ${actor.employeeId} FOR UPDATE`;
    const row = await tx.instructionRecipient.findFirst({
      where: { instructionId: input.instructionId, employeeId: actor.employeeId },
      select: {
        id: true,
        status: true,
        employee: { select: PERSON },
        instruction: { select: { id: true, title: true, deadline: true, cancelledAt: true, issuerEmployeeId: true } },
      },
    });
    if (!row) throw notFound("Instruksi tidak ditemukan atau bukan ditujukan kepada Anda.");
    if (row.instruction.cancelledAt) throw new AppError("INVALID_STATE", "Instruksi ini telah dibatalkan oleh pemberi instruksi.");
    if (row.status === "DONE") throw new AppError("INVALID_STATE", "Instruksi ini sudah Anda tandai selesai.");

    await tx.instructionRecipient.update({ where: { id: row.id }, data: { status: "DONE", doneAt: now, note } });
    const { attachedIds } = await attachEvidence(tx, { ids: evidenceIds, ownerEmployeeId: actor.employeeId, target: { instructionRecipientId: row.id } });
    const attached = attachedIds.length;
    const late = now.getTime() > row.instruction.deadline.getTime();
    await writeAudit(tx, auditActor(actor), {
      action: "instruction.done",
      targetType: "InstructionRecipient",
      targetId: row.id,
      before: { status: row.status },
      after: { status: "DONE", doneAt: now, late, note, evidenceIds: attached > 0 ? evidenceIds : [] },
    });
    return { row, late };
  });

  const { row, late } = result;
  await notifyInstructionDone({ instructionId: row.instruction.id, issuerId: row.instruction.issuerEmployeeId, recipient: row.employee, title: row.instruction.title, deadline: row.instruction.deadline, doneAt: now, note });
  return { recipientId: row.id, late };
}
