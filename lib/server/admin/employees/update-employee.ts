import "server-only";
import { type EmployeeFieldsInput, validateEmployeeFields } from "@/lib/domain/admin/employee-input";
import { adminEmployeeScope, assertCan, auditActor, type ServiceActor } from "../../authz";
import { writeAudit } from "../../audit";
import { db } from "../../db";
import { notFound } from "../../errors";
import { toDbDate } from "../db-date";
import { assertAdmin, isUniqueViolation } from "../guard";
import { assertNipFree, checkEmailFree, checkOrgRefs, duplicateNip, throwIfErrors, validationError } from "./org-refs";
import { diffSnapshots, EMPLOYEE_SNAPSHOT_SELECT, employeeSnapshot } from "./snapshot";

export type UpdateEmployeeInput = EmployeeFieldsInput & { employeeId: number; unitId: number; positionId: number };

/**
 * Edits an employee's personnel data within their agency (moving to another agency is a transfer,
 * not an edit). A corrected NIP re-derives birth date and gender. Returns whether anything changed;
 * only a change is written and audited, with the changed fields before and after.
 */
export async function updateEmployee(actor: ServiceActor, input: UpdateEmployeeInput): Promise<{ changed: boolean }> {
  assertAdmin(actor, "employee.manage");
  const checked = validateEmployeeFields(input);
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.employee.findFirst({
        where: { id: input.employeeId, ...adminEmployeeScope(actor) },
        select: { id: true, ...EMPLOYEE_SNAPSHOT_SELECT },
      });
      if (!current) throw notFound("Pegawai tidak ditemukan.");
      assertCan(actor, "employee.manage", { employeeId: current.id, opdId: current.opdId, supervisorId: current.supervisorId });
      if (!checked.ok) throw validationError(checked.fieldErrors);
      const fields = checked.value;

      if (fields.nip !== current.nip) await assertNipFree(tx, fields.nip, current.id);
      throwIfErrors({
        ...(await checkOrgRefs(tx, {
          opdId: current.opdId,
          unitId: input.unitId,
          positionId: input.positionId,
          current: { unitId: current.unitId, positionId: current.positionId },
        })),
        ...(fields.email !== current.email ? await checkEmailFree(tx, fields.email, current.id) : {}),
      });

      const data = {
        nip: fields.nip,
        name: fields.name,
        frontTitle: fields.frontTitle,
        backTitle: fields.backTitle,
        status: fields.status,
        golongan: fields.golongan,
        birthDate: toDbDate(fields.birthDate),
        gender: fields.gender,
        unitId: input.unitId,
        positionId: input.positionId,
        startDate: toDbDate(fields.startDate),
        positionStartDate: toDbDate(fields.positionStartDate),
        email: fields.email,
        phone: fields.phone,
      };
      const diff = diffSnapshots(employeeSnapshot(current), employeeSnapshot({ ...current, ...data }));
      if (!diff) return { changed: false };
      await tx.employee.update({ where: { id: current.id }, data });
      await writeAudit(tx, auditActor(actor), {
        action: "employee.update",
        targetType: "Employee",
        targetId: current.id,
        before: diff.before,
        after: diff.after,
      });
      return { changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error) && checked.ok) throw duplicateNip(checked.value.nip);
    throw error;
  }
}
