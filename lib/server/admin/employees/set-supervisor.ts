import "server-only";
import { jakartaDate } from "@/lib/domain/period";
import { checkNewParent } from "@/lib/domain/admin/hierarchy";
import { formatPersonName } from "@/lib/domain/person-name";
import { adminEmployeeScope, assertCan, auditActor, type ServiceActor } from "../../authz";
import { writeAudit } from "../../audit";
import { db } from "../../db";
import { AppError, invalid, notFound } from "../../errors";
import type { Tx } from "../../prisma-client";
import { handOverPendingApprovals } from "../../employees/supervisor-handover";
import { toDbDate } from "../db-date";
import { assertAdmin } from "../guard";
import { lockSupervisorChains } from "../locks";

/** The supervisor chain above `employeeId` (the employee included), one query. */
async function chainAbove(tx: Tx, employeeId: number): Promise<Map<number, number | null>> {
  // UNION (not UNION ALL) drops repeated rows, so a loop already in the data ends the walk.
  const rows = await tx.$queryRaw<{ id: number; supervisorId: number | null }[]>`
    WITH RECURSIVE chain(id, "supervisorId") AS (
      SELECT id, "supervisorId" FROM employee WHERE id = ${employeeId}
      UNION
      SELECT e.id, e."supervisorId" FROM employee e JOIN chain c ON e.id = c."supervisorId"
    )
    SELECT id, "supervisorId" FROM chain`;
  return new Map(rows.map((r) => [Number(r.id), r.supervisorId === null ? null : Number(r.supervisorId)]));
}

/**
 * Sets or changes an employee's direct supervisor (atasan langsung), or removes it for the head of
 * an agency (whose SKP Admin BKD then approves, DESIGN.md §4). The supervisor must be a current
 * employee the admin may manage (Admin OPD: their agency; Admin BKD: any agency), not the
 * employee, and not below the employee in the chain. Pending approvals move to the new supervisor
 * in the same transaction.
 */
export async function setSupervisor(
  actor: ServiceActor,
  input: { employeeId: number; supervisorId: number | null },
  now: Date = new Date(),
): Promise<{ changed: boolean; handedOver: { skpVersions: number; realisations: number } }> {
  assertAdmin(actor, "employee.manage");
  return db.$transaction(async (tx) => {
    const employee = await tx.employee.findFirst({
      where: { id: input.employeeId, ...adminEmployeeScope(actor) },
      select: { id: true, opdId: true, supervisorId: true, supervisor: { select: { nip: true } } },
    });
    if (!employee) throw notFound("Pegawai tidak ditemukan.");
    assertCan(actor, "employee.manage", { employeeId: employee.id, opdId: employee.opdId, supervisorId: employee.supervisorId });

    let supervisorNip: string | null = null;
    if (input.supervisorId !== null) {
      if (input.supervisorId === employee.id) {
        throw invalid("Pegawai tidak dapat menjadi atasan dirinya sendiri.", { supervisorId: ["Pilih pegawai lain sebagai atasan."] });
      }
      const today = toDbDate(jakartaDate(now));
      const supervisor = await tx.employee.findFirst({
        where: {
          id: input.supervisorId,
          ...adminEmployeeScope(actor),
          OR: [{ endDate: null }, { endDate: { gte: today } }],
        },
        select: { id: true, nip: true },
      });
      if (!supervisor) {
        const message = "Calon atasan tidak ditemukan di antara pegawai yang dapat Anda kelola.";
        throw new AppError("NOT_FOUND", message, { supervisorId: [message] });
      }
      supervisorNip = supervisor.nip;
    }
    if (input.supervisorId === employee.supervisorId) {
      return { changed: false, handedOver: { skpVersions: 0, realisations: 0 } };
    }

    await lockSupervisorChains(tx);
    if (input.supervisorId !== null) {
      const parentOf = await chainAbove(tx, input.supervisorId);
      const check = checkNewParent({ nodeId: employee.id, newParentId: input.supervisorId, parentOf });
      if (!check.ok) {
        const names = await tx.employee.findMany({ where: { id: { in: [...check.chain] } }, select: { id: true, name: true, frontTitle: true, backTitle: true } });
        const byId = new Map(names.map((n) => [n.id, formatPersonName(n)]));
        const path = check.chain.map((id) => byId.get(id) ?? `#${id}`).join(" → ");
        const message = `Perubahan ini membuat rantai atasan berputar (${path}): calon atasan berada di bawah pegawai ini.`;
        throw invalid(message, { supervisorId: [message] });
      }
    }

    await tx.employee.update({ where: { id: employee.id }, data: { supervisorId: input.supervisorId } });
    const handedOver = await handOverPendingApprovals(tx, { employeeId: employee.id, newSupervisorId: input.supervisorId });
    await writeAudit(tx, auditActor(actor), {
      action: "employee.supervisor.change",
      targetType: "Employee",
      targetId: employee.id,
      before: { supervisorId: employee.supervisorId, supervisorNip: employee.supervisor?.nip ?? null },
      after: { supervisorId: input.supervisorId, supervisorNip, handedOver },
    });
    return { changed: true, handedOver };
  });
}
