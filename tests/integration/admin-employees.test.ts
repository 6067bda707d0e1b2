import { beforeEach, describe, expect, it } from "vitest";
import { createEmployee, type CreateEmployeeInput } from "@/lib/server/admin/employees/create-employee";
import { EMPLOYEE_PAGE_SIZE, listEmployees } from "@/lib/server/admin/employees/list-employees";
import { updateEmployee, type UpdateEmployeeInput } from "@/lib/server/admin/employees/update-employee";
import { getEmployeeForAdmin } from "@/lib/server/admin/employees/get-employee";
import { testNip } from "@/prisma/factories";
import { actorOf, adminStateFingerprint } from "../support/admin";
import { type Agency, createAgency, createPerson, db, resetDatabase } from "../support/db";

beforeEach(resetDatabase);

async function agencyWithAdmin() {
  const agency = await createAgency();
  const admin = await createPerson(agency, { role: "ADMIN_OPD", employee: { name: "Admin Kepegawaian" } });
  return { agency, admin, actor: actorOf(admin) };
}

const input = (agency: Agency, overrides: Partial<CreateEmployeeInput> = {}): CreateEmployeeInput => ({
  nip: "199509032020031001",
  name: "Dimas Arya Nugraha",
  frontTitle: "",
  backTitle: "S.Kom.",
  status: "PNS",
  golongan: "III/b",
  startDate: "2020-03-01",
  positionStartDate: "2021-03-01",
  email: "dimas.nugraha@jabarprov.go.id",
  phone: "081234567890",
  unitId: agency.unit.id,
  positionId: agency.position.id,
  ...overrides,
});

describe("createEmployee", () => {
  it("adds the employee with NIP-derived birth date and gender and an INACTIVE Pegawai account, audited", async () => {
    const { agency, actor, admin } = await agencyWithAdmin();
    const { id } = await createEmployee(actor, input(agency, { nip: "199509032020032001", golongan: "iii-b" }));
    const employee = await db.employee.findUniqueOrThrow({ where: { id }, include: { user: true } });
    expect(employee).toMatchObject({
      nip: "199509032020032001",
      opdId: agency.opd.id,
      golongan: "III/b",
      gender: "PEREMPUAN",
      backTitle: "S.Kom.",
      frontTitle: null,
      supervisorId: null,
    });
    expect(employee.birthDate.toISOString()).toBe("1995-09-03T00:00:00.000Z");
    expect(employee.startDate.toISOString()).toBe("2020-03-01T00:00:00.000Z");
    expect(employee.user).toMatchObject({ role: "PEGAWAI", status: "INACTIVE", mustChangePassword: true });
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { employeeId: id }, select: { passwordHash: true } });
    expect(passwordHash).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "employee.create" } });
    expect(audit).toMatchObject({ targetType: "Employee", targetId: String(id), actorUserId: admin.user.id, ip: "10.9.8.7" });
    expect(audit.after).toMatchObject({ nip: "199509032020032001", birthDate: "1995-09-03", account: { status: "INACTIVE", role: "PEGAWAI" } });
  });

  it("refuses a duplicate NIP with a clear message and writes nothing", async () => {
    const { agency, actor } = await agencyWithAdmin();
    const existing = await createPerson(agency);
    const before = await adminStateFingerprint();
    await expect(createEmployee(actor, input(agency, { nip: existing.employee.nip, email: null }))).rejects.toMatchObject({
      code: "CONFLICT",
      message: `NIP ${existing.employee.nip} sudah terdaftar untuk pegawai lain.`,
      fieldErrors: { nip: [`NIP ${existing.employee.nip} sudah terdaftar untuk pegawai lain.`] },
    });
    expect(await adminStateFingerprint()).toBe(before);
  });

  it.each<[string, Partial<CreateEmployeeInput>, string, RegExp]>([
    ["a 17-digit NIP", { nip: "19950903202003100" }, "nip", /18 digit/],
    ["a NIP with an impossible birth date", { nip: "199502302020031001" }, "nip", /Tanggal lahir pada NIP/],
    ["golongan IV/e written for a PPPK", { status: "PPPK", golongan: "IV/e" }, "golongan", /Romawi I sampai XVII/],
    ["golongan III/e", { golongan: "III/e" }, "golongan", /huruf e hanya untuk golongan IV/],
    ["an e-mail without domain", { email: "dimas@" }, "email", /e-mail tidak valid/],
  ])("refuses %s with a message on the field and writes nothing", async (_label, change, field, message) => {
    const { agency, actor } = await agencyWithAdmin();
    const before = await adminStateFingerprint();
    const error = await createEmployee(actor, input(agency, change)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION" });
    expect((error as { fieldErrors: Record<string, string[]> }).fieldErrors[field]?.join(" ")).toMatch(message);
    expect(await adminStateFingerprint()).toBe(before);
  });

  it("refuses an e-mail another employee already uses", async () => {
    const { agency, actor } = await agencyWithAdmin();
    const other = await createPerson(agency, { employee: { email: "Dimas.Nugraha@jabarprov.go.id" } });
    expect(other.employee.email).toBeTruthy();
    await expect(createEmployee(actor, input(agency))).rejects.toMatchObject({ fieldErrors: { email: ["Alamat e-mail ini sudah dipakai pegawai lain."] } });
    expect(await db.employee.count()).toBe(2);
  });

  it("refuses a deactivated unit or position", async () => {
    const { agency, actor } = await agencyWithAdmin();
    const closedUnit = await db.unit.create({ data: { opdId: agency.opd.id, parentId: agency.unit.id, name: "Seksi Lama", active: false } });
    await expect(createEmployee(actor, input(agency, { unitId: closedUnit.id }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { unitId: ["Unit kerja ini sudah tidak aktif."] },
    });
  });
});

describe("updateEmployee", () => {
  async function withEmployee() {
    const ctx = await agencyWithAdmin();
    const { id } = await createEmployee(ctx.actor, input(ctx.agency));
    const edit = (overrides: Partial<UpdateEmployeeInput> = {}): UpdateEmployeeInput => ({ ...input(ctx.agency), employeeId: id, ...overrides });
    return { ...ctx, id, edit };
  }

  it("changes fields and audits only what changed", async () => {
    const { actor, id, edit, agency } = await withEmployee();
    const position = await db.position.create({ data: { opdId: agency.opd.id, name: "Pranata Komputer Ahli Muda", kelasJabatan: 9, kind: "FUNGSIONAL" } });
    expect(await updateEmployee(actor, edit({ golongan: "III/c", positionId: position.id, positionStartDate: "2026-01-02" }))).toEqual({ changed: true });
    const row = await db.employee.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ golongan: "III/c", positionId: position.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "employee.update" } });
    expect(audit.before).toEqual({ golongan: "III/b", positionId: agency.position.id, positionStartDate: "2021-03-01" });
    expect(audit.after).toEqual({ golongan: "III/c", positionId: position.id, positionStartDate: "2026-01-02" });
  });

  it("writes nothing when nothing changed", async () => {
    const { actor, edit } = await withEmployee();
    const before = await adminStateFingerprint();
    expect(await updateEmployee(actor, edit())).toEqual({ changed: false });
    expect(await adminStateFingerprint()).toBe(before);
  });

  it("re-derives birth date and gender from a corrected NIP", async () => {
    const { actor, edit, id } = await withEmployee();
    await updateEmployee(actor, edit({ nip: "199601292020032001" }));
    const row = await db.employee.findUniqueOrThrow({ where: { id } });
    expect([row.nip, row.birthDate.toISOString().slice(0, 10), row.gender]).toEqual(["199601292020032001", "1996-01-29", "PEREMPUAN"]);
  });

  it("refuses another employee's NIP, a bad golongan for the status, and writes nothing", async () => {
    const { actor, edit, agency } = await withEmployee();
    const other = await createPerson(agency);
    const before = await adminStateFingerprint();
    await expect(updateEmployee(actor, edit({ nip: other.employee.nip }))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(updateEmployee(actor, edit({ status: "PPPK" }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { golongan: ["Golongan PPPK harus angka Romawi I sampai XVII (misalnya IX)."] },
    });
    expect(await adminStateFingerprint()).toBe(before);
  });

  it("cannot move an employee to a unit of another agency", async () => {
    const { actor, edit } = await withEmployee();
    const other = await createAgency();
    await expect(updateEmployee(actor, edit({ unitId: other.unit.id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listEmployees", () => {
  it("searches by name (case-insensitive, any part) and by NIP prefix, sorted by name", async () => {
    const { agency, actor } = await agencyWithAdmin();
    await createPerson(agency, { employee: { name: "Siti Nurhaliza" } });
    await createPerson(agency, { employee: { name: "Asep Nurdin" } });
    await createPerson(agency, { employee: { name: "Budi Santoso", nip: "197001012005011001" } });
    const byName = await listEmployees(actor, { q: "NUR" });
    expect(byName.rows.map((r) => r.displayName)).toEqual(["Asep Nurdin", "Siti Nurhaliza"]);
    const byNip = await listEmployees(actor, { q: "1970010120" });
    expect(byNip.rows.map((r) => r.nip)).toEqual(["197001012005011001"]);
    expect(byNip.total).toBe(1);
  });

  it("takes % _ and \\ in the search as the characters themselves, not as LIKE wildcards", async () => {
    const { agency, actor } = await agencyWithAdmin();
    await createPerson(agency, { employee: { name: "Siti Nurhaliza" } });
    await createPerson(agency, { employee: { name: "Asep 100% Nurdin" } });
    await createPerson(agency, { employee: { name: "Budi_Santoso" } });
    await createPerson(agency, { employee: { name: "Cecep\\Hidayat" } });
    const names = async (q: string) => (await listEmployees(actor, { q })).rows.map((r) => r.displayName);
    expect(await names("%")).toEqual(["Asep 100% Nurdin"]);
    expect(await names("_")).toEqual(["Budi_Santoso"]);
    expect(await names("100%")).toEqual(["Asep 100% Nurdin"]);
    expect(await names("Budi_")).toEqual(["Budi_Santoso"]);
    expect(await names("Budi%Santoso")).toEqual([]);
    expect(await names("S_ti")).toEqual([]);
    expect(await names("\\")).toEqual(["Cecep\\Hidayat"]);
    expect(await names("p\\H")).toEqual(["Cecep\\Hidayat"]);
    expect(await names("Admin%")).toEqual([]);
  });

  it("shows NIP, name with degrees, position, unit, status/golongan and account state", async () => {
    const { agency, actor } = await agencyWithAdmin();
    await createPerson(agency, { employee: { name: "Rina Marlina", frontTitle: "Dr.", backTitle: "S.T., M.T.", golongan: "IV/a" } });
    const [row] = (await listEmployees(actor, { q: "Rina" })).rows;
    expect(row).toMatchObject({
      displayName: "Dr. Rina Marlina, S.T., M.T.",
      position: agency.position.name,
      unit: agency.unit.name,
      status: "PNS",
      golongan: "IV/a",
      account: "AKTIF",
    });
  });

  it("filters by unit, status and account state", async () => {
    const { agency, actor } = await agencyWithAdmin();
    const seksi = await db.unit.create({ data: { opdId: agency.opd.id, parentId: agency.unit.id, name: "Seksi Data" } });
    await createPerson(agency, { employee: { name: "Di Seksi", unitId: seksi.id } });
    await createPerson(agency, { employee: { name: "Kontrak", status: "PPPK", golongan: "IX" } });
    await createPerson(agency, { employee: { name: "Belum Aktif" }, status: "INACTIVE", password: null });
    await createPerson(agency, { employee: { name: "Dinonaktifkan" }, status: "DEACTIVATED" });
    const locked = await createPerson(agency, { employee: { name: "Terkunci" } });
    const now = new Date("2026-03-10T03:00:00Z");
    await db.user.update({ where: { id: locked.user.id }, data: { lockedUntil: new Date("2026-03-10T03:10:00Z") } });
    const names = async (filters: Parameters<typeof listEmployees>[1]) => (await listEmployees(actor, filters, now)).rows.map((r) => r.displayName);
    expect(await names({ unitId: seksi.id })).toEqual(["Di Seksi"]);
    expect(await names({ status: "PPPK" })).toEqual(["Kontrak"]);
    expect(await names({ account: "BELUM_AKTIF" })).toEqual(["Belum Aktif"]);
    expect(await names({ account: "NONAKTIF" })).toEqual(["Dinonaktifkan"]);
    expect(await names({ account: "TERKUNCI" })).toEqual(["Terkunci"]);
    expect(await names({ account: "AKTIF" })).toEqual(["Admin Kepegawaian", "Di Seksi", "Kontrak"]);
    expect(await names({ account: "AKTIF", status: "PNS" })).toEqual(["Admin Kepegawaian", "Di Seksi"]);
  });

  it("pages by 25 with the total, and clamps a page past the end", async () => {
    const { agency, actor } = await agencyWithAdmin();
    const base = (await db.employee.count()) + 1;
    await db.employee.createMany({
      data: Array.from({ length: 59 }, (_, i) => ({
        nip: testNip(50_000 + i),
        name: `Pegawai ${String(i).padStart(2, "0")}`,
        golongan: "II/a",
        status: "PNS" as const,
        birthDate: new Date("1980-01-01"),
        gender: "LAKI_LAKI" as const,
        opdId: agency.opd.id,
        unitId: agency.unit.id,
        positionId: agency.position.id,
        startDate: new Date("2005-01-01"),
        positionStartDate: new Date("2020-01-01"),
      })),
    });
    const total = base + 59 - 1;
    const page1 = await listEmployees(actor, { page: 1 });
    expect([page1.total, page1.pageCount, page1.rows.length]).toEqual([total, 3, EMPLOYEE_PAGE_SIZE]);
    const page3 = await listEmployees(actor, { page: 3 });
    expect(page3.rows).toHaveLength(total - 2 * EMPLOYEE_PAGE_SIZE);
    expect(page3.rows.at(-1)?.displayName).toBe("Pegawai 58");
    expect((await listEmployees(actor, { page: 99 })).page).toBe(3);
    const all = [...page1.rows, ...(await listEmployees(actor, { page: 2 })).rows, ...page3.rows].map((r) => r.displayName);
    expect(all).toEqual([...all].sort((x, y) => (x < y ? -1 : 1)));
    expect(new Set(all).size).toBe(total);
  });

  it("an Admin OPD sees only their agency, whatever agency filter they send", async () => {
    const { agency, actor } = await agencyWithAdmin();
    const other = await createAgency();
    await createPerson(other, { employee: { name: "Orang Lain" } });
    await createPerson(agency, { employee: { name: "Orang Sendiri" } });
    expect((await listEmployees(actor, { q: "Orang" })).rows.map((r) => r.displayName)).toEqual(["Orang Sendiri"]);
    expect((await listEmployees(actor, { q: "Orang", opdId: other.opd.id })).rows).toEqual([]);
  });

  it("Admin BKD sees every agency and can filter by one", async () => {
    const { agency } = await agencyWithAdmin();
    const other = await createAgency();
    const bkd = await createPerson(other, { role: "ADMIN_BKD", employee: { name: "Admin BKD" } });
    await createPerson(agency, { employee: { name: "Orang A" } });
    const names = async (opdId?: number) => (await listEmployees(actorOf(bkd), { opdId })).rows.map((r) => r.displayName);
    expect(await names()).toEqual(["Admin BKD", "Admin Kepegawaian", "Orang A"]);
    expect(await names(other.opd.id)).toEqual(["Admin BKD"]);
  });
});

describe("getEmployeeForAdmin", () => {
  it("returns the employee with account state, or null for another agency's employee", async () => {
    const { agency, actor } = await agencyWithAdmin();
    const own = await createPerson(agency, { status: "INACTIVE", password: null });
    const other = await createPerson(await createAgency());
    expect(await getEmployeeForAdmin(actor, own.employee.id)).toMatchObject({ id: own.employee.id, account: "BELUM_AKTIF" });
    expect(await getEmployeeForAdmin(actor, other.employee.id)).toBeNull();
  });
});
