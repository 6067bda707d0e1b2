import { beforeEach, describe, expect, it } from "vitest";
import { setAdminOpdRole } from "@/lib/server/admin/roles/set-admin-opd-role";
import { actorOf, adminStateFingerprint } from "../support/admin";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";

beforeEach(resetDatabase);

async function setUp() {
  const agency = await createAgency();
  const bkdAgency = await createAgency();
  const bkd = await createPerson(bkdAgency, { role: "ADMIN_BKD" });
  const pegawai = await createPerson(agency);
  const adminOpd = await createPerson(agency, { role: "ADMIN_OPD" });
  return { agency, bkd, pegawai, adminOpd };
}

const roleOf = async (userId: number) => (await db.user.findUniqueOrThrow({ where: { id: userId } })).role;

describe("setAdminOpdRole", () => {
  it("Admin BKD grants and revokes Admin OPD, each audited", async () => {
    const s = await setUp();
    expect(await setAdminOpdRole(actorOf(s.bkd), { employeeId: s.pegawai.employee.id, grant: true })).toEqual({ changed: true });
    expect(await roleOf(s.pegawai.user.id)).toBe("ADMIN_OPD");
    expect(await setAdminOpdRole(actorOf(s.bkd), { employeeId: s.pegawai.employee.id, grant: false })).toEqual({ changed: true });
    expect(await roleOf(s.pegawai.user.id)).toBe("PEGAWAI");
    const audits = await db.auditLog.findMany({ where: { targetType: "User" }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.action, a.actorUserId, a.before, a.after])).toEqual([
      ["account.role.grant", s.bkd.user.id, { role: "PEGAWAI", employeeId: s.pegawai.employee.id, nip: s.pegawai.employee.nip }, { role: "ADMIN_OPD", employeeId: s.pegawai.employee.id, nip: s.pegawai.employee.nip }],
      ["account.role.revoke", s.bkd.user.id, { role: "ADMIN_OPD", employeeId: s.pegawai.employee.id, nip: s.pegawai.employee.nip }, { role: "PEGAWAI", employeeId: s.pegawai.employee.id, nip: s.pegawai.employee.nip }],
    ]);
  });

  it("granting a role the account already has changes nothing", async () => {
    const s = await setUp();
    const before = await adminStateFingerprint();
    expect(await setAdminOpdRole(actorOf(s.bkd), { employeeId: s.adminOpd.employee.id, grant: true })).toEqual({ changed: false });
    expect(await adminStateFingerprint()).toBe(before);
  });

  it("does not touch an Admin BKD account", async () => {
    const s = await setUp();
    const other = await createPerson(s.agency, { role: "ADMIN_BKD" });
    await expect(setAdminOpdRole(actorOf(s.bkd), { employeeId: other.employee.id, grant: false })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await roleOf(other.user.id)).toBe("ADMIN_BKD");
  });

  it.each([
    ["an Admin OPD (even in their own agency)", "adminOpd"],
    ["a Pegawai", "pegawai"],
  ] as const)("%s cannot grant or revoke", async (_label, who) => {
    const s = await setUp();
    const before = await adminStateFingerprint();
    await expect(setAdminOpdRole(actorOf(s[who]), { employeeId: s.pegawai.employee.id, grant: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setAdminOpdRole(actorOf(s[who]), { employeeId: s.adminOpd.employee.id, grant: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await adminStateFingerprint()).toBe(before);
  });
});
