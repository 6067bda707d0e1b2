import { describe, expect, it } from "vitest";
import {
  accountManagementProblem,
  accountStateKind,
  accountStateProblem,
  type AccountAction,
  type AccountRole,
  type AccountStatus,
} from "@/lib/domain/accounts/account-rules";

describe("accountStateProblem: which state allows which action", () => {
  it.each<[AccountAction, AccountStatus | null, boolean]>([
    ["activate", null, true],
    ["activate", "INACTIVE", true],
    ["activate", "DEACTIVATED", true],
    ["activate", "ACTIVE", false],
    ["deactivate", "ACTIVE", true],
    ["deactivate", "INACTIVE", false],
    ["deactivate", "DEACTIVATED", false],
    ["deactivate", null, false],
    ["resetPassword", "ACTIVE", true],
    ["resetPassword", "INACTIVE", false],
    ["resetPassword", "DEACTIVATED", false],
    ["resetPassword", null, false],
  ])("%s on %s → allowed %s", (action, status, allowed) => {
    expect(accountStateProblem(action, status) === null).toBe(allowed);
  });
});

describe("accountManagementProblem: whose account an admin may touch", () => {
  it.each<[string, AccountRole, number, AccountRole | null, boolean]>([
    ["Admin OPD on a Pegawai", "ADMIN_OPD", 1, "PEGAWAI", true],
    ["Admin OPD on another Admin OPD", "ADMIN_OPD", 1, "ADMIN_OPD", true],
    ["Admin OPD on an Admin BKD", "ADMIN_OPD", 1, "ADMIN_BKD", false],
    ["Admin OPD on an employee without account", "ADMIN_OPD", 1, null, true],
    ["Admin BKD on an Admin BKD", "ADMIN_BKD", 1, "ADMIN_BKD", true],
    ["Admin OPD on themself", "ADMIN_OPD", 2, "ADMIN_OPD", false],
    ["Admin BKD on themself", "ADMIN_BKD", 2, "ADMIN_BKD", false],
  ])("%s → allowed %s", (_label, actorRole, targetId, targetRole, allowed) => {
    const problem = accountManagementProblem({ employeeId: 2, role: actorRole }, { employeeId: targetId, role: targetRole, status: "ACTIVE" });
    expect(problem === null).toBe(allowed);
  });
});

describe("accountStateKind: what the panel shows", () => {
  const now = new Date("2026-12-04T03:00:00Z");
  it.each([
    ["no account record", null, "BELUM_AKTIF"],
    ["never activated", { status: "INACTIVE" as const, lockedUntil: null }, "BELUM_AKTIF"],
    ["active", { status: "ACTIVE" as const, lockedUntil: null }, "AKTIF"],
    ["active, lock over", { status: "ACTIVE" as const, lockedUntil: new Date("2026-12-04T03:00:00Z") }, "AKTIF"],
    ["active, locked one more ms", { status: "ACTIVE" as const, lockedUntil: new Date("2026-12-04T03:00:00.001Z") }, "TERKUNCI"],
    ["deactivated, with a stale lock", { status: "DEACTIVATED" as const, lockedUntil: new Date("2026-12-05T00:00:00Z") }, "NONAKTIF"],
  ])("%s → %s", (_label, account, kind) => {
    expect(accountStateKind(account, now)).toBe(kind);
  });
});
