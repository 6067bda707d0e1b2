import { beforeEach, describe, expect, it } from "vitest";
import { setSupervisor } from "@/lib/server/admin/employees/set-supervisor";
import { searchSupervisorCandidates } from "@/lib/server/admin/employees/search-supervisor-candidates";
import { actorOf, adminStateFingerprint, createPendingApprovals } from "../support/admin";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";

beforeEach(resetDatabase);

/** head ← kabid ← kasi ← staf, plus another kabid, in one agency with its Admin OPD. */
async function chain() {
  const agency = await createAgency();
  const admin = await createPerson(agency, { role: "ADMIN_OPD", employee: { name: "Admin OPD" } });
  const head = await createPerson(agency, { employee: { name: "Kepala Dinas" } });
  const kabid = await createPerson(agency, { supervisorId: head.employee.id, employee: { name: "Kepala Bidang" } });
  const kabid2 = await createPerson(agency, { supervisorId: head.employee.id, employee: { name: "Kepala Bidang Dua" } });
  const kasi = await createPerson(agency, { supervisorId: kabid.employee.id, employee: { name: "Kepala Seksi" } });
  const staf = await createPerson(agency, { supervisorId: kasi.employee.id, employee: { name: "Staf Pelaksana" } });
  return { agency, admin, actor: actorOf(admin), head, kabid, kabid2, kasi, staf };
}

const supervisorOf = async (employeeId: number) => (await db.employee.findUniqueOrThrow({ where: { id: employeeId } })).supervisorId;

describe("setSupervisor", () => {
  it("changes the supervisor and hands pending approvals over to the new one in the same change", async () => {
    const c = await chain();
    const pending = await createPendingApprovals({ employeeId: c.kasi.employee.id, approverId: c.kabid.employee.id });
    const result = await setSupervisor(c.actor, { employeeId: c.kasi.employee.id, supervisorId: c.kabid2.employee.id });
    expect(result).toEqual({ changed: true, handedOver: { skpVersions: 1, realisations: 1 } });
    expect(await supervisorOf(c.kasi.employee.id)).toBe(c.kabid2.employee.id);
    const version = await db.skpVersion.findUniqueOrThrow({ where: { id: pending.version.id } });
    expect(version.approverEmployeeId).toBe(c.kabid2.employee.id);
    const realisation = await db.ikiRealisation.findUniqueOrThrow({ where: { id: pending.realisation.id } });
    expect(realisation.reviewerEmployeeId).toBe(c.kabid2.employee.id);
    // A draft is nobody's to review yet: untouched.
    expect((await db.ikiRealisation.findUniqueOrThrow({ where: { id: pending.draft.id } })).reviewerEmployeeId).toBeNull();

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "employee.supervisor.change" } });
    expect(audit).toMatchObject({ targetType: "Employee", targetId: String(c.kasi.employee.id), actorUserId: c.admin.user.id });
    expect(audit.before).toEqual({ supervisorId: c.kabid.employee.id, supervisorNip: c.kabid.employee.nip });
    expect(audit.after).toEqual({ supervisorId: c.kabid2.employee.id, supervisorNip: c.kabid2.employee.nip, handedOver: { skpVersions: 1, realisations: 1 } });
  });

  it("removes the supervisor (head of agency): pending approvals go to Admin BKD (no approver)", async () => {
    const c = await chain();
    const pending = await createPendingApprovals({ employeeId: c.kabid.employee.id, approverId: c.head.employee.id });
    await setSupervisor(c.actor, { employeeId: c.kabid.employee.id, supervisorId: null });
    expect(await supervisorOf(c.kabid.employee.id)).toBeNull();
    expect((await db.skpVersion.findUniqueOrThrow({ where: { id: pending.version.id } })).approverEmployeeId).toBeNull();
    expect((await db.ikiRealisation.findUniqueOrThrow({ where: { id: pending.realisation.id } })).reviewerEmployeeId).toBeNull();
    expect(await db.auditLog.count({ where: { action: "employee.supervisor.change" } })).toBe(1);
  });

  it.each([
    ["the employee's direct subordinate", "kasi", "kabid"],
    ["a subordinate two levels down", "staf", "kabid"],
    ["the bottom of the chain, for the head", "staf", "head"],
  ] as const)("refuses %s as supervisor (a loop), nothing changed", async (_label, newSupervisor, employee) => {
    const c = await chain();
    const before = await adminStateFingerprint();
    const error = await setSupervisor(c.actor, { employeeId: c[employee].employee.id, supervisorId: c[newSupervisor].employee.id }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION" });
    expect((error as Error).message).toMatch(/rantai atasan berputar/);
    expect((error as Error).message).toContain("Kepala Bidang");
    expect(await adminStateFingerprint()).toBe(before);
  });

  it("refuses the employee as their own supervisor", async () => {
    const c = await chain();
    await expect(setSupervisor(c.actor, { employeeId: c.kasi.employee.id, supervisorId: c.kasi.employee.id })).rejects.toMatchObject({
      code: "VALIDATION",
      message: "Pegawai tidak dapat menjadi atasan dirinya sendiri.",
    });
    expect(await supervisorOf(c.kasi.employee.id)).toBe(c.kabid.employee.id);
  });

  it("refuses an employee who has left (endDate in the past) and an unknown id", async () => {
    const c = await chain();
    const retired = await createPerson(c.agency, { employee: { name: "Sudah Pensiun", endDate: new Date("2025-12-31") } });
    const now = new Date("2026-03-10T03:00:00Z");
    await expect(setSupervisor(c.actor, { employeeId: c.staf.employee.id, supervisorId: retired.employee.id }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setSupervisor(c.actor, { employeeId: c.staf.employee.id, supervisorId: 999_999 }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await supervisorOf(c.staf.employee.id)).toBe(c.kasi.employee.id);
  });

  it("does nothing (and audits nothing) when the supervisor is unchanged", async () => {
    const c = await chain();
    const before = await adminStateFingerprint();
    expect(await setSupervisor(c.actor, { employeeId: c.staf.employee.id, supervisorId: c.kasi.employee.id })).toMatchObject({ changed: false });
    expect(await adminStateFingerprint()).toBe(before);
  });

  it("an Admin OPD cannot pick a supervisor from another agency; Admin BKD can", async () => {
    const c = await chain();
    const other = await createAgency();
    const outsider = await createPerson(other, { employee: { name: "Kepala Lain" } });
    await expect(setSupervisor(c.actor, { employeeId: c.staf.employee.id, supervisorId: outsider.employee.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await supervisorOf(c.staf.employee.id)).toBe(c.kasi.employee.id);
    const bkd = await createPerson(other, { role: "ADMIN_BKD" });
    await setSupervisor(actorOf(bkd), { employeeId: c.staf.employee.id, supervisorId: outsider.employee.id });
    expect(await supervisorOf(c.staf.employee.id)).toBe(outsider.employee.id);
  });

  it("refuses a loop that crosses agencies (Admin BKD)", async () => {
    const c = await chain();
    const other = await createAgency();
    const bkd = await createPerson(other, { role: "ADMIN_BKD" });
    const outsider = await createPerson(other, { supervisorId: c.staf.employee.id, employee: { name: "Di Bawah Staf" } });
    await expect(setSupervisor(actorOf(bkd), { employeeId: c.head.employee.id, supervisorId: outsider.employee.id })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await supervisorOf(c.head.employee.id)).toBeNull();
  });

  it("two concurrent changes cannot together close a loop", async () => {
    const c = await chain();
    // kabid under kabid2 and kabid2 under kabid, at the same time: one must fail.
    const results = await Promise.allSettled([
      setSupervisor(c.actor, { employeeId: c.kabid.employee.id, supervisorId: c.kabid2.employee.id }),
      setSupervisor(c.actor, { employeeId: c.kabid2.employee.id, supervisorId: c.kabid.employee.id }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const kabid = await supervisorOf(c.kabid.employee.id);
    const kabid2 = await supervisorOf(c.kabid2.employee.id);
    expect(kabid === c.kabid2.employee.id && kabid2 === c.kabid.employee.id).toBe(false);
  });
});

describe("searchSupervisorCandidates", () => {
  it("finds current employees of the agency by name or NIP prefix, never the employee themself", async () => {
    const c = await chain();
    const other = await createAgency();
    await createPerson(other, { employee: { name: "Kepala Dinas Lain" } });
    const names = (await searchSupervisorCandidates(c.actor, { employeeId: c.kabid.employee.id, q: "kepala" })).map((r) => r.displayName);
    expect(names).toEqual(["Kepala Bidang Dua", "Kepala Dinas", "Kepala Seksi"]);
    const byNip = await searchSupervisorCandidates(c.actor, { employeeId: c.staf.employee.id, q: c.head.employee.nip });
    expect(byNip.map((r) => r.id)).toEqual([c.head.employee.id]);
    expect(await searchSupervisorCandidates(c.actor, { employeeId: c.staf.employee.id, q: "k" })).toEqual([]);
  });

  it("takes % and _ in the search as the characters themselves, not as LIKE wildcards", async () => {
    const c = await chain();
    const search = async (q: string) => (await searchSupervisorCandidates(c.actor, { employeeId: c.staf.employee.id, q })).map((r) => r.displayName);
    expect(await search("%%")).toEqual([]);
    expect(await search("__")).toEqual([]);
    expect(await search("Kepala%Dinas")).toEqual([]);
    expect(await search("Kepala_Dinas")).toEqual([]);
    expect(await search("Kepala Dinas")).toEqual(["Kepala Dinas"]);
  });
});
