import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { parseAuditFilters } from "@/lib/domain/audit/filters";
import { listAuditEntries } from "@/lib/server/audit/queries";
import type { ServiceActor } from "@/lib/server/authz";
import { importEmployees } from "@/lib/server/imports/employees";
import { CLI_SYSTEM_ACTOR } from "@/lib/server/imports/import-actor";
import { readOpdList } from "@/scripts/lib/opd-list";
import { generateSiapRows, SAMPLE_OPD_CODES, toSiapCsv, type SiapRow } from "@/scripts/lib/siap-sample";
import { createAgency, createPerson, db, resetDatabase, type Agency } from "../support/db";
import { createListedAgencies, listedAgency } from "../support/listed-agencies";

const SAMPLE = readFileSync(path.resolve("prisma/data/siap-pegawai-sample.csv"));
const INVALID = readFileSync(path.resolve("tests/fixtures/siap-pegawai-invalid.csv"));
const SAMPLE_ROWS = 250;

beforeEach(async () => {
  await resetDatabase();
  await createListedAgencies();
});

async function actorFor(role: "PEGAWAI" | "ADMIN_OPD" | "ADMIN_BKD", agency?: Agency): Promise<ServiceActor> {
  const { employee, user } = await createPerson(agency ?? (await createAgency()), { role });
  return { userId: user.id, employeeId: employee.id, nip: employee.nip, role, opdId: employee.opdId, ip: "10.1.2.3" };
}

const bytes = (text: string) => new TextEncoder().encode(text);
const lines = (buffer: Buffer) => buffer.toString("utf8").trimEnd().split("\n");
const sampleRows = () => parse(SAMPLE, { columns: true }) as SiapRow[];

/** The sample with one cell of the employee `nip` replaced. */
function withCell(nip: string, column: keyof SiapRow, value: string): Uint8Array {
  const rows = sampleRows().map((row) => (row.nip === nip ? { ...row, [column]: value } : row));
  return bytes(toSiapCsv(rows));
}

describe("employee import from SIAp Jabar", () => {
  it("imports the 250-employee sample with inactive accounts, then a second import changes nothing", async () => {
    const admin = await actorFor("ADMIN_BKD");
    const first = await importEmployees({ actor: admin, fileName: "siap.csv", content: SAMPLE });
    expect(first).toMatchObject({ created: SAMPLE_ROWS, updated: 0, unchanged: 0, errors: [], written: true });
    expect(first.unitsCreated).toBeGreaterThan(20);
    expect(first.positionsCreated).toBeGreaterThan(20);

    const imported = await db.employee.findMany({ where: { opd: { code: { in: ["2.02", "2.11", "2.13", "2.20", "3.03"] } } }, include: { user: { select: { status: true, role: true, passwordHash: true } } } });
    expect(imported).toHaveLength(SAMPLE_ROWS);
    expect(imported.every((e) => e.user?.status === "INACTIVE" && e.user.role === "PEGAWAI" && e.user.passwordHash === null)).toBe(true);
    // Five heads of agency without a supervisor; everyone else has one in the same agency.
    expect(imported.filter((e) => e.supervisorId === null)).toHaveLength(5);
    const byId = new Map(imported.map((e) => [e.id, e]));
    expect(imported.filter((e) => e.supervisorId !== null).every((e) => byId.get(e.supervisorId!)?.opdId === e.opdId)).toBe(true);

    const batch = await db.importBatch.findUniqueOrThrow({ where: { id: first.batchId! } });
    expect(batch).toMatchObject({ kind: "EMPLOYEES", createdCount: SAMPLE_ROWS, actorUserId: admin.userId, errorCount: 0 });
    expect(batch.sha256).toMatch(/^[0-9a-f]{64}$/);
    const summary = await db.auditLog.findMany({ where: { action: "import.employees" } });
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({ actorUserId: admin.userId, actorNip: admin.nip, ip: "10.1.2.3", targetId: String(batch.id) });
    expect(await db.auditLog.count({ where: { action: "employee.import.create" } })).toBe(SAMPLE_ROWS);

    const before = await db.employee.aggregate({ _max: { updatedAt: true }, _count: true });
    const second = await importEmployees({ actor: admin, fileName: "siap.csv", content: SAMPLE });
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: SAMPLE_ROWS, errors: [], unitsCreated: 0, positionsCreated: 0 });
    expect(await db.employee.aggregate({ _max: { updatedAt: true }, _count: true })).toEqual(before);
    expect(await db.auditLog.count({ where: { action: { startsWith: "employee.import" } } })).toBe(SAMPLE_ROWS);
  });

  it("reads the same employees written by Excel (';', byte-order mark, CRLF) as unchanged", async () => {
    await importEmployees({ actor: CLI_SYSTEM_ACTOR, fileName: "siap.csv", content: SAMPLE });
    // The generator is deterministic: the same seed gives the committed sample's rows.
    const opds = readOpdList().filter((o) => SAMPLE_OPD_CODES.includes(o.code));
    const agencies = SAMPLE_OPD_CODES.map((code) => opds.find((o) => o.code === code)!);
    const rows = generateSiapRows({ agencies, perAgency: 50, seed: 2026 });
    expect(toSiapCsv(rows)).toBe(SAMPLE.toString("utf8"));
    const excel = `\uFEFF${toSiapCsv(rows, ";").replace(/\n/g, "\r\n")}`;
    const result = await importEmployees({ actor: CLI_SYSTEM_ACTOR, fileName: "siap-excel.csv", content: bytes(excel) });
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: SAMPLE_ROWS, errors: [] });
  });

  it("imports nothing from a file with bad rows and reports every bad line with its column", async () => {
    const admin = await actorFor("ADMIN_BKD");
    const result = await importEmployees({ actor: admin, fileName: "salah.csv", content: INVALID });
    expect(result.written).toBe(false);
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 0, batchId: null });
    const expected: [number, string, RegExp][] = [
      [4, "nip", /18 digit/],
      [5, "golongan", /I\/a sampai IV\/e/],
      [6, "kelas_jabatan", /1 sampai 17/],
      [7, "tmt", /bukan tanggal yang valid/],
      [8, "email", /e-mail tidak valid/],
      [9, "nip", /juga di baris 10/],
      [10, "nip", /juga di baris 9/],
      [11, "nip_atasan", /tidak ada dalam berkas maupun dalam data pegawai/],
      [12, "nip_atasan", /lingkaran/],
      [13, "nip_atasan", /lingkaran/],
      [14, "kode_opd", /"9\.99" tidak terdaftar/],
      [15, "status", /PNS, CPNS atau PPPK/],
      [16, "jenis_jabatan", /STRUKTURAL, FUNGSIONAL atau PELAKSANA/],
      [17, "nip_atasan", /baris 6\) bermasalah/],
    ];
    for (const [line, column, message] of expected) {
      const hit = result.errors.find((e) => e.line === line && e.column === column);
      expect(hit, `line ${line} ${column}`).toBeDefined();
      expect(hit!.message).toMatch(message);
      expect(hit!.message).toContain(`Kolom ${column}`);
    }
    expect([...new Set(result.errors.map((e) => e.line))]).toEqual(expected.map(([line]) => line).filter((l, i, a) => a.indexOf(l) === i));
    expect(result.invalidRowCount).toBe(14);
    expect(await db.employee.count({ where: { opd: { code: "2.17" } } })).toBe(0);
    expect(await db.unit.count({ where: { opd: { code: "2.17" } } })).toBe(0);
    expect(await db.importBatch.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: { startsWith: "import" } } })).toBe(0);
  });

  it("with 'valid rows only' writes just the valid rows and still reports the bad ones", async () => {
    const admin = await actorFor("ADMIN_BKD");
    const result = await importEmployees({ actor: admin, fileName: "salah.csv", content: INVALID, validRowsOnly: true });
    expect(result).toMatchObject({ created: 3, updated: 0, written: true, invalidRowCount: 14 });
    expect(result.errors.length).toBeGreaterThanOrEqual(14);
    const nips = (await db.employee.findMany({ where: { opd: { code: "2.17" } }, select: { nip: true }, orderBy: { nip: "asc" } })).map((e) => e.nip);
    expect(nips).toEqual(["197005121996031001", "199008172015032001", "199505052020121014"]);
    const batch = await db.importBatch.findFirstOrThrow();
    expect(batch).toMatchObject({ validRowsOnly: true, createdCount: 3, errorCount: 14 });
  });

  it("updates a changed field and audits its before and after", async () => {
    const admin = await actorFor("ADMIN_BKD");
    await importEmployees({ actor: admin, fileName: "siap.csv", content: SAMPLE });
    const target = await db.employee.findFirstOrThrow({ where: { status: "PNS", golongan: "III/a" }, orderBy: { nip: "asc" } });
    const result = await importEmployees({ actor: admin, fileName: "siap-2.csv", content: withCell(target.nip, "golongan", "III/b") });
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: SAMPLE_ROWS - 1, errors: [] });
    expect((await db.employee.findUniqueOrThrow({ where: { id: target.id } })).golongan).toBe("III/b");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "employee.import.update", targetId: String(target.id) } });
    expect(audit.before).toEqual({ golongan: "III/a" });
    expect(audit.after).toEqual({ golongan: "III/b" });
    expect(audit.actorUserId).toBe(admin.userId);
  });

  it("keeps an e-mail the employee maintains, and fills one that is missing", async () => {
    await importEmployees({ actor: CLI_SYSTEM_ACTOR, fileName: "siap.csv", content: SAMPLE });
    const [kept, filled] = await db.employee.findMany({ where: { status: "PNS" }, orderBy: { nip: "asc" }, take: 2 });
    await db.employee.update({ where: { id: kept!.id }, data: { email: "pribadi@example.id" } });
    await db.employee.update({ where: { id: filled!.id }, data: { email: null } });
    const result = await importEmployees({ actor: CLI_SYSTEM_ACTOR, fileName: "siap.csv", content: SAMPLE });
    expect(result).toMatchObject({ updated: 1, unchanged: SAMPLE_ROWS - 1 });
    expect((await db.employee.findUniqueOrThrow({ where: { id: kept!.id } })).email).toBe("pribadi@example.id");
    expect((await db.employee.findUniqueOrThrow({ where: { id: filled!.id } })).email).toBe(filled!.email);
  });

  it("moves a pending SKP approval to the new supervisor when the supervisor changes", async () => {
    await importEmployees({ actor: CLI_SYSTEM_ACTOR, fileName: "siap.csv", content: SAMPLE });
    const staff = await db.employee.findFirstOrThrow({
      where: { opd: { code: "2.02" }, position: { kind: { not: "STRUKTURAL" } } },
      include: { supervisor: true },
      orderBy: { nip: "asc" },
    });
    const newSupervisor = await db.employee.findFirstOrThrow({
      where: { opdId: staff.opdId, position: { name: { startsWith: "Kepala Seksi" } }, id: { not: staff.supervisorId! } },
      orderBy: { nip: "asc" },
    });
    const skp = await db.skp.create({ data: { employeeId: staff.id, year: 2026 } });
    const version = await db.skpVersion.create({
      data: { skpId: skp.id, number: 1, status: "DIAJUKAN", approverEmployeeId: staff.supervisorId, submittedAt: new Date() },
    });

    const result = await importEmployees({ actor: CLI_SYSTEM_ACTOR, fileName: "siap.csv", content: withCell(staff.nip, "nip_atasan", newSupervisor.nip) });
    expect(result).toMatchObject({ updated: 1, handedOver: { skpVersions: 1, realisations: 0 } });
    expect((await db.employee.findUniqueOrThrow({ where: { id: staff.id } })).supervisorId).toBe(newSupervisor.id);
    expect((await db.skpVersion.findUniqueOrThrow({ where: { id: version.id } })).approverEmployeeId).toBe(newSupervisor.id);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "employee.import.update", targetId: String(staff.id) } });
    expect(audit.before).toEqual({ nip_atasan: staff.supervisor!.nip });
    expect(audit.after).toEqual({ nip_atasan: newSupervisor.nip });
    // The system actor has no user; the summary names it.
    const summary = await db.auditLog.findFirstOrThrow({ where: { action: "import.employees" }, orderBy: { id: "desc" } });
    expect(summary.actorUserId).toBeNull();
    expect(summary.after).toMatchObject({ pelaku: "Sistem (CLI)", sumber: "unggah" });
  });

  it("lets an Admin OPD import only their own agency: other agencies' rows are errors", async () => {
    const admin = await actorFor("ADMIN_OPD", await listedAgency("2.02"));
    const strict = await importEmployees({ actor: admin, fileName: "siap.csv", content: SAMPLE });
    expect(strict.written).toBe(false);
    expect(strict.invalidRowCount).toBe(200);
    expect(strict.errors.filter((e) => e.column === "kode_opd").every((e) => /hanya dapat mengimpor pegawai perangkat daerah 2\.02/.test(e.message))).toBe(true);
    expect(await db.employee.count()).toBe(1);

    const own = await importEmployees({ actor: admin, fileName: "siap.csv", content: SAMPLE, validRowsOnly: true });
    expect(own).toMatchObject({ created: 50, written: true });
    expect(await db.employee.count({ where: { opd: { code: { not: "2.02" } } } })).toBe(0);
  });

  it("refuses an Admin OPD who lists an employee registered in another agency", async () => {
    await importEmployees({ actor: CLI_SYSTEM_ACTOR, fileName: "siap.csv", content: SAMPLE });
    const other = await db.employee.findFirstOrThrow({ where: { opd: { code: "2.11" }, supervisorId: { not: null } }, include: { supervisor: true } });
    const admin = await actorFor("ADMIN_OPD", await listedAgency("2.02"));
    const header = lines(SAMPLE)[0]!;
    const line = `${other.nip},${other.name},,,${other.golongan},${other.status},Pranata Komputer Ahli Pertama,8,FUNGSIONAL,Sekretariat,2.02,,,,2020-01-01,2021-01-01`;
    const result = await importEmployees({ actor: admin, fileName: "pindah.csv", content: bytes(`${header}\n${line}\n`) });
    expect(result.written).toBe(false);
    expect(result.errors).toEqual([expect.objectContaining({ line: 2, column: "nip", message: expect.stringMatching(/perangkat daerah lain/) })]);
    expect((await db.employee.findUniqueOrThrow({ where: { id: other.id } })).opdId).toBe(other.opdId);
  });

  it("refuses a PEGAWAI outright", async () => {
    const pegawai = await actorFor("PEGAWAI");
    await expect(importEmployees({ actor: pegawai, fileName: "siap.csv", content: SAMPLE })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.employee.count()).toBe(1);
  });

  it("reports a missing column on line 1 and an over-large file with a clear message", async () => {
    const admin = await actorFor("ADMIN_BKD");
    const noEmail = lines(SAMPLE).map((l) => l.replace(/,[^,]*@jabarprov\.go\.id|,email/, "")).join("\n");
    const result = await importEmployees({ actor: admin, fileName: "kurang.csv", content: bytes(noEmail) });
    expect(result.errors).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining("tidak memuat kolom email") })]);
    await expect(
      importEmployees({ actor: admin, fileName: "besar.csv", content: new Uint8Array(10 * 1024 * 1024 + 1) }),
    ).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("10 MB") });
  });
});

describe("audit log queries", () => {
  it("shows Admin BKD the import entry, newest first and filtered, and refuses an Admin OPD and a PEGAWAI", async () => {
    const bkd = await actorFor("ADMIN_BKD");
    await importEmployees({ actor: bkd, fileName: "salah.csv", content: INVALID, validRowsOnly: true });
    const page = await listAuditEntries(bkd, parseAuditFilters({ aksi: "import.", nip: bkd.nip }).filters);
    expect(page.total).toBe(1);
    expect(page.entries[0]).toMatchObject({ action: "import.employees", actorNip: bkd.nip, targetType: "ImportBatch", ip: "10.1.2.3" });
    expect(page.entries[0]!.changes).toContainEqual({ field: "dibuat", before: null, after: "3" });

    const all = await listAuditEntries(bkd, parseAuditFilters({}).filters);
    expect(all.total).toBe(1 + 3 + 2 + 2); // summary, 3 employees, 2 units, 2 positions
    expect(all.entries[0]!.action).toBe("import.employees"); // written last
    const none = await listAuditEntries(bkd, parseAuditFilters({ dari: "2001-01-01", sampai: "2001-01-31" }).filters);
    expect(none.total).toBe(0);
    // The action filter is a literal prefix: % and _ are not wildcards.
    expect((await listAuditEntries(bkd, parseAuditFilters({ aksi: "%" }).filters)).total).toBe(0);
    expect((await listAuditEntries(bkd, parseAuditFilters({ aksi: "import_employees" }).filters)).total).toBe(0);
    expect((await listAuditEntries(bkd, parseAuditFilters({ aksi: "import.employees" }).filters)).total).toBe(1);

    const opd = await actorFor("ADMIN_OPD");
    await expect(listAuditEntries(opd, parseAuditFilters({}).filters)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const pegawai = await actorFor("PEGAWAI");
    await expect(listAuditEntries(pegawai, parseAuditFilters({}).filters)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("cannot be edited: the database refuses UPDATE and DELETE on audit rows", async () => {
    const bkd = await actorFor("ADMIN_BKD");
    await importEmployees({ actor: bkd, fileName: "salah.csv", content: INVALID, validRowsOnly: true });
    await expect(db.auditLog.updateMany({ data: { action: "diubah" } })).rejects.toThrow();
    await expect(db.auditLog.deleteMany({})).rejects.toThrow();
    expect(await db.auditLog.count({ where: { action: "diubah" } })).toBe(0);
  });
});
