import "server-only";
import { adminEmployeeScope, assertCan, auditActor, type ServiceActor } from "../../authz";
import { writeAudit } from "../../audit";
import { db } from "../../db";
import { notFound } from "../../errors";
import { assertAdmin, invalidState } from "../guard";

/**
 * Grants or revokes the Admin OPD role on an employee's account: Admin BKD only (DESIGN.md §1).
 * The role is read from the database on every request, so the change applies at once. Admin BKD
 * accounts are not changed here.
 */
export async function setAdminOpdRole(
  actor: ServiceActor,
  input: { employeeId: number; grant: boolean },
): Promise<{ changed: boolean }> {
  assertAdmin(actor, "role.manage");
  return db.$transaction(async (tx) => {
    const employee = await tx.employee.findFirst({
      where: { id: input.employeeId, ...adminEmployeeScope(actor) },
      select: { id: true, nip: true, opdId: true, supervisorId: true, user: { select: { id: true, role: true } } },
    });
    if (!employee) throw notFound("Pegawai tidak ditemukan.");
    assertCan(actor, "role.manage", { employeeId: employee.id, opdId: employee.opdId, supervisorId: employee.supervisorId });
    if (!employee.user) throw invalidState("Pegawai ini belum memiliki akun.");
    if (employee.user.role === "ADMIN_BKD") throw invalidState("Peran Admin BKD tidak dapat diubah dari halaman ini.");
    const role = input.grant ? "ADMIN_OPD" : "PEGAWAI";
    if (employee.user.role === role) return { changed: false };
    await tx.user.update({ where: { id: employee.user.id }, data: { role } });
    await writeAudit(tx, auditActor(actor), {
      action: input.grant ? "account.role.grant" : "account.role.revoke",
      targetType: "User",
      targetId: employee.user.id,
      before: { role: employee.user.role, employeeId: employee.id, nip: employee.nip },
      after: { role, employeeId: employee.id, nip: employee.nip },
    });
    return { changed: true };
  });
}
