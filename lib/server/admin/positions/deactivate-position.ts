import "server-only";
import { jakartaDate } from "@/lib/domain/period";
import { auditActor, type ServiceActor } from "../../authz";
import { writeAudit } from "../../audit";
import { db } from "../../db";
import { toDbDate } from "../db-date";
import { assertAdmin, invalidState } from "../guard";
import { findManagedPosition } from "./position-rules";

/** Deactivates a position nobody currently holds. Positions are never deleted. */
export async function deactivatePosition(actor: ServiceActor, input: { positionId: number }, now: Date = new Date()): Promise<void> {
  assertAdmin(actor, "employee.manage");
  await db.$transaction(async (tx) => {
    const position = await findManagedPosition(tx, actor, input.positionId);
    if (!position.active) throw invalidState("Jabatan ini sudah tidak aktif.");
    const today = toDbDate(jakartaDate(now));
    const holders = await tx.employee.count({ where: { positionId: position.id, OR: [{ endDate: null }, { endDate: { gte: today } }] } });
    if (holders > 0) throw invalidState(`Jabatan ini masih dipegang ${holders} pegawai; ubah jabatan mereka dahulu.`);
    await tx.position.update({ where: { id: position.id }, data: { active: false } });
    await writeAudit(tx, auditActor(actor), {
      action: "position.deactivate",
      targetType: "Position",
      targetId: position.id,
      before: { active: true },
      after: { active: false },
    });
  });
}
