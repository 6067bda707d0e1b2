import "server-only";
import { type EmployeeFieldsInput, validateEmployeeFields } from "@/lib/domain/admin/employee-input";
import { auditActor, type ServiceActor } from "../../authz";
import { writeAudit } from "../../audit";
import { db } from "../../db";
import { toDbDate } from "../db-date";
import { assertAdmin, isUniqueViolation, targetOpdId } from "../guard";
import { assertNipFree, checkEmailFree, checkOrgRefs, duplicateNip, throwIfErrors, validationError } from "./org-refs";
import { EMPLOYEE_SNAPSHOT_SELECT, employeeSnapshot } from "./snapshot";

export type CreateEmployeeInput = EmployeeFieldsInput & {
  /** Admin BKD chooses the agency; an Admin OPD creates in their own (another is refused). */
  opdId?: number | null;
  unitId: number;
  positionId: number;
};

/**
 * Adds an employee and their login account, which starts INACTIVE (role Pegawai, no password)
 * until an admin activates it (DESIGN.md §9, §12). The direct supervisor is set afterwards.
 */
export async function createEmployee(actor: ServiceActor, input: CreateEmployeeInput): Promise<{ id: number }> {
  assertAdmin(actor, "employee.manage");
  // Admin BKD may leave the agency out: it is then the unit's.
  const unitOpdId =
    input.opdId == null && actor.role === "ADMIN_BKD"
      ? (await db.unit.findUnique({ where: { id: input.unitId }, select: { opdId: true } }))?.opdId
      : undefined;
  const opdId = targetOpdId(actor, input.opdId ?? unitOpdId, "employee.manage");
  const checked = validateEmployeeFields(input);
  if (!checked.ok) throw validationError(checked.fieldErrors);
  const fields = checked.value;

  try {
    return await db.$transaction(async (tx) => {
      const opd = await tx.opd.findUnique({ where: { id: opdId }, select: { id: true } });
      if (!opd) throwIfErrors({ opdId: ["Perangkat daerah tidak ditemukan."] });
      await assertNipFree(tx, fields.nip);
      throwIfErrors({
        ...(await checkOrgRefs(tx, { opdId, unitId: input.unitId, positionId: input.positionId })),
        ...(await checkEmailFree(tx, fields.email)),
      });
      const employee = await tx.employee.create({
        data: {
          nip: fields.nip,
          name: fields.name,
          frontTitle: fields.frontTitle,
          backTitle: fields.backTitle,
          status: fields.status,
          golongan: fields.golongan,
          birthDate: toDbDate(fields.birthDate),
          gender: fields.gender,
          opdId,
          unitId: input.unitId,
          positionId: input.positionId,
          startDate: toDbDate(fields.startDate),
          positionStartDate: toDbDate(fields.positionStartDate),
          email: fields.email,
          phone: fields.phone,
          supervisorId: null,
          user: { create: { role: "PEGAWAI", status: "INACTIVE", mustChangePassword: true } },
        },
        select: { id: true, ...EMPLOYEE_SNAPSHOT_SELECT, user: { select: { id: true, role: true, status: true } } },
      });
      await writeAudit(tx, auditActor(actor), {
        action: "employee.create",
        targetType: "Employee",
        targetId: employee.id,
        after: { ...employeeSnapshot(employee), account: employee.user },
      });
      return { id: employee.id };
    });
  } catch (error) {
    // Two admins adding the same NIP at once: the second hits the unique index.
    if (isUniqueViolation(error)) throw duplicateNip(fields.nip);
    throw error;
  }
}
