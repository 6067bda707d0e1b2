import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/factories";
import { fetchImportTemplate, importErrorRows, login, resetAdminAccounts, uploadImportFile, withDb } from "./support";

const INVALID = path.resolve("tests/fixtures/siap-pegawai-invalid.csv");

/** Three employees of Dinas Kelautan dan Perikanan (2.19): the head and two staff. */
const SMALL_VALID = [
  "nip,nama,gelar_depan,gelar_belakang,golongan,status,jabatan,kelas_jabatan,jenis_jabatan,unit_kerja,kode_opd,nip_atasan,email,telepon,tmt,tmt_jabatan",
  '197104141997031002,Dadan Ramdani,Ir.,"M.Si.",IV/d,PNS,Kepala Dinas Kelautan dan Perikanan,14,STRUKTURAL,Dinas Kelautan dan Perikanan,2.19,,dadan.ramdani@jabarprov.go.id,081214140021,1997-03-01,2023-02-01',
  "199106062016032003,Rosita Komalasari,,S.Pi.,III/b,PNS,Analis Kebijakan Ahli Pertama,8,FUNGSIONAL,Bidang Perikanan Tangkap,2.19,197104141997031002,rosita.komalasari@jabarprov.go.id,081206060032,2016-03-01,2021-01-04",
  "199809092024031004,Fajar Hamdani,,,IX,PPPK,Penata Layanan Operasional,7,PELAKSANA,Bidang Perikanan Tangkap,2.19,197104141997031002,,,2024-03-01,2024-03-01",
].join("\n");

const countIn = (opdCode: string) =>
  withDb(async (c) => {
    const { rows } = await c.query<{ n: string }>(
      `SELECT count(*) AS n FROM employee e JOIN opd o ON o.id = e."opdId" WHERE o.code = $1`,
      [opdCode],
    );
    return Number(rows[0]!.n);
  });

test.describe("employee import and audit log (issue 3)", () => {
  test.beforeAll(resetAdminAccounts);
  test.afterAll(resetAdminAccounts);

  test("Admin BKD uploads a bad file (nothing imported), then a good one, and finds the import in the audit log", async ({ page }) => {
    const admin = DEMO_ACCOUNTS.adminBkd;
    await login(page, admin.nip, admin.password, "ImporPegawai2026x");
    await page.getByRole("link", { name: "Admin", exact: true }).click();
    await page.getByRole("link", { name: /Impor Pegawai \(SIAp\)/ }).click();
    await expect(page.getByRole("heading", { name: "Impor Pegawai (SIAp Jabar)" })).toBeVisible();

    // The template: header and two example rows, as CSV.
    const templateLines = await fetchImportTemplate(page, "/admin/impor-pegawai/templat");
    expect(templateLines[0]).toMatch(/^nip,nama,gelar_depan,.*,tmt,tmt_jabatan$/);

    // A file with bad rows: every bad line reported with its column, nothing written.
    await uploadImportFile(page, INVALID);
    await expect(page.getByTestId("import-outcome")).toContainText("Tidak ada data yang diimpor: 14 baris bermasalah");
    const { rows: errorRows, lines } = await importErrorRows(page);
    expect([...new Set(lines)]).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    await expect(errorRows.filter({ hasText: "18 digit" }).first()).toContainText("nip");
    await expect(errorRows.filter({ hasText: "lingkaran" })).toHaveCount(2);
    await expect(errorRows.filter({ hasText: "ESELON" }).first()).toContainText("jenis_jabatan");
    expect(await countIn("2.17")).toBe(0);

    // A small valid file: created with inactive accounts; the same file again changes nothing.
    const upload = { name: "dkp.csv", mimeType: "text/csv", buffer: Buffer.from(SMALL_VALID, "utf8") };
    await uploadImportFile(page, upload);
    await expect(page.getByTestId("import-outcome")).toHaveText("Impor selesai: 3 pegawai baru, 0 diperbarui, 0 tidak berubah.");
    await expect(page.getByTestId("import-summary")).toContainText("Pegawai baru3");
    await expect(page.getByTestId("import-errors")).toHaveCount(0);
    expect(await countIn("2.19")).toBe(3);
    const inactive = await withDb(async (c) =>
      (await c.query(`SELECT u.status FROM user_account u JOIN employee e ON e.id = u."employeeId" WHERE e.nip = '199809092024031004'`)).rows,
    );
    expect(inactive).toEqual([{ status: "INACTIVE" }]);

    await uploadImportFile(page, upload);
    await expect(page.getByTestId("import-outcome")).toHaveText("Impor selesai: 0 pegawai baru, 0 diperbarui, 3 tidak berubah.");

    // The audit log: newest first, filtered to imports; the bad upload left no entry.
    await page.goto("/admin");
    await page.getByRole("link", { name: /Log Audit/ }).click();
    await expect(page.getByRole("heading", { name: "Log Audit" })).toBeVisible();
    await page.getByLabel("Awalan aksi").fill("import.employees");
    await page.getByLabel("NIP pelaku").fill(admin.nip);
    await page.getByRole("button", { name: "Terapkan" }).click();
    await expect(page).toHaveURL(/aksi=import\./);
    const rows = page.getByTestId("audit-row");
    await expect(rows).toHaveCount(2);
    for (const row of await rows.all()) {
      await expect(row).toContainText("import.employees");
      await expect(row).toContainText(admin.nip);
      await expect(row).toContainText("ImportBatch");
      await expect(row.locator("td").first()).toHaveText(/\d{4}.*\d{2}[.:]\d{2}[.:]\d{2}/);
    }
    await expect(rows.nth(0)).toContainText(/tidakBerubah\s*3/);
    await expect(rows.nth(1)).toContainText(/dibuat\s*3/);
    await expect(rows.nth(1)).toContainText("dkp.csv");

    // The per-employee entries are there too, with what was created.
    await page.getByLabel("Awalan aksi").fill("employee.import.create");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await expect(rows).toHaveCount(3);
    await expect(rows.filter({ hasText: "Rosita Komalasari" })).toHaveCount(1);
  });

  test("an Admin OPD may open the import page but not the audit log", async ({ page }) => {
    const admin = DEMO_ACCOUNTS.adminOpd;
    await login(page, admin.nip, admin.password, "ImporOpdBaru2026");
    await page.goto("/admin/impor-pegawai");
    await expect(page.getByRole("heading", { name: "Impor Pegawai (SIAp Jabar)" })).toBeVisible();
    await expect(page.getByText("Anda hanya dapat mengimpor pegawai perangkat daerah Anda sendiri.", { exact: false })).toBeVisible();
    await page.goto("/admin");
    await expect(page.getByRole("link", { name: /Log Audit/ })).toHaveCount(0);
    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  });
});
