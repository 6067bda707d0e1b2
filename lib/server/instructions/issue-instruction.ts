import "server-only";
import { validateInstructionInput } from "@/lib/domain/instructions/input";
import { jakartaDate } from "@/lib/domain/period";
import { formatPersonName } from "@/lib/domain/person-name";
import { toDbDate } from "../admin/db-date";
import { auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { AppError, invalid } from "../errors";
import type { Tx } from "../prisma-client";
import { chainMemberIds, unitWithSubunits } from "./chain";
import { notifyInstructionIssued } from "./notify-instructions";

export type IssueInstructionInput = {
  actor: ServiceActor;
  title: string;
  description: string;
  deadline: Date | null;
  recipientEmployeeIds?: readonly number[];
  unitId?: number | null;
  includeSubunits?: boolean;
  now?: Date;
};

const PERSON = { id: true, nip: true, name: true, frontTitle: true, backTitle: true } as const;

/**
 * DESIGN.md §5.1: a leader instructs people below them in the supervisor chain (any depth), chosen
 * one by one or as the current employees of a unit (optionally with its sub-units). Anyone chosen
 * outside the chain refuses the whole call, naming them; nothing is written. Instruction, recipients
 * and audit row in one transaction; recipients are notified after commit.
 */
export async function issueInstruction(input: IssueInstructionInput): Promise<{ instructionId: number; recipientCount: number }> {
  const { actor } = input;
  const now = input.now ?? new Date();
  const title = input.title.trim();
  const description = input.description.trim();
  const chosen = [...new Set(input.recipientEmployeeIds ?? [])];
  const byUnit = input.unitId != null;

  // Shape first, so a form with nobody chosen still reports every field.
  const shapeErrors = validateInstructionInput({ title, description, deadline: input.deadline, recipientCount: byUnit ? Math.max(1, chosen.length) : chosen.length }, now);
  if (Object.keys(shapeErrors).length > 0) throw invalid("Periksa kembali isian yang ditandai.", shapeErrors);

  const result = await db.$transaction(async (tx) => {
    const chain = await chainMemberIds(tx, { leaderId: actor.employeeId, now });
    const outside = chosen.filter((id) => !chain.has(id));
    if (outside.length > 0) throw await outsideChainError(tx, outside, actor.employeeId);

    const recipients = new Set(chosen);
    if (byUnit) {
      for (const id of await unitMembersInChain(tx, { unitId: input.unitId!, includeSubunits: input.includeSubunits ?? false, chain, now })) recipients.add(id);
    }
    const countErrors = validateInstructionInput({ title, description, deadline: input.deadline, recipientCount: recipients.size }, now);
    if (countErrors.recipients) throw invalid(countErrors.recipients[0]!, countErrors);

    const instruction = await tx.instruction.create({
      data: { issuerEmployeeId: actor.employeeId, title, description, deadline: input.deadline!, targetUnitId: input.unitId ?? null, createdAt: now },
      select: { id: true },
    });
    const recipientIds = [...recipients].sort((a, b) => a - b);
    await tx.instructionRecipient.createMany({ data: recipientIds.map((employeeId) => ({ instructionId: instruction.id, employeeId, createdAt: now })) });
    await writeAudit(tx, auditActor(actor), {
      action: "instruction.issue",
      targetType: "Instruction",
      targetId: instruction.id,
      after: { title, deadline: input.deadline, targetUnitId: input.unitId ?? null, includeSubunits: byUnit ? (input.includeSubunits ?? false) : null, recipientEmployeeIds: recipientIds },
    });
    const issuer = await tx.employee.findUniqueOrThrow({ where: { id: actor.employeeId }, select: PERSON });
    return { instructionId: instruction.id, recipientIds, issuer };
  });

  await notifyInstructionIssued({ instructionId: result.instructionId, issuer: result.issuer, title, description, deadline: input.deadline!, recipientIds: result.recipientIds });
  return { instructionId: result.instructionId, recipientCount: result.recipientIds.length };
}

/** "… bukan bawahan Anda: Nama (NIP …), …"; ids that exist nowhere are named by number. */
async function outsideChainError(tx: Tx, ids: number[], actorEmployeeId: number): Promise<AppError> {
  const people = await tx.employee.findMany({ where: { id: { in: ids } }, select: PERSON, orderBy: { nip: "asc" } });
  const names = people.map((p) => (p.id === actorEmployeeId ? `Anda sendiri (NIP ${p.nip})` : `${formatPersonName(p)} (NIP ${p.nip})`));
  const missing = ids.filter((id) => !people.some((p) => p.id === id)).length;
  if (missing > 0) names.push(`${missing} pegawai yang tidak terdaftar`);
  const message = `Instruksi hanya dapat diberikan kepada pegawai di bawah Anda dalam rantai atasan. Tidak termasuk: ${names.join(", ")}.`;
  return invalid(message, { recipients: [message] });
}

/** Current employees of the unit (and sub-units) who are below the actor; none → refused. */
async function unitMembersInChain(tx: Tx, input: { unitId: number; includeSubunits: boolean; chain: Set<number>; now: Date }): Promise<number[]> {
  const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true, name: true } });
  if (!unit) throw invalid("Unit kerja tidak ditemukan.", { unitId: ["Pilih unit kerja dari daftar."] });
  const unitIds = input.includeSubunits ? await unitWithSubunits(tx, unit.id) : [unit.id];
  const today = toDbDate(jakartaDate(input.now));
  const members = await tx.employee.findMany({
    where: { unitId: { in: unitIds }, OR: [{ endDate: null }, { endDate: { gte: today } }] },
    select: { id: true },
  });
  const inChain = members.map((m) => m.id).filter((id) => input.chain.has(id));
  if (inChain.length === 0) {
    const message = `Tidak ada pegawai di bawah Anda di unit ${unit.name}${input.includeSubunits ? " maupun sub-unitnya" : ""}.`;
    throw invalid(message, { unitId: [message] });
  }
  return inChain;
}
