import "server-only";
import { accountState } from "@/lib/domain/admin/account-state";
import { adminEmployeeScope, type ServiceActor } from "../../authz";
import { db } from "../../db";
import { dbDateKey } from "../db-date";
import { assertAdmin } from "../guard";

/**
 * One employee as the admin detail page shows it, or null when the actor may not see them
 * (another agency's employee for an Admin OPD: the page answers "not found").
 */
export async function getEmployeeForAdmin(actor: ServiceActor, employeeId: number, now: Date = new Date()) {
  assertAdmin(actor, "employee.view");
  const e = await db.employee.findFirst({
    where: { id: employeeId, ...adminEmployeeScope(actor) },
    select: {
      id: true,
      nip: true,
      name: true,
      frontTitle: true,
      backTitle: true,
      status: true,
      golongan: true,
      birthDate: true,
      gender: true,
      opdId: true,
      unitId: true,
      positionId: true,
      startDate: true,
      positionStartDate: true,
      endDate: true,
      email: true,
      phone: true,
      supervisorId: true,
      opd: { select: { name: true, shortName: true } },
      unit: { select: { name: true } },
      position: { select: { name: true, kelasJabatan: true } },
      supervisor: {
        select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true, position: { select: { name: true } }, opd: { select: { shortName: true } } },
      },
      user: { select: { id: true, role: true, status: true, lockedUntil: true, lastLoginAt: true, activatedAt: true } },
      _count: { select: { subordinates: true } },
    },
  });
  if (!e) return null;
  return {
    ...e,
    birthDateKey: dbDateKey(e.birthDate),
    startDateKey: dbDateKey(e.startDate),
    positionStartDateKey: dbDateKey(e.positionStartDate),
    account: accountState(e.user, now),
  };
}

export type AdminEmployeeDetail = NonNullable<Awaited<ReturnType<typeof getEmployeeForAdmin>>>;
