import type { Role, Scope } from "./types";

const none: readonly Scope[] = [];
const self: readonly Scope[] = ["self"];
const supervisor: readonly Scope[] = ["subordinate"];
const selfOrSupervisor: readonly Scope[] = ["self", "subordinate"];

/**
 * The permission table (DESIGN.md §1). For each permission and role, the scopes under
 * which it is granted; an empty list refuses. Admins are employees too, so they keep the
 * self and supervisor scopes of a Pegawai. Admin OPD acts only inside their agency; Admin
 * BKD everywhere for admin work. Anything not listed here is refused (fail closed).
 */
export const PERMISSION_TABLE = {
  // Employees, units, positions, supervisor assignment (§1 Admin OPD).
  "employee.view": {
    PEGAWAI: selfOrSupervisor,
    ADMIN_OPD: ["self", "subordinate", "agency"],
    ADMIN_BKD: ["any"],
  },
  "employee.manage": { PEGAWAI: none, ADMIN_OPD: ["agency"], ADMIN_BKD: ["any"] },
  "import.employees": { PEGAWAI: none, ADMIN_OPD: ["agency"], ADMIN_BKD: ["any"] },
  // Granting or revoking the Admin OPD role: Admin BKD only (an Admin OPD cannot make admins).
  "role.manage": { PEGAWAI: none, ADMIN_OPD: none, ADMIN_BKD: ["any"] },

  // Accounts (§1 Admin OPD, §12).
  "account.activate": { PEGAWAI: none, ADMIN_OPD: ["agency"], ADMIN_BKD: ["any"] },
  "account.deactivate": { PEGAWAI: none, ADMIN_OPD: ["agency"], ADMIN_BKD: ["any"] },
  "account.resetPassword": { PEGAWAI: none, ADMIN_OPD: ["agency"], ADMIN_BKD: ["any"] },

  // Province-wide administration, Admin BKD only (§1).
  "audit.view": { PEGAWAI: none, ADMIN_OPD: none, ADMIN_BKD: ["any"] },
  "period.lock": { PEGAWAI: none, ADMIN_OPD: none, ADMIN_BKD: ["any"] },
  "holiday.manage": { PEGAWAI: none, ADMIN_OPD: none, ADMIN_BKD: ["any"] },
  "policy.manage": { PEGAWAI: none, ADMIN_OPD: none, ADMIN_BKD: ["any"] },
  "run.finalise": { PEGAWAI: none, ADMIN_OPD: none, ADMIN_BKD: ["any"] },
  "sanction.import": { PEGAWAI: none, ADMIN_OPD: none, ADMIN_BKD: ["any"] },

  // Imports an agency feeds itself (§1 Admin OPD imports attendance; §9).
  // Allowance runs (§8.3, issue #7): an Admin OPD may compute a DRAFT run of their own agency;
  // finalising and revising stay with Admin BKD (run.finalise).
  "run.compute": { PEGAWAI: none, ADMIN_OPD: ["agency"], ADMIN_BKD: ["any"] },
  "attendance.import": { PEGAWAI: none, ADMIN_OPD: ["agency"], ADMIN_BKD: ["any"] },
  "orgTarget.import": { PEGAWAI: none, ADMIN_OPD: ["agency"], ADMIN_BKD: ["any"] },

  // Own work (§4–§6): only the owner, whatever their role.
  "skp.editOwn": { PEGAWAI: self, ADMIN_OPD: self, ADMIN_BKD: self },
  "activity.editOwn": { PEGAWAI: self, ADMIN_OPD: self, ADMIN_BKD: self },
  "realisation.editOwn": { PEGAWAI: self, ADMIN_OPD: self, ADMIN_BKD: self },

  // Reviews (§4–§6): only the current direct supervisor. The head of an OPD has no
  // supervisor, so Admin BKD reviews their SKP (§4); assumed the same for their
  // activities and IKI realisation, else nobody could.
  "skp.review": { PEGAWAI: supervisor, ADMIN_OPD: supervisor, ADMIN_BKD: ["subordinate", "headOfAgency"] },
  "activity.review": { PEGAWAI: supervisor, ADMIN_OPD: supervisor, ADMIN_BKD: ["subordinate", "headOfAgency"] },
  "realisation.review": { PEGAWAI: supervisor, ADMIN_OPD: supervisor, ADMIN_BKD: ["subordinate", "headOfAgency"] },

  // Evidence files (§5): the owner, their supervisor, admins of their agency.
  "evidence.view": {
    PEGAWAI: selfOrSupervisor,
    ADMIN_OPD: ["self", "subordinate", "agency"],
    ADMIN_BKD: ["any"],
  },

  // Reports (§11).
  "report.viewOwn": { PEGAWAI: self, ADMIN_OPD: self, ADMIN_BKD: self },
  "report.viewTeam": { PEGAWAI: supervisor, ADMIN_OPD: supervisor, ADMIN_BKD: supervisor },
  "report.viewAgency": { PEGAWAI: none, ADMIN_OPD: ["agency"], ADMIN_BKD: ["any"] },

  // Announcements (§10): Admin BKD for everyone, Admin OPD for their agency.
  "announcement.manage": { PEGAWAI: none, ADMIN_OPD: ["agency"], ADMIN_BKD: ["any"] },
} as const satisfies Record<string, Readonly<Record<Role, readonly Scope[]>>>;

export type Permission = keyof typeof PERMISSION_TABLE;

export const PERMISSIONS = Object.keys(PERMISSION_TABLE) as Permission[];

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSION_TABLE, value);
}
