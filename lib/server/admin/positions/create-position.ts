import "server-only";
import { auditActor, type ServiceActor } from "../../authz";
import { writeAudit } from "../../audit";
import { db } from "../../db";
import { invalid } from "../../errors";
import { assertAdmin, isUniqueViolation, targetOpdId } from "../guard";
import { assertPositionNameFree, duplicatePositionName, type PositionFieldsInput, validatePositionFields } from "./position-rules";

/** Adds a position (jabatan) with its kelas jabatan 1–17 to an agency. */
export async function createPosition(
  actor: ServiceActor,
  input: PositionFieldsInput & { opdId?: number | null },
): Promise<{ id: number }> {
  assertAdmin(actor, "employee.manage");
  const opdId = targetOpdId(actor, input.opdId, "employee.manage");
  const fields = validatePositionFields(input);
  try {
    return await db.$transaction(async (tx) => {
      if (!(await tx.opd.findUnique({ where: { id: opdId }, select: { id: true } }))) {
        throw invalid("Perangkat daerah tidak ditemukan.", { opdId: ["Perangkat daerah tidak ditemukan."] });
      }
      await assertPositionNameFree(tx, { opdId, name: fields.name });
      const position = await tx.position.create({
        data: { opdId, ...fields },
        select: { id: true, opdId: true, name: true, kelasJabatan: true, kind: true, active: true },
      });
      await writeAudit(tx, auditActor(actor), { action: "position.create", targetType: "Position", targetId: position.id, after: position });
      return { id: position.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicatePositionName(fields.name);
    throw error;
  }
}
