import "server-only";
import { accountManagementProblem, accountStateProblem, type AccountAction } from "@/lib/domain/accounts/account-rules";
import { jakartaDate } from "@/lib/domain/period";
import type { Permission } from "@/lib/domain/authz";
import { adminEmployeeScope, assertCan, type ServiceActor } from "../authz";
import { AppError, forbidden, notFound } from "../errors";
import type { Db, Tx } from "../prisma-client";

const PERMISSION: Record<AccountAction, Permission> = {
  activate: "account.activate",
  deactivate: "account.deactivate",
  resetPassword: "account.resetPassword",
};

const managedEmployeeSelect = {
  id: true,
  nip: true,
  name: true,
  frontTitle: true,
  backTitle: true,
  email: true,
  opdId: true,
  birthDate: true,
  endDate: true,
  user: { select: { id: true, role: true, status: true, mustChangePassword: true, sessionVersion: true, lockedUntil: true } },
} as const;

/**
 * Loads the employee whose account an administrator acts on, after checking that the actor may
 * do `action` at all, then in their own scope (DESIGN.md §1): an Admin OPD's query is confined to
 * their agency, so another agency's employee is NOT_FOUND, never "forbidden" (nothing to learn).
 * Then the account's role and state rules (lib/domain/accounts/account-rules).
 */
export async function loadManagedAccount(
  client: Db | Tx,
  input: { actor: ServiceActor; employeeId: number; action: AccountAction; now: Date },
) {
  const { actor, action } = input;
  const permission = PERMISSION[action];
  // Coarse check first: a Pegawai is refused outright, whoever the target.
  assertCan(actor, permission, { opdId: actor.opdId });
  const employee = await client.employee.findFirst({
    where: { id: input.employeeId, ...adminEmployeeScope(actor) },
    select: managedEmployeeSelect,
  });
  if (!employee) throw notFound("Pegawai tidak ditemukan.");
  assertCan(actor, permission, { employeeId: employee.id, opdId: employee.opdId });

  const management = accountManagementProblem(
    { employeeId: actor.employeeId, role: actor.role },
    { employeeId: employee.id, role: employee.user?.role ?? null, status: employee.user?.status ?? null },
  );
  if (management) throw forbidden(management);
  const state = accountStateProblem(action, employee.user?.status ?? null);
  if (state) throw new AppError("INVALID_STATE", state);

  if (action === "activate" && employee.endDate) {
    const today = jakartaDate(input.now);
    if (employee.endDate.getTime() < Date.UTC(today.year, today.month - 1, today.day)) {
      throw new AppError("INVALID_STATE", "Pegawai sudah tidak bekerja (tanggal akhir tugas telah lewat); akunnya tidak dapat diaktifkan.");
    }
  }
  return employee;
}

export type ManagedEmployee = Awaited<ReturnType<typeof loadManagedAccount>>;

/** The account changed under our feet (another admin acted first). */
export const accountChanged = () =>
  new AppError("CONFLICT", "Status akun baru saja berubah. Muat ulang halaman lalu coba lagi.");

/** Reset links still open for the account stop working (they expire now). */
export async function expireOpenResetTokens(tx: Tx, userId: number, now: Date): Promise<number> {
  const { count } = await tx.passwordResetToken.updateMany({
    where: { userId, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
  return count;
}
