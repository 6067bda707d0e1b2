/**
 * Every admin service, three ways: an Admin OPD of agency A aiming at agency B (crafted ids) is
 * refused and nothing changes; a Pegawai is refused outright; Admin BKD may act on agency B.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { ServiceActor } from "@/lib/server/authz";
import { listEmployees } from "@/lib/server/admin/employees/list-employees";
import { getEmployeeForAdmin } from "@/lib/server/admin/employees/get-employee";
import { searchSupervisorCandidates } from "@/lib/server/admin/employees/search-supervisor-candidates";
import { createEmployee, type CreateEmployeeInput } from "@/lib/server/admin/employees/create-employee";
import { updateEmployee } from "@/lib/server/admin/employees/update-employee";
import { setSupervisor } from "@/lib/server/admin/employees/set-supervisor";
import { listUnitTree } from "@/lib/server/admin/units/list-units";
import { createUnit } from "@/lib/server/admin/units/create-unit";
import { renameUnit } from "@/lib/server/admin/units/rename-unit";
import { moveUnit } from "@/lib/server/admin/units/move-unit";
import { deactivateUnit } from "@/lib/server/admin/units/deactivate-unit";
import { listPositions } from "@/lib/server/admin/positions/list-positions";
import { createPosition } from "@/lib/server/admin/positions/create-position";
import { updatePosition } from "@/lib/server/admin/positions/update-position";
import { deactivatePosition } from "@/lib/server/admin/positions/deactivate-position";
import { setAdminOpdRole } from "@/lib/server/admin/roles/set-admin-opd-role";
import { agencyOptions, positionOptions, unitOptions } from "@/lib/server/admin/org-options";
import { testNip } from "@/prisma/factories";
import { actorOf, adminStateFingerprint } from "../support/admin";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";

beforeEach(resetDatabase);

async function world() {
  const a = await createAgency({ name: "Dinas A" });
  const b = await createAgency({ name: "Dinas B" });
  const bkd = await createAgency({ name: "Badan Kepegawaian Daerah" });
  const adminA = await createPerson(a, { role: "ADMIN_OPD" });
  const pegawaiA = await createPerson(a, { supervisorId: adminA.employee.id });
  const headB = await createPerson(b, { employee: { name: "Kepala Dinas B" } });
  const staffB = await createPerson(b, { supervisorId: headB.employee.id, employee: { name: "Staf Dinas B" } });
  const emptyUnitB = await db.unit.create({ data: { opdId: b.opd.id, parentId: b.unit.id, name: "Seksi Kosong B" } });
  const siblingUnitB = await db.unit.create({ data: { opdId: b.opd.id, parentId: b.unit.id, name: "Seksi Tetangga B" } });
  const unusedPositionB = await db.position.create({ data: { opdId: b.opd.id, name: "Jabatan Kosong B", kelasJabatan: 7, kind: "PELAKSANA" } });
  const adminBkd = await createPerson(bkd, { role: "ADMIN_BKD" });
  return { a, b, adminA, pegawaiA, headB, staffB, emptyUnitB, siblingUnitB, unusedPositionB, adminBkd };
}

type World = Awaited<ReturnType<typeof world>>;

const newEmployeeIn = (w: World, agency: "a" | "b", seq: number): CreateEmployeeInput => ({
  nip: testNip(90_000 + seq),
  name: "Pegawai Baru",
  status: "PNS",
  golongan: "III/a",
  startDate: "2010-03-01",
  positionStartDate: "2024-01-02",
  opdId: agency === "b" ? w.b.opd.id : undefined,
  unitId: w[agency].unit.id,
  positionId: w[agency].position.id,
});

/** Each admin operation aimed at agency B. */
const OPERATIONS: [string, (actor: ServiceActor, w: World) => Promise<unknown>][] = [
  ["listEmployees (agency filter B)", (actor, w) => listEmployees(actor, { opdId: w.b.opd.id })],
  ["getEmployeeForAdmin", (actor, w) => getEmployeeForAdmin(actor, w.staffB.employee.id)],
  ["searchSupervisorCandidates", (actor, w) => searchSupervisorCandidates(actor, { employeeId: w.staffB.employee.id, q: "Dinas B" })],
  ["agency/unit/position options of B", (actor, w) => Promise.all([agencyOptions(actor), unitOptions(actor, w.b.opd.id), positionOptions(actor, w.b.opd.id)])],
  ["createEmployee in agency B", (actor, w) => createEmployee(actor, newEmployeeIn(w, "b", 1))],
  ["createEmployee with B's unit and position", (actor, w) => createEmployee(actor, { ...newEmployeeIn(w, "b", 2), opdId: undefined })],
  [
    "updateEmployee of B's employee",
    (actor, w) =>
      updateEmployee(actor, {
        employeeId: w.staffB.employee.id,
        nip: w.staffB.employee.nip,
        name: "Diubah Lintas OPD",
        status: "PNS",
        golongan: "III/b",
        startDate: "2010-03-01",
        positionStartDate: "2024-01-01",
        unitId: w.b.unit.id,
        positionId: w.b.position.id,
      }),
  ],
  ["setSupervisor of B's employee", (actor, w) => setSupervisor(actor, { employeeId: w.staffB.employee.id, supervisorId: null })],
  ["setSupervisor: B's employee as supervisor", (actor, w) => setSupervisor(actor, { employeeId: w.staffB.employee.id, supervisorId: w.pegawaiA.employee.id })],
  ["listUnitTree of B", (actor, w) => listUnitTree(actor, { opdId: w.b.opd.id })],
  ["createUnit in B", (actor, w) => createUnit(actor, { opdId: w.b.opd.id, parentId: w.b.unit.id, name: "Seksi Baru" })],
  ["renameUnit of B", (actor, w) => renameUnit(actor, { unitId: w.emptyUnitB.id, name: "Seksi Berganti Nama" })],
  ["moveUnit of B", (actor, w) => moveUnit(actor, { unitId: w.emptyUnitB.id, parentId: w.siblingUnitB.id })],
  ["deactivateUnit of B", (actor, w) => deactivateUnit(actor, { unitId: w.emptyUnitB.id })],
  ["listPositions of B", (actor, w) => listPositions(actor, { opdId: w.b.opd.id })],
  ["createPosition in B", (actor, w) => createPosition(actor, { opdId: w.b.opd.id, name: "Analis Baru", kelasJabatan: 8, kind: "FUNGSIONAL" })],
  ["updatePosition of B", (actor, w) => updatePosition(actor, { positionId: w.unusedPositionB.id, name: "Jabatan Kosong B", kelasJabatan: 9, kind: "PELAKSANA" })],
  ["deactivatePosition of B", (actor, w) => deactivatePosition(actor, { positionId: w.unusedPositionB.id })],
  ["setAdminOpdRole on B's employee", (actor, w) => setAdminOpdRole(actor, { employeeId: w.staffB.employee.id, grant: true })],
];

/** A refusal: an AppError NOT_FOUND / FORBIDDEN, or a read that returns nothing of agency B. */
async function expectRefused(run: () => Promise<unknown>, w: World) {
  let result: unknown;
  try {
    result = await run();
  } catch (error) {
    expect(error).toMatchObject({ name: "AppError" });
    expect(["NOT_FOUND", "FORBIDDEN"]).toContain((error as { code: string }).code);
    return;
  }
  // Reads do not throw for another agency's ids: they must simply find nothing of B.
  const text = JSON.stringify(result);
  expect(text).not.toContain(w.staffB.employee.nip);
  expect(text).not.toContain(w.headB.employee.nip);
  expect(text).not.toContain("Dinas B");
  expect(text).not.toContain("Seksi Kosong B");
  expect(text).not.toContain("Jabatan Kosong B");
  expect(text).not.toContain("Seksi Tetangga B");
}

describe("Admin OPD of agency A on agency B", () => {
  it.each(OPERATIONS)("%s is refused and nothing changes", async (_label, operation) => {
    const w = await world();
    const before = await adminStateFingerprint();
    await expectRefused(() => operation(actorOf(w.adminA), w), w);
    expect(await adminStateFingerprint()).toBe(before);
  });
});

describe("a Pegawai", () => {
  it.each(OPERATIONS)("%s is refused (FORBIDDEN) and nothing changes", async (_label, operation) => {
    const w = await world();
    const before = await adminStateFingerprint();
    await expect(operation(actorOf(w.pegawaiA), w)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await adminStateFingerprint()).toBe(before);
  });

  it("cannot even act on their own agency", async () => {
    const w = await world();
    await expect(listEmployees(actorOf(w.pegawaiA), {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createEmployee(actorOf(w.pegawaiA), newEmployeeIn(w, "a", 3))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("Admin BKD", () => {
  it.each(OPERATIONS.filter(([label]) => label !== "setSupervisor: B's employee as supervisor"))("%s succeeds on agency B", async (_label, operation) => {
    const w = await world();
    const before = await db.auditLog.count();
    await operation(actorOf(w.adminBkd), w);
    // Reads leave no trace; every change leaves exactly one audit row.
    expect(await db.auditLog.count()).toBeLessThanOrEqual(before + 1);
  });

  it("sees agency B's people and can make an employee of another agency the supervisor", async () => {
    const w = await world();
    const list = await listEmployees(actorOf(w.adminBkd), { opdId: w.b.opd.id });
    expect(list.rows.map((r) => r.nip).sort()).toEqual([w.headB.employee.nip, w.staffB.employee.nip].sort());
    await setSupervisor(actorOf(w.adminBkd), { employeeId: w.staffB.employee.id, supervisorId: w.pegawaiA.employee.id });
    expect((await db.employee.findUniqueOrThrow({ where: { id: w.staffB.employee.id } })).supervisorId).toBe(w.pegawaiA.employee.id);
  });
});

describe("Admin OPD within their own agency", () => {
  it("may use every operation on agency A (the refusals above are about scope, not the operation)", async () => {
    const w = await world();
    const admin = actorOf(w.adminA);
    const { id } = await createEmployee(admin, newEmployeeIn(w, "a", 4));
    await setSupervisor(admin, { employeeId: id, supervisorId: w.adminA.employee.id });
    const unit = await createUnit(admin, { parentId: w.a.unit.id, name: "Seksi Baru A" });
    await renameUnit(admin, { unitId: unit.id, name: "Seksi Baru A Diubah" });
    const position = await createPosition(admin, { name: "Jabatan Baru A", kelasJabatan: "8", kind: "FUNGSIONAL" });
    await updatePosition(admin, { positionId: position.id, name: "Jabatan Baru A", kelasJabatan: "9", kind: "FUNGSIONAL" });
    await deactivatePosition(admin, { positionId: position.id });
    await deactivateUnit(admin, { unitId: unit.id });
    const actions = (await db.auditLog.findMany({ orderBy: { id: "asc" }, select: { action: true } })).map((r) => r.action);
    expect(actions).toEqual([
      "employee.create",
      "employee.supervisor.change",
      "unit.create",
      "unit.rename",
      "position.create",
      "position.update",
      "position.deactivate",
      "unit.deactivate",
    ]);
  });

  it("cannot grant roles, not even in their own agency", async () => {
    const w = await world();
    const before = await adminStateFingerprint();
    await expect(setAdminOpdRole(actorOf(w.adminA), { employeeId: w.pegawaiA.employee.id, grant: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await adminStateFingerprint()).toBe(before);
  });
});
