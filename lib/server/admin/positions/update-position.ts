import "server-only";
import { auditActor, type ServiceActor } from "../../authz";
import { writeAudit } from "../../audit";
import { db } from "../../db";
import { diffSnapshots } from "../employees/snapshot";
import { assertAdmin, isUniqueViolation } from "../guard";
import {
  assertPositionNameFree,
  duplicatePositionName,
  findManagedPosition,
  type PositionFieldsInput,
  validatePositionFields,
} from "./position-rules";

/**
 * Edits a position's name, kelas jabatan or kind. A new kelas changes the base allowance of its
 * holders from the next run on (runs snapshot their inputs), so it is audited like any change.
 */
export async function updatePosition(
  actor: ServiceActor,
  input: PositionFieldsInput & { positionId: number },
): Promise<{ changed: boolean }> {
  assertAdmin(actor, "employee.manage");
  let name = "";
  try {
    return await db.$transaction(async (tx) => {
      const position = await findManagedPosition(tx, actor, input.positionId);
      const fields = validatePositionFields(input);
      name = fields.name;
      const before = { name: position.name, kelasJabatan: position.kelasJabatan, kind: position.kind as string };
      const diff = diffSnapshots(before, { ...fields });
      if (!diff) return { changed: false };
      if (fields.name.toLowerCase() !== position.name.toLowerCase()) {
        await assertPositionNameFree(tx, { opdId: position.opdId, name: fields.name, exceptId: position.id });
      }
      await tx.position.update({ where: { id: position.id }, data: fields });
      await writeAudit(tx, auditActor(actor), {
        action: "position.update",
        targetType: "Position",
        targetId: position.id,
        before: diff.before,
        after: diff.after,
      });
      return { changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicatePositionName(name);
    throw error;
  }
}
