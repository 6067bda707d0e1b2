import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { ServiceActor } from "@/lib/server/authz";
import { CLI_SYSTEM_ACTOR } from "@/lib/server/imports/import-actor";
import { importOrgTargets } from "@/lib/server/imports/org-targets";
import { listOrgTargets, listOrgTargetsForAdmin } from "@/lib/server/org-targets/queries";
import { createPerson, db, resetDatabase } from "../support/db";
import { createListedAgencies, listedAgency } from "../support/listed-agencies";

const SAMPLE = readFileSync(path.resolve("prisma/data/sasaran-opd-2026-sample.csv"));
const INVALID = readFileSync(path.resolve("tests/fixtures/sasaran-opd-invalid.csv"));
const SAMPLE_ROWS = 22;
const HEADER = "kode_opd,tahun,sasaran_strategis,indikator,target,satuan";

beforeEach(async () => {
  await resetDatabase();
  await createListedAgencies();
});

async function actorFor(role: "PEGAWAI" | "ADMIN_OPD" | "ADMIN_BKD", opdCode = "3.04"): Promise<ServiceActor> {
  const { employee, user } = await createPerson(await listedAgency(opdCode), { role });
  return { userId: user.id, employeeId: employee.id, nip: employee.nip, role, opdId: employee.opdId, ip: "10.4.5.6" };
}

const bytes = (text: string) => new TextEncoder().encode(text);
const opdId = async (code: string) => (await db.opd.findUniqueOrThrow({ where: { code } })).id;

/** The sample with the cell `column` of the line whose indikator is `indikator` replaced. */
function sampleWith(indikator: string, column: number, value: string): Uint8Array {
  const lines = SAMPLE.toString("utf8").trimEnd().split("\n");
  let hits = 0;
  const changed = lines.map((line) => {
    const cells = line.split(",");
    if (cells[3] !== indikator) return line;
    hits += 1;
    cells[column] = value;
    return cells.join(",");
  });
  expect(hits).toBe(1);
  return bytes(changed.join("\n") + "\n");
}

describe("organisation target import (e-SAKIP)", () => {
  it("imports the sample, then the same file again creates and changes nothing", async () => {
    const admin = await actorFor("ADMIN_BKD");
    const first = await importOrgTargets({ actor: admin, fileName: "sasaran.csv", content: SAMPLE });
    expect(first).toMatchObject({ created: SAMPLE_ROWS, updated: 0, unchanged: 0, errors: [], written: true, invalidRowCount: 0 });
    expect(first.scopes.map((s) => [s.opdCode, s.year, s.rows])).toEqual([
      ["2.01", 2026, 4], ["2.02", 2026, 5], ["2.11", 2026, 4], ["2.14", 2026, 4], ["3.01", 2026, 5],
    ]);
    expect(await db.orgTarget.count()).toBe(SAMPLE_ROWS);
    const batch = await db.importBatch.findUniqueOrThrow({ where: { id: first.batchId! } });
    expect(batch).toMatchObject({ kind: "ORG_TARGETS", createdCount: SAMPLE_ROWS, updatedCount: 0, actorUserId: admin.userId, errorCount: 0, validRowsOnly: false });
    expect(await db.orgTarget.count({ where: { importBatchId: batch.id } })).toBe(SAMPLE_ROWS);

    const before = await db.orgTarget.aggregate({ _max: { updatedAt: true }, _count: true });
    const second = await importOrgTargets({ actor: admin, fileName: "sasaran.csv", content: SAMPLE });
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: SAMPLE_ROWS, errors: [], written: true });
    expect(await db.orgTarget.aggregate({ _max: { updatedAt: true }, _count: true })).toEqual(before);
    expect(await db.auditLog.count({ where: { action: { startsWith: "orgTarget.import" } } })).toBe(SAMPLE_ROWS);
    expect(await db.auditLog.count({ where: { action: "import.orgTargets" } })).toBe(2);
  });

  it("reads the sample as written by Excel (';', byte-order mark, CRLF, Indonesian decimal commas) as unchanged", async () => {
    await importOrgTargets({ actor: CLI_SYSTEM_ACTOR, fileName: "sasaran.csv", content: SAMPLE });
    const excel = SAMPLE.toString("utf8")
      .trimEnd()
      .split("\n")
      .map((line) => line.split(",").map((cell, i) => (i === 4 ? cell.replace(".", ",") : cell)).join(";"))
      .join("\r\n");
    expect(excel).toContain(";4,2;");
    const result = await importOrgTargets({ actor: CLI_SYSTEM_ACTOR, fileName: "sasaran-excel.csv", content: bytes(`\uFEFF${excel}\r\n`) });
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: SAMPLE_ROWS, errors: [] });
  });

  it("updates a changed target and unit, audits before and after, and never deletes a target missing from the file", async () => {
    const admin = await actorFor("ADMIN_BKD");
    await importOrgTargets({ actor: admin, fileName: "sasaran.csv", content: SAMPLE });
    const spbe = await db.orgTarget.findFirstOrThrow({ where: { indikator: "Indeks SPBE Pemerintah Daerah Provinsi Jawa Barat" } });

    const changed = await importOrgTargets({ actor: admin, fileName: "sasaran-2.csv", content: sampleWith(spbe.indikator, 4, '"4,35"') });
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: SAMPLE_ROWS - 1 });
    const after = await db.orgTarget.findUniqueOrThrow({ where: { id: spbe.id } });
    expect(after.target.toFixed(4)).toBe("4.3500");
    expect(after.importBatchId).toBe(changed.batchId);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "orgTarget.import.update", targetId: String(spbe.id) } });
    expect(audit).toMatchObject({ targetType: "OrgTarget", actorUserId: admin.userId, actorNip: admin.nip, ip: "10.4.5.6" });
    expect(audit.before).toEqual({ target: "4.2" });
    expect(audit.after).toEqual({ target: "4.35" });

    const unit = await importOrgTargets({ actor: admin, fileName: "sasaran-3.csv", content: sampleWith(spbe.indikator, 5, "nilai") });
    // The same row: its target goes back to 4.2 and its unit changes; one change, both fields audited.
    expect(unit).toMatchObject({ updated: 1, unchanged: SAMPLE_ROWS - 1 });
    expect((await db.orgTarget.findUniqueOrThrow({ where: { id: spbe.id } })).unit).toBe("nilai");
    const unitAudit = await db.auditLog.findFirstOrThrow({ where: { action: "orgTarget.import.update", targetId: String(spbe.id) }, orderBy: { id: "desc" } });
    expect(unitAudit.before).toEqual({ target: "4.35", satuan: "indeks" });
    expect(unitAudit.after).toEqual({ target: "4.2", satuan: "nilai" });

    const only = await importOrgTargets({ actor: admin, fileName: "satu.csv", content: bytes(`${HEADER}\n2.14,2026,Sasaran baru,Indikator baru,1,dokumen\n`) });
    expect(only).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    expect(await db.orgTarget.count()).toBe(SAMPLE_ROWS + 1);
  });

  it("renames a stored target whose wording differs only in case, instead of adding a near-duplicate", async () => {
    await importOrgTargets({ actor: CLI_SYSTEM_ACTOR, fileName: "sasaran.csv", content: SAMPLE });
    const result = await importOrgTargets({
      actor: CLI_SYSTEM_ACTOR,
      fileName: "ejaan.csv",
      content: sampleWith("Indeks Kualitas Air", 3, "Indeks Kualitas AIR"),
    });
    expect(result).toMatchObject({ created: 0, updated: 1 });
    expect(await db.orgTarget.count({ where: { indikator: { in: ["Indeks Kualitas Air", "Indeks Kualitas AIR"] } } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "orgTarget.import.update" } });
    expect(audit.after).toEqual({ indikator: "Indeks Kualitas AIR" });
  });

  it("imports nothing from a file with bad rows and reports every bad line with its column", async () => {
    const admin = await actorFor("ADMIN_BKD");
    const result = await importOrgTargets({ actor: admin, fileName: "salah.csv", content: INVALID });
    expect(result).toMatchObject({ written: false, created: 0, updated: 0, unchanged: 0, batchId: null });
    const expected: [number, string | undefined, RegExp][] = [
      [4, "kode_opd", /"9\.99" tidak terdaftar/],
      [5, "tahun", /2000 sampai 2100/],
      [6, "sasaran_strategis", /wajib diisi/],
      [7, "target", /harus berupa angka/],
      [8, "target", /negatif/],
      [9, "target", /4 angka di belakang koma/],
      [10, "satuan", /wajib diisi/],
      [11, "indikator", /juga ada di baris 12/],
      [12, "indikator", /juga ada di baris 11/],
      [14, "target", /meragukan/],
      [15, undefined, /5 kolom, sedangkan baris judul 7 kolom/],
    ];
    for (const [line, column, message] of expected) {
      const hit = result.errors.find((e) => e.line === line && e.column === column);
      expect(hit, `line ${line} ${column}`).toBeDefined();
      expect(hit!.message).toMatch(message);
      if (column) expect(hit!.message).toContain(`Kolom ${column}`);
    }
    expect(result.errors.map((e) => e.line)).toEqual(expected.map(([line]) => line));
    expect(result.invalidRowCount).toBe(11);
    expect(await db.orgTarget.count()).toBe(0);
    expect(await db.importBatch.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("with 'valid rows only' writes just the valid rows and still reports the bad ones", async () => {
    const admin = await actorFor("ADMIN_BKD");
    const result = await importOrgTargets({ actor: admin, fileName: "salah.csv", content: INVALID, validRowsOnly: true });
    expect(result).toMatchObject({ created: 3, updated: 0, written: true, invalidRowCount: 11 });
    expect(result.errors).toHaveLength(11);
    const stored = await listOrgTargets(db, { opdId: await opdId("2.17"), year: 2026 });
    expect(stored.map((t) => [t.indikator, t.target, t.unit])).toEqual([
      ["Jumlah lapangan olahraga desa yang direvitalisasi", "150", "unit"],
      ["Jumlah medali emas PON", "12.5", "medali"],
      ["Peringkat Jawa Barat pada PON", "1", "peringkat"],
    ]);
    const batch = await db.importBatch.findFirstOrThrow();
    expect(batch).toMatchObject({ kind: "ORG_TARGETS", validRowsOnly: true, createdCount: 3, errorCount: 11 });
    const summary = await db.auditLog.findFirstOrThrow({ where: { action: "import.orgTargets" } });
    expect(summary.after).toMatchObject({ berkas: "salah.csv", dibuat: 3, barisBermasalah: 11, barisValidSaja: true, sumber: "unggah" });
    expect(await db.auditLog.count({ where: { action: "orgTarget.import.create" } })).toBe(3);
  });

  it("writes nothing when 'valid rows only' finds no valid row", async () => {
    const admin = await actorFor("ADMIN_BKD");
    const result = await importOrgTargets({ actor: admin, fileName: "x.csv", content: bytes(`${HEADER}\n9.99,2026,Sasaran,Indikator,1,dokumen\n`), validRowsOnly: true });
    expect(result).toMatchObject({ written: false, invalidRowCount: 1 });
    expect(await db.importBatch.count()).toBe(0);
  });

  it("lets an Admin OPD import only their own agency: another agency's row is refused", async () => {
    const admin = await actorFor("ADMIN_OPD", "2.14");
    const strict = await importOrgTargets({ actor: admin, fileName: "sasaran.csv", content: SAMPLE });
    expect(strict.written).toBe(false);
    expect(strict.invalidRowCount).toBe(SAMPLE_ROWS - 4);
    const agencyErrors = strict.errors.filter((e) => e.column === "kode_opd");
    expect(agencyErrors).toHaveLength(SAMPLE_ROWS - 4);
    expect(agencyErrors.every((e) => /Anda hanya dapat mengimpor sasaran perangkat daerah 2\.14/.test(e.message))).toBe(true);
    expect(await db.orgTarget.count()).toBe(0);

    const own = await importOrgTargets({ actor: admin, fileName: "sasaran.csv", content: SAMPLE, validRowsOnly: true });
    expect(own).toMatchObject({ created: 4, written: true });
    expect(await db.orgTarget.count({ where: { opd: { code: { not: "2.14" } } } })).toBe(0);
  });

  it("refuses a PEGAWAI outright, even with a valid file of their own agency", async () => {
    const pegawai = await actorFor("PEGAWAI", "2.14");
    await expect(importOrgTargets({ actor: pegawai, fileName: "sasaran.csv", content: SAMPLE })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Anda tidak berwenang mengimpor sasaran organisasi.",
    });
    expect(await db.orgTarget.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("reports a missing column on line 1, and refuses an over-large file with a clear message", async () => {
    const admin = await actorFor("ADMIN_BKD");
    const result = await importOrgTargets({ actor: admin, fileName: "kurang.csv", content: bytes("kode_opd,tahun,sasaran_strategis,indikator,target\n2.14,2026,A,B,1\n") });
    expect(result.written).toBe(false);
    expect(result.errors).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining("tidak memuat kolom satuan") })]);
    await expect(importOrgTargets({ actor: admin, fileName: "besar.csv", content: new Uint8Array(2 * 1024 * 1024 + 1) })).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("2 MB"),
    });
  });

  it("keeps the system actor's summary without a user", async () => {
    const result = await importOrgTargets({ actor: CLI_SYSTEM_ACTOR, fileName: "sasaran.csv", content: SAMPLE, source: "cli" });
    const summary = await db.auditLog.findFirstOrThrow({ where: { action: "import.orgTargets" } });
    expect(summary).toMatchObject({ actorUserId: null, targetType: "ImportBatch", targetId: String(result.batchId) });
    expect(summary.after).toMatchObject({ pelaku: "Sistem (CLI)", sumber: "CLI", dibuat: SAMPLE_ROWS });
    expect((await db.importBatch.findUniqueOrThrow({ where: { id: result.batchId! } })).actorUserId).toBeNull();
  });
});

describe("organisation target queries", () => {
  it("lists one agency's targets of one year by sasaran then indikator, with exact targets as text", async () => {
    await importOrgTargets({ actor: CLI_SYSTEM_ACTOR, fileName: "sasaran.csv", content: SAMPLE });
    await importOrgTargets({ actor: CLI_SYSTEM_ACTOR, fileName: "2027.csv", content: bytes(`${HEADER}\n2.11,2027,Meningkatnya kualitas lingkungan hidup,Indeks Kualitas Air,"56,0125",indeks\n`) });
    const kominfoId = await opdId("2.14");
    const targets = await listOrgTargets(db, { opdId: await opdId("2.11"), year: 2026 });
    expect(targets.map((t) => [t.sasaranStrategis, t.indikator, t.target, t.unit])).toEqual([
      ["Meningkatnya kualitas lingkungan hidup", "Indeks Kualitas Air", "55.2", "indeks"],
      ["Meningkatnya kualitas lingkungan hidup", "Indeks Kualitas Lingkungan Hidup", "67.75", "indeks"],
      ["Meningkatnya kualitas lingkungan hidup", "Indeks Kualitas Udara", "86.5", "indeks"],
      ["Meningkatnya pengelolaan sampah regional", "Persentase sampah yang tertangani di TPPAS regional", "72", "persen"],
    ]);
    expect(Object.keys(targets[0]!).sort()).toEqual(["id", "indikator", "sasaranStrategis", "target", "unit"]);
    expect(await listOrgTargets(db, { opdId: await opdId("2.11"), year: 2027 })).toEqual([expect.objectContaining({ target: "56.0125" })]);
    expect(await listOrgTargets(db, { opdId: await opdId("2.11"), year: 2025 })).toEqual([]);
    // Inside a transaction too (the SKP editor reads them while it writes).
    expect(await db.$transaction((tx) => listOrgTargets(tx, { opdId: kominfoId, year: 2026 }))).toHaveLength(4);
  });

  it("shows an Admin OPD only their own agency's targets, Admin BKD any, a PEGAWAI none", async () => {
    await importOrgTargets({ actor: CLI_SYSTEM_ACTOR, fileName: "sasaran.csv", content: SAMPLE });
    const kominfo = await opdId("2.14");
    const dinkes = await opdId("2.02");
    const opdAdmin = await actorFor("ADMIN_OPD", "2.14");
    const own = await listOrgTargetsForAdmin(opdAdmin, { opdId: kominfo, year: 2026 });
    expect(own.targets).toHaveLength(4);
    expect(own.years).toEqual([2026]);
    await expect(listOrgTargetsForAdmin(opdAdmin, { opdId: dinkes, year: 2026 })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const bkd = await actorFor("ADMIN_BKD");
    expect((await listOrgTargetsForAdmin(bkd, { opdId: dinkes, year: 2026 })).targets).toHaveLength(5);
    const pegawai = await actorFor("PEGAWAI", "2.14");
    await expect(listOrgTargetsForAdmin(pegawai, { opdId: kominfo, year: 2026 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("seed and import agree", () => {
  it("seeds only Diskominfo's targets of the sample, which importing the sample then finds unchanged", async () => {
    await resetDatabase();
    execFileSync(path.resolve("node_modules/.bin/tsx"), ["prisma/seed.ts"], { env: process.env, encoding: "utf8" });
    const seeded = await db.orgTarget.findMany({ select: { opd: { select: { code: true } } } });
    expect(seeded.map((t) => t.opd.code)).toEqual(["2.14", "2.14", "2.14", "2.14"]);
    const result = await importOrgTargets({ actor: CLI_SYSTEM_ACTOR, fileName: "sasaran.csv", content: SAMPLE });
    expect(result).toMatchObject({ created: SAMPLE_ROWS - 4, updated: 0, unchanged: 4, errors: [] });
  }, 120_000);
});
