import "server-only";
import { auditActor, type ServiceActor } from "../../authz";
import { writeAudit } from "../../audit";
import { db } from "../../db";
import { assertAdmin } from "../guard";
import { lockUnitTree } from "../locks";
import { assertNoUnitCycle, findManagedUnit, findParentUnit } from "./unit-rules";

/** Moves a unit (with everything under it) under another parent of the same agency. */
export async function moveUnit(actor: ServiceActor, input: { unitId: number; parentId: number }): Promise<{ changed: boolean }> {
  assertAdmin(actor, "employee.manage");
  return db.$transaction(async (tx) => {
    const unit = await findManagedUnit(tx, actor, input.unitId);
    await lockUnitTree(tx, unit.opdId);
    await findParentUnit(tx, { opdId: unit.opdId, parentId: input.parentId });
    if (unit.parentId === input.parentId) return { changed: false };
    await assertNoUnitCycle(tx, { opdId: unit.opdId, unitId: unit.id, parentId: input.parentId });
    await tx.unit.update({ where: { id: unit.id }, data: { parentId: input.parentId } });
    await writeAudit(tx, auditActor(actor), {
      action: "unit.move",
      targetType: "Unit",
      targetId: unit.id,
      before: { parentId: unit.parentId },
      after: { parentId: input.parentId },
    });
    return { changed: true };
  });
}
