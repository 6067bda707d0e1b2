import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/factories";
import { fetchImportTemplate, importErrorRows, login, resetAdminAccounts, uploadImportFile, withDb } from "./support";

const INVALID = path.resolve("tests/fixtures/sasaran-opd-invalid.csv");

/** Three targets of Dinas Kelautan dan Perikanan (2.19), one with an Indonesian decimal comma. */
const SMALL_VALID = [
  "kode_opd,tahun,sasaran_strategis,indikator,target,satuan",
  "2.19,2026,Meningkatnya produksi perikanan,Produksi perikanan tangkap,265000,ton",
  '2.19,2026,Meningkatnya produksi perikanan,Nilai Tukar Nelayan,"112,5",indeks',
  "2.19,2026,Meningkatnya kualitas ekosistem pesisir,Luas kawasan konservasi perairan yang dikelola,95.25,persen",
].join("\n");

const targetsOf = (opdCode: string) =>
  withDb(async (c) => {
    const { rows } = await c.query<{ indikator: string; target: string }>(
      `SELECT t.indikator, t.target::text AS target FROM org_target t JOIN opd o ON o.id = t."opdId" WHERE o.code = $1 ORDER BY t.indikator`,
      [opdCode],
    );
    return rows;
  });

test.describe("organisation target import, e-SAKIP (issue 4)", () => {
  test.beforeAll(resetAdminAccounts);
  test.afterAll(resetAdminAccounts);

  test("Admin BKD uploads a bad file (nothing imported), then a good one, and sees the targets table", async ({ page }) => {
    const admin = DEMO_ACCOUNTS.adminBkd;
    await login(page, admin.nip, admin.password, "ImporSasaran2026x");
    await page.getByRole("link", { name: "Admin", exact: true }).click();
    await page.getByRole("link", { name: /Impor Sasaran Organisasi \(e-SAKIP\)/ }).click();
    await expect(page.getByRole("heading", { name: "Impor Sasaran Organisasi (e-SAKIP)" })).toBeVisible();

    const templateLines = await fetchImportTemplate(page, "/admin/impor-sasaran/templat");
    expect(templateLines[0]).toBe("kode_opd,tahun,sasaran_strategis,indikator,target,satuan");

    // A file with bad rows: every bad line reported with its column, nothing written.
    await uploadImportFile(page, INVALID);
    await expect(page.getByTestId("import-outcome")).toContainText("Tidak ada data yang diimpor: 11 baris bermasalah");
    const { rows: errorRows, lines } = await importErrorRows(page);
    expect(lines).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15]);
    await expect(errorRows.filter({ hasText: '"9.99" tidak terdaftar' })).toContainText("kode_opd");
    await expect(errorRows.filter({ hasText: "juga ada di baris 12" })).toContainText("indikator");
    await expect(errorRows.filter({ hasText: "meragukan" })).toContainText("target");
    expect(await targetsOf("2.17")).toEqual([]);

    // A valid file: created, then the same file again changes nothing.
    const upload = { name: "dkp-sasaran.csv", mimeType: "text/csv", buffer: Buffer.from(SMALL_VALID, "utf8") };
    await uploadImportFile(page, upload);
    await expect(page.getByTestId("import-outcome")).toHaveText("Impor selesai: 3 sasaran baru, 0 diperbarui, 0 tidak berubah.");
    await expect(page.getByTestId("import-errors")).toHaveCount(0);
    expect(await targetsOf("2.19")).toEqual([
      { indikator: "Luas kawasan konservasi perairan yang dikelola", target: "95.2500" },
      { indikator: "Nilai Tukar Nelayan", target: "112.5000" },
      { indikator: "Produksi perikanan tangkap", target: "265000.0000" },
    ]);

    await uploadImportFile(page, upload);
    await expect(page.getByTestId("import-outcome")).toHaveText("Impor selesai: 0 sasaran baru, 0 diperbarui, 3 tidak berubah.");

    // The link of the result opens the stored targets of that agency and year.
    await page.getByRole("link", { name: "2.19 · 2026" }).click();
    await expect(page).toHaveURL(/opd=\d+&tahun=2026/);
    await expect(page.getByLabel("Perangkat daerah")).toHaveValue(/\d+/);
    await expect(page.getByLabel("Perangkat daerah").locator("option:checked")).toHaveText("Dinas Kelautan dan Perikanan");
    const table = page.getByTestId("org-targets");
    await expect(table.locator("caption")).toContainText("Dinas Kelautan dan Perikanan, tahun 2026");
    const rows = table.locator("tbody tr");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText("Meningkatnya kualitas ekosistem pesisir");
    await expect(rows.nth(0)).toContainText("95,25");
    await expect(rows.nth(1)).toContainText("Meningkatnya produksi perikanan");
    await expect(rows.nth(1)).toContainText("Nilai Tukar Nelayan");
    await expect(rows.nth(1)).toContainText("112,5");
    await expect(rows.nth(2)).toContainText("265.000");
    await expect(rows.nth(2)).toContainText("ton");

    // Choosing another agency and year in the form: the seeded Diskominfo targets.
    await page.getByLabel("Perangkat daerah").selectOption({ label: "Dinas Komunikasi dan Informatika" });
    await page.getByLabel("Tahun").fill("2026");
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await expect(table.locator("tbody tr")).toHaveCount(4);
    await expect(table).toContainText("Indeks SPBE Pemerintah Daerah Provinsi Jawa Barat");
    await page.getByLabel("Tahun").fill("2025");
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await expect(page.getByTestId("org-targets-empty")).toContainText("Dinas Komunikasi dan Informatika, tahun 2025");
  });

  test("an Admin OPD sees only their own agency, and another agency's row is refused", async ({ page }) => {
    const admin = DEMO_ACCOUNTS.adminOpd;
    await login(page, admin.nip, admin.password, "SasaranOpd2026x");
    await page.goto("/admin/impor-sasaran?opd=1&tahun=2026");
    await expect(page.getByRole("heading", { name: "Impor Sasaran Organisasi (e-SAKIP)" })).toBeVisible();
    await expect(page.getByText("Anda hanya dapat mengimpor sasaran perangkat daerah Anda sendiri.", { exact: false })).toBeVisible();
    // No agency choice: the table is Diskominfo's whatever the address asks for.
    await expect(page.getByRole("combobox", { name: "Perangkat daerah" })).toHaveCount(0);
    await expect(page.getByTestId("org-targets").locator("caption")).toContainText("Dinas Komunikasi dan Informatika, tahun 2026");

    await uploadImportFile(page, { name: "lain.csv", mimeType: "text/csv", buffer: Buffer.from(SMALL_VALID, "utf8") });
    await expect(page.getByTestId("import-outcome")).toContainText("Tidak ada data yang diimpor: 3 baris bermasalah");
    await expect(page.getByTestId("import-errors").locator("tbody tr").first()).toContainText("Anda hanya dapat mengimpor sasaran perangkat daerah 2.14");
  });
});
