/**
 * What an administrator may do to an employee's login account (DESIGN.md §1, §12). The permission
 * table decides who may act in which agency; these rules add what the account's own state and
 * role allow. Each returns a plain Indonesian reason to refuse, or null when allowed.
 */
export type AccountStatus = "INACTIVE" | "ACTIVE" | "DEACTIVATED";
export type AccountRole = "PEGAWAI" | "ADMIN_OPD" | "ADMIN_BKD";
export type AccountAction = "activate" | "deactivate" | "resetPassword";

export type AccountActor = { readonly employeeId: number | string; readonly role: AccountRole };
/** The target account; null status = the employee has no account record yet (treated as never activated). */
export type AccountTarget = {
  readonly employeeId: number | string;
  readonly role: AccountRole | null;
  readonly status: AccountStatus | null;
};

/**
 * Refusals that no permission can lift: nobody administers their own account here (they use the
 * profile page), and an Admin OPD never takes over an Admin BKD account (a reset would hand them
 * its temporary password).
 */
export function accountManagementProblem(actor: AccountActor, target: AccountTarget): string | null {
  if (actor.employeeId === target.employeeId) {
    return "Anda tidak dapat mengubah akun Anda sendiri dari halaman admin. Gunakan halaman Profil.";
  }
  if (target.role === "ADMIN_BKD" && actor.role !== "ADMIN_BKD") {
    return "Akun Admin BKD hanya dapat dikelola oleh Admin BKD.";
  }
  return null;
}

/** Whether the account's state allows the action. */
export function accountStateProblem(action: AccountAction, status: AccountStatus | null): string | null {
  const current = status ?? "INACTIVE";
  switch (action) {
    case "activate":
      return current === "ACTIVE" ? "Akun sudah aktif. Gunakan Atur Ulang Kata Sandi bila pegawai lupa kata sandinya." : null;
    case "deactivate":
      return current === "ACTIVE" ? null : "Akun tidak sedang aktif.";
    case "resetPassword":
      return current === "ACTIVE" ? null : "Akun belum aktif. Aktifkan akun terlebih dahulu.";
  }
}

export type AccountStateKind = "BELUM_AKTIF" | "AKTIF" | "NONAKTIF" | "TERKUNCI";

/** The state shown to an administrator: a lock in force outranks "Aktif". */
export function accountStateKind(
  account: { status: AccountStatus; lockedUntil: Date | null } | null,
  now: Date,
): AccountStateKind {
  if (!account || account.status === "INACTIVE") return "BELUM_AKTIF";
  if (account.status === "DEACTIVATED") return "NONAKTIF";
  if (account.lockedUntil && account.lockedUntil.getTime() > now.getTime()) return "TERKUNCI";
  return "AKTIF";
}
