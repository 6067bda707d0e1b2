import "server-only";
import { jakartaDate } from "@/lib/domain/period";
import { auditActor, type ServiceActor } from "../../authz";
import { writeAudit } from "../../audit";
import { db } from "../../db";
import { toDbDate } from "../db-date";
import { assertAdmin, invalidState } from "../guard";
import { lockUnitTree } from "../locks";
import { findManagedUnit } from "./unit-rules";

/** Deactivates an empty unit: no active sub-unit and no current employee. Units are never deleted. */
export async function deactivateUnit(actor: ServiceActor, input: { unitId: number }, now: Date = new Date()): Promise<void> {
  assertAdmin(actor, "employee.manage");
  await db.$transaction(async (tx) => {
    const unit = await findManagedUnit(tx, actor, input.unitId);
    if (!unit.active) throw invalidState("Unit kerja ini sudah tidak aktif.");
    await lockUnitTree(tx, unit.opdId);
    const children = await tx.unit.count({ where: { parentId: unit.id, active: true } });
    if (children > 0) throw invalidState(`Unit kerja ini masih memiliki ${children} sub-unit aktif; pindahkan atau nonaktifkan dahulu.`);
    const today = toDbDate(jakartaDate(now));
    const employees = await tx.employee.count({ where: { unitId: unit.id, OR: [{ endDate: null }, { endDate: { gte: today } }] } });
    if (employees > 0) throw invalidState(`Unit kerja ini masih memiliki ${employees} pegawai; pindahkan mereka dahulu.`);
    await tx.unit.update({ where: { id: unit.id }, data: { active: false } });
    await writeAudit(tx, auditActor(actor), {
      action: "unit.deactivate",
      targetType: "Unit",
      targetId: unit.id,
      before: { active: true },
      after: { active: false },
    });
  });
}
