import { beforeEach, describe, expect, it } from "vitest";
import { createUnit } from "@/lib/server/admin/units/create-unit";
import { renameUnit } from "@/lib/server/admin/units/rename-unit";
import { moveUnit } from "@/lib/server/admin/units/move-unit";
import { deactivateUnit } from "@/lib/server/admin/units/deactivate-unit";
import { listUnitTree } from "@/lib/server/admin/units/list-units";
import { createPosition } from "@/lib/server/admin/positions/create-position";
import { updatePosition } from "@/lib/server/admin/positions/update-position";
import { deactivatePosition } from "@/lib/server/admin/positions/deactivate-position";
import { listPositions } from "@/lib/server/admin/positions/list-positions";
import { actorOf, adminStateFingerprint } from "../support/admin";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";

beforeEach(resetDatabase);

async function setUp() {
  const agency = await createAgency();
  const admin = await createPerson(agency, { role: "ADMIN_OPD" });
  return { agency, admin, actor: actorOf(admin), root: agency.unit };
}

describe("units", () => {
  it("creates a unit under a parent, audited, and shows it in the tree with its depth", async () => {
    const { actor, root, admin } = await setUp();
    const bidang = await createUnit(actor, { parentId: root.id, name: "  Bidang   Statistik ", code: "05" });
    const seksi = await createUnit(actor, { parentId: bidang.id, name: "Seksi Statistik Sektoral", code: "05.01" });
    const tree = await listUnitTree(actor, {});
    expect(tree.map((u) => [u.name, u.depth])).toEqual([
      [root.name, 0],
      ["Bidang Statistik", 1],
      ["Seksi Statistik Sektoral", 2],
    ]);
    expect(tree[0]).toMatchObject({ employees: 1, activeChildren: 1 });
    const audits = await db.auditLog.findMany({ where: { action: "unit.create" }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.targetId, a.actorUserId])).toEqual([
      [String(bidang.id), admin.user.id],
      [String(seksi.id), admin.user.id],
    ]);
    expect(audits[0]!.after).toMatchObject({ name: "Bidang Statistik", code: "05", parentId: root.id, active: true });
  });

  it("needs a parent once the agency has a unit, and refuses a duplicate code", async () => {
    const { actor, root } = await setUp();
    await expect(createUnit(actor, { parentId: null, name: "Unit Lepas" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { parentId: [expect.stringMatching(/Pilih unit induk/)] } });
    await createUnit(actor, { parentId: root.id, name: "Bidang Satu", code: "01" });
    await expect(createUnit(actor, { parentId: root.id, name: "Bidang Dua", code: "01" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createUnit(actor, { parentId: root.id, name: "AB" })).rejects.toMatchObject({ fieldErrors: { name: ["Nama unit kerja harus 3 sampai 150 karakter."] } });
    expect(await db.unit.count()).toBe(2);
  });

  it("creates the root of an agency that has no unit yet", async () => {
    const { actor } = await setUp();
    const empty = await db.opd.create({ data: { code: "9.77", name: "Dinas Baru", shortName: "Baru", kind: "DINAS" } });
    const bkd = await createPerson(await createAgency(), { role: "ADMIN_BKD" });
    const root = await createUnit(actorOf(bkd), { opdId: empty.id, parentId: null, name: "Dinas Baru" });
    expect((await db.unit.findUniqueOrThrow({ where: { id: root.id } })).parentId).toBeNull();
    expect(actor.role).toBe("ADMIN_OPD");
  });

  it("renames, audited with before and after", async () => {
    const { actor, root } = await setUp();
    const unit = await createUnit(actor, { parentId: root.id, name: "Bidang Lama", code: "07" });
    expect(await renameUnit(actor, { unitId: unit.id, name: "Bidang Baru", code: "07" })).toEqual({ changed: true });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "unit.rename" } });
    expect([audit.before, audit.after]).toEqual([{ name: "Bidang Lama", code: "07" }, { name: "Bidang Baru", code: "07" }]);
    expect(await renameUnit(actor, { unitId: unit.id, name: "Bidang Baru", code: "07" })).toEqual({ changed: false });
    expect(await db.auditLog.count({ where: { action: "unit.rename" } })).toBe(1);
  });

  it("moves a unit with its sub-units under another parent, and refuses a move under itself or its own sub-unit", async () => {
    const { actor, root } = await setUp();
    const a = await createUnit(actor, { parentId: root.id, name: "Bidang A" });
    const b = await createUnit(actor, { parentId: root.id, name: "Bidang B" });
    const a1 = await createUnit(actor, { parentId: a.id, name: "Seksi A1" });
    await moveUnit(actor, { unitId: a.id, parentId: b.id });
    expect((await db.unit.findUniqueOrThrow({ where: { id: a.id } })).parentId).toBe(b.id);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "unit.move" } });
    expect([audit.before, audit.after]).toEqual([{ parentId: root.id }, { parentId: b.id }]);

    const before = await adminStateFingerprint();
    await expect(moveUnit(actor, { unitId: a.id, parentId: a.id })).rejects.toMatchObject({ code: "VALIDATION", message: "Unit kerja tidak dapat menjadi induk dirinya sendiri." });
    await expect(moveUnit(actor, { unitId: b.id, parentId: a1.id })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/berada di bawah unit ini/) });
    await expect(moveUnit(actor, { unitId: root.id, parentId: a1.id })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await adminStateFingerprint()).toBe(before);
  });

  it("deactivates only an empty unit: no active sub-unit, no current employee", async () => {
    const { actor, root, agency } = await setUp();
    const bidang = await createUnit(actor, { parentId: root.id, name: "Bidang Isi" });
    const seksi = await createUnit(actor, { parentId: bidang.id, name: "Seksi Isi" });
    const person = await createPerson(agency, { employee: { unitId: seksi.id } });
    await expect(deactivateUnit(actor, { unitId: bidang.id })).rejects.toMatchObject({ code: "INVALID_STATE", message: expect.stringMatching(/1 sub-unit aktif/) });
    await expect(deactivateUnit(actor, { unitId: seksi.id })).rejects.toMatchObject({ code: "INVALID_STATE", message: expect.stringMatching(/1 pegawai/) });
    // Someone who has left no longer keeps the unit in use.
    await db.employee.update({ where: { id: person.employee.id }, data: { endDate: new Date("2025-12-31") } });
    const now = new Date("2026-03-10T03:00:00Z");
    await deactivateUnit(actor, { unitId: seksi.id }, now);
    await deactivateUnit(actor, { unitId: bidang.id }, now);
    expect((await db.unit.findMany({ where: { active: false }, orderBy: { id: "asc" } })).map((u) => u.id)).toEqual([bidang.id, seksi.id]);
    expect(await db.auditLog.count({ where: { action: "unit.deactivate" } })).toBe(2);
    await expect(deactivateUnit(actor, { unitId: seksi.id }, now)).rejects.toMatchObject({ code: "INVALID_STATE" });
    // A deactivated unit can no longer receive sub-units.
    await expect(createUnit(actor, { parentId: seksi.id, name: "Seksi Baru" })).rejects.toMatchObject({ fieldErrors: { parentId: ["Unit induk sudah tidak aktif."] } });
  });
});

describe("positions", () => {
  it("creates a position with kelas 1–17, audited", async () => {
    const { actor, agency } = await setUp();
    const { id } = await createPosition(actor, { name: "Statistisi Ahli Muda", kelasJabatan: "9", kind: "fungsional" });
    expect(await db.position.findUniqueOrThrow({ where: { id } })).toMatchObject({ opdId: agency.opd.id, kelasJabatan: 9, kind: "FUNGSIONAL", active: true });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "position.create" } });
    expect(audit.after).toMatchObject({ name: "Statistisi Ahli Muda", kelasJabatan: 9 });
  });

  it.each([
    ["kelas 0", { kelasJabatan: "0" }, "kelasJabatan", "Kelas jabatan harus bilangan bulat 1 sampai 17."],
    ["kelas 18", { kelasJabatan: "18" }, "kelasJabatan", "Kelas jabatan harus bilangan bulat 1 sampai 17."],
    ["kelas 8.5", { kelasJabatan: "8.5" }, "kelasJabatan", "Kelas jabatan harus bilangan bulat 1 sampai 17."],
    ["an unknown kind", { kind: "HONORER" }, "kind", "Jenis jabatan harus Struktural, Fungsional atau Pelaksana."],
    ["an empty name", { name: " " }, "name", "Nama jabatan wajib diisi."],
  ])("refuses %s with a clear message and writes nothing", async (_label, change, field, message) => {
    const { actor } = await setUp();
    const before = await adminStateFingerprint();
    await expect(createPosition(actor, { name: "Analis Data", kelasJabatan: "8", kind: "FUNGSIONAL", ...change })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { [field]: [message] },
    });
    expect(await adminStateFingerprint()).toBe(before);
  });

  it("refuses a name the agency already has (any case)", async () => {
    const { actor, agency } = await setUp();
    await expect(createPosition(actor, { name: agency.position.name.toUpperCase(), kelasJabatan: 8, kind: "FUNGSIONAL" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("edits name, kelas and kind, auditing what changed; an invalid kelas changes nothing", async () => {
    const { actor, agency } = await setUp();
    await updatePosition(actor, { positionId: agency.position.id, name: agency.position.name, kelasJabatan: 9, kind: "FUNGSIONAL" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "position.update" } });
    expect([audit.before, audit.after]).toEqual([{ kelasJabatan: 8 }, { kelasJabatan: 9 }]);
    const before = await adminStateFingerprint();
    await expect(updatePosition(actor, { positionId: agency.position.id, name: agency.position.name, kelasJabatan: 20, kind: "FUNGSIONAL" })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await adminStateFingerprint()).toBe(before);
  });

  it("deactivates only a position nobody holds", async () => {
    const { actor, agency } = await setUp();
    await expect(deactivatePosition(actor, { positionId: agency.position.id })).rejects.toMatchObject({ code: "INVALID_STATE", message: expect.stringMatching(/dipegang 1 pegawai/) });
    const spare = await createPosition(actor, { name: "Jabatan Cadangan", kelasJabatan: 5, kind: "PELAKSANA" });
    await deactivatePosition(actor, { positionId: spare.id });
    expect((await db.position.findUniqueOrThrow({ where: { id: spare.id } })).active).toBe(false);
    expect(await db.auditLog.count({ where: { action: "position.deactivate", targetId: String(spare.id) } })).toBe(1);
    const list = await listPositions(actor, {});
    expect(list.map((p) => [p.name, p.active, p.employees])).toEqual([
      [agency.position.name, true, 1],
      ["Jabatan Cadangan", false, 0],
    ]);
  });
});
