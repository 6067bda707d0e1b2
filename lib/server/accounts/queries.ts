import "server-only";
import { accountManagementProblem, accountStateKind, type AccountStateKind } from "@/lib/domain/accounts/account-rules";
import { adminEmployeeScope, allowed, type ServiceActor } from "../authz";
import { db } from "../db";

export type AccountPanelData = {
  employee: { id: number; nip: string; name: string; frontTitle: string | null; backTitle: string | null; email: string | null };
  account: {
    state: AccountStateKind;
    role: "PEGAWAI" | "ADMIN_OPD" | "ADMIN_BKD" | null;
    mustChangePassword: boolean;
    lockedUntil: Date | null;
    lastLoginAt: Date | null;
    activatedAt: Date | null;
    deactivatedAt: Date | null;
    passwordChangedAt: Date | null;
  };
  /** Why this admin may not manage this account at all (own account, Admin BKD account), or null. */
  refusal: string | null;
  can: { activate: boolean; deactivate: boolean; resetPassword: boolean };
};

/**
 * The account of one employee as the account panel shows it, within the admin's scope (an Admin
 * OPD sees only their agency; anyone else gets null, as for an id that does not exist).
 */
export async function getAccountPanelData(actor: ServiceActor, employeeId: number, now = new Date()): Promise<AccountPanelData | null> {
  if (!Number.isSafeInteger(employeeId) || employeeId <= 0) return null;
  const employee = await db.employee.findFirst({
    where: { id: employeeId, ...adminEmployeeScope(actor) },
    select: {
      id: true,
      nip: true,
      name: true,
      frontTitle: true,
      backTitle: true,
      email: true,
      opdId: true,
      user: {
        select: {
          role: true,
          status: true,
          mustChangePassword: true,
          lockedUntil: true,
          lastLoginAt: true,
          activatedAt: true,
          deactivatedAt: true,
          passwordChangedAt: true,
        },
      },
    },
  });
  if (!employee) return null;
  const user = employee.user;
  const state = accountStateKind(user, now);
  const target = { employeeId: employee.id, opdId: employee.opdId };
  const refusal = accountManagementProblem(
    { employeeId: actor.employeeId, role: actor.role },
    { employeeId: employee.id, role: user?.role ?? null, status: user?.status ?? null },
  );
  const status = user?.status ?? "INACTIVE";
  const permitted = (p: "account.activate" | "account.deactivate" | "account.resetPassword") => !refusal && allowed(actor, p, target);
  return {
    employee: { id: employee.id, nip: employee.nip, name: employee.name, frontTitle: employee.frontTitle, backTitle: employee.backTitle, email: employee.email },
    account: {
      state,
      role: user?.role ?? null,
      mustChangePassword: user?.mustChangePassword ?? true,
      lockedUntil: state === "TERKUNCI" ? (user?.lockedUntil ?? null) : null,
      lastLoginAt: user?.lastLoginAt ?? null,
      activatedAt: user?.activatedAt ?? null,
      deactivatedAt: user?.deactivatedAt ?? null,
      passwordChangedAt: user?.passwordChangedAt ?? null,
    },
    refusal,
    can: {
      activate: status !== "ACTIVE" && permitted("account.activate"),
      deactivate: status === "ACTIVE" && permitted("account.deactivate"),
      resetPassword: status === "ACTIVE" && permitted("account.resetPassword"),
    },
  };
}
