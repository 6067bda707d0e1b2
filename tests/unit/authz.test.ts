import { describe, expect, it } from "vitest";
import { type Actor, type AuthzTarget, can, type Permission, PERMISSIONS, type Role } from "@/lib/domain/authz";

// The actor is employee ME in agency OPD_A, whatever the role.
const ME = "emp-me";
const OPD_A = "opd-a";
const OPD_B = "opd-b";
const actorAs = (role: Role): Actor => ({ userId: `user-${role}`, employeeId: ME, role, opdId: OPD_A });

// Every relation the target can have to the actor (the columns of the table below).
const RELATIONS = {
  none: undefined,
  self: { employeeId: ME, opdId: OPD_A, supervisorId: "emp-my-boss" },
  subordinate: { employeeId: "emp-sub", opdId: OPD_A, supervisorId: ME },
  subordinateInOtherOpd: { employeeId: "emp-sub-b", opdId: OPD_B, supervisorId: ME },
  colleagueSameOpd: { employeeId: "emp-colleague", opdId: OPD_A, supervisorId: "emp-other-boss" },
  employeeOtherOpd: { employeeId: "emp-far", opdId: OPD_B, supervisorId: "emp-other-boss" },
  headOfOtherOpd: { employeeId: "emp-head-b", opdId: OPD_B, supervisorId: null },
  ownOpd: { opdId: OPD_A },
  otherOpd: { opdId: OPD_B },
} satisfies Record<string, AuthzTarget | undefined>;

type Relation = keyof typeof RELATIONS;
const COLUMNS = Object.keys(RELATIONS) as Relation[];

// One character per column, in RELATIONS order: 1 = allowed, 0 = refused.
//                               none self sub subB same other head ownOpd otherOpd
const NOBODY /*            */ = "0    0    0   0    0    0     0    0      0";
const EVERYWHERE /*        */ = "1    1    1   1    1    1     1    1      1";
const SELF /*              */ = "0    1    0   0    0    0     0    0      0";
const SUPERVISOR /*        */ = "0    0    1   1    0    0     0    0      0";
const SELF_OR_SUPERVISOR /**/ = "0    1    1   1    0    0     0    0      0";
const OWN_AGENCY /*        */ = "0    1    1   0    1    0     0    1      0";
const AGENCY_SELF_SUP /*   */ = "0    1    1   1    1    0     0    1      0";
const SUP_OR_HEAD /*       */ = "0    0    1   1    0    0     1    0      0";

const agencyAdmin = { PEGAWAI: NOBODY, ADMIN_OPD: OWN_AGENCY, ADMIN_BKD: EVERYWHERE };
const bkdOnly = { PEGAWAI: NOBODY, ADMIN_OPD: NOBODY, ADMIN_BKD: EVERYWHERE };
const ownOnly = { PEGAWAI: SELF, ADMIN_OPD: SELF, ADMIN_BKD: SELF };
const review = { PEGAWAI: SUPERVISOR, ADMIN_OPD: SUPERVISOR, ADMIN_BKD: SUP_OR_HEAD };
const viewPerson = { PEGAWAI: SELF_OR_SUPERVISOR, ADMIN_OPD: AGENCY_SELF_SUP, ADMIN_BKD: EVERYWHERE };

const EXPECTED: Record<Permission, Record<Role, string>> = {
  "employee.view": viewPerson,
  "employee.manage": agencyAdmin,
  "import.employees": agencyAdmin,
  "role.manage": bkdOnly,
  "account.activate": agencyAdmin,
  "account.deactivate": agencyAdmin,
  "account.resetPassword": agencyAdmin,
  "audit.view": bkdOnly,
  "period.lock": bkdOnly,
  "holiday.manage": bkdOnly,
  "policy.manage": bkdOnly,
  "run.compute": agencyAdmin,
  "run.finalise": bkdOnly,
  "sanction.import": bkdOnly,
  "attendance.import": agencyAdmin,
  "orgTarget.import": agencyAdmin,
  "skp.editOwn": ownOnly,
  "activity.editOwn": ownOnly,
  "realisation.editOwn": ownOnly,
  "skp.review": review,
  "activity.review": review,
  "realisation.review": review,
  "evidence.view": viewPerson,
  "report.viewOwn": ownOnly,
  "report.viewTeam": { PEGAWAI: SUPERVISOR, ADMIN_OPD: SUPERVISOR, ADMIN_BKD: SUPERVISOR },
  "report.viewAgency": agencyAdmin,
  "announcement.manage": agencyAdmin,
};

const cases = Object.entries(EXPECTED).flatMap(([permission, byRole]) =>
  Object.entries(byRole).flatMap(([role, row]) => {
    const bits = row.replace(/\s+/g, "");
    return COLUMNS.map((relation, i) => ({
      role: role as Role,
      permission: permission as Permission,
      relation,
      allowed: bits[i] === "1",
    }));
  }),
);

describe("can: the permission table (DESIGN.md §1)", () => {
  it("tests every permission the table defines, and no other", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
  });

  it.each(cases)("$role $permission on $relation → $allowed", ({ role, permission, relation, allowed }) => {
    expect(can(actorAs(role), permission, RELATIONS[relation])).toBe(allowed);
  });
});

describe("can: relations, not flags", () => {
  const pegawai = actorAs("PEGAWAI");

  it.each([
    ["a former supervisor (target now reports to someone else)", { employeeId: "emp-x", opdId: OPD_A, supervisorId: "emp-new-boss" }, false],
    ["the supervisor's supervisor (not direct)", { employeeId: "emp-grandchild", opdId: OPD_A, supervisorId: "emp-sub" }, false],
    ["a direct subordinate", { employeeId: "emp-x", opdId: OPD_A, supervisorId: ME }, true],
    ["a subordinate whose supervisor is unknown (undefined)", { employeeId: "emp-x", opdId: OPD_A }, false],
  ])("a Pegawai reviewing the SKP of %s → %s", (_label, target, expected) => {
    expect(can(pegawai, "skp.review", target)).toBe(expected);
  });

  it.each([
    ["PEGAWAI", { employeeId: ME, opdId: OPD_A, supervisorId: ME }],
    ["ADMIN_BKD", { employeeId: ME, opdId: OPD_A, supervisorId: ME }],
    ["ADMIN_BKD", { employeeId: ME, opdId: OPD_A, supervisorId: null }],
  ] as const)("%s never reviews their own work (target %j)", (role, target) => {
    for (const permission of ["skp.review", "activity.review", "realisation.review"] as const) {
      expect(can(actorAs(role), permission, target)).toBe(false);
    }
  });

  it.each([
    ["no supervisor (head of an OPD)", { employeeId: "emp-head", opdId: OPD_B, supervisorId: null }, true],
    ["supervisor not loaded (undefined)", { employeeId: "emp-head", opdId: OPD_B }, false],
    ["no employee named", { opdId: OPD_B, supervisorId: null }, false],
    ["an ordinary employee of another OPD", { employeeId: "emp-x", opdId: OPD_B, supervisorId: "emp-boss" }, false],
  ])("Admin BKD reviewing the SKP of %s → %s", (_label, target, expected) => {
    expect(can(actorAs("ADMIN_BKD"), "skp.review", target)).toBe(expected);
  });

  it("does not let Admin OPD review the head of their own agency", () => {
    const head = { employeeId: "emp-head-a", opdId: OPD_A, supervisorId: null };
    expect(can(actorAs("ADMIN_OPD"), "skp.review", head)).toBe(false);
  });
});

describe("can: fails closed", () => {
  it.each([
    ["an unknown permission", "employee.delete"],
    ["an inherited object key", "toString"],
    ["__proto__", "__proto__"],
    ["an empty permission", ""],
  ])("refuses %s", (_label, permission) => {
    expect(can(actorAs("ADMIN_BKD"), permission as Permission, RELATIONS.self)).toBe(false);
  });

  it("refuses an unknown role", () => {
    const actor = { ...actorAs("ADMIN_BKD"), role: "SUPERADMIN" as Role };
    expect(can(actor, "employee.view", RELATIONS.self)).toBe(false);
  });

  it.each([
    ["self, actor has no employee record", "PEGAWAI", { employeeId: null, opdId: OPD_A }, "skp.editOwn", { opdId: OPD_A }],
    ["self, both ids null", "PEGAWAI", { employeeId: null, opdId: OPD_A }, "skp.editOwn", { employeeId: null }],
    ["supervisor, both ids null", "PEGAWAI", { employeeId: null, opdId: OPD_A }, "activity.review", { employeeId: "e", supervisorId: null }],
    ["agency, both OPD ids null", "ADMIN_OPD", { employeeId: ME, opdId: null }, "account.activate", { employeeId: "e", opdId: null }],
    ["agency, target OPD not given", "ADMIN_OPD", { employeeId: ME, opdId: OPD_A }, "account.resetPassword", { employeeId: "e" }],
    ["agency, target OPD undefined", "ADMIN_OPD", { employeeId: ME, opdId: OPD_A }, "employee.manage", { opdId: undefined }],
  ] as const)("a missing id never matches: %s", (_label, role, ids, permission, target) => {
    expect(can({ userId: "u", role, ...ids }, permission, target)).toBe(false);
  });

  it.each(["employee.view", "skp.review", "account.activate", "report.viewTeam"] as const)(
    "refuses %s without a target for a Pegawai and an Admin OPD",
    (permission) => {
      expect(can(actorAs("PEGAWAI"), permission)).toBe(false);
      expect(can(actorAs("ADMIN_OPD"), permission)).toBe(false);
    },
  );

  it("lets Admin OPD act inside their own agency and nowhere else", () => {
    const adminOpd = actorAs("ADMIN_OPD");
    const inside = { employeeId: "emp-1", opdId: OPD_A, supervisorId: "emp-2" };
    const outside = { employeeId: "emp-1", opdId: OPD_B, supervisorId: "emp-2" };
    expect(can(adminOpd, "account.resetPassword", inside)).toBe(true);
    expect(can(adminOpd, "account.resetPassword", outside)).toBe(false);
    expect(can(adminOpd, "attendance.import", { opdId: OPD_A })).toBe(true);
    expect(can(adminOpd, "attendance.import", { opdId: OPD_B })).toBe(false);
    expect(can(adminOpd, "attendance.import")).toBe(false);
  });
});
