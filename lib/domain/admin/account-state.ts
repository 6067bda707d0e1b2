/**
 * The state of an employee's login account as admins see it (DESIGN.md §12): never activated,
 * active, deactivated, or temporarily locked after failed logins.
 */
export const ACCOUNT_STATES = ["BELUM_AKTIF", "AKTIF", "NONAKTIF", "TERKUNCI"] as const;

export type AccountState = (typeof ACCOUNT_STATES)[number];

export const ACCOUNT_STATE_LABEL: Record<AccountState, string> = {
  BELUM_AKTIF: "Belum aktif",
  AKTIF: "Aktif",
  NONAKTIF: "Nonaktif",
  TERKUNCI: "Terkunci",
};

export function isAccountState(value: string): value is AccountState {
  return (ACCOUNT_STATES as readonly string[]).includes(value);
}

/** An employee without an account row counts as never activated. */
export function accountState(
  user: { status: "INACTIVE" | "ACTIVE" | "DEACTIVATED"; lockedUntil: Date | null } | null,
  now: Date,
): AccountState {
  if (!user || user.status === "INACTIVE") return "BELUM_AKTIF";
  if (user.status === "DEACTIVATED") return "NONAKTIF";
  return user.lockedUntil && user.lockedUntil.getTime() > now.getTime() ? "TERKUNCI" : "AKTIF";
}
