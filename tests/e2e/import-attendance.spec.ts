import path from "node:path";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/factories";
import { fetchImportTemplate, importErrorRows, login, resetAdminAccounts, uploadImportFile, withDb } from "./support";

const SAMPLE = path.resolve("prisma/data/kmob-kehadiran-2026-11-sample.csv");
const SAMPLE_ROWS = readFileSync(SAMPLE, "utf8").trim().split("\n").length - 1;

/**
 * A clean November 2026 for Diskominfo, open for changes: the sample is of November 2026, which
 * locks on schedule at the end of 5 December 2026 (WIB); past that date the spec reopens it, as Admin
 * BKD would, and afterwards puts the period row back.
 */
async function prepareNovember(): Promise<void> {
  await withDb(async (c) => {
    await c.query(
      `DELETE FROM attendance_day a USING employee e, opd o
       WHERE a."employeeId" = e.id AND e."opdId" = o.id AND o.code = '2.14' AND a.date BETWEEN '2026-11-01' AND '2026-11-30'`,
    );
    await c.query(`UPDATE period SET "reopenedAt" = now(), "lockedAt" = NULL WHERE year = 2026 AND month = 11 AND now() > "lockAt"`);
  });
}

test.describe("attendance import, K-MOB (issue 7)", () => {
  test.beforeAll(async () => {
    await resetAdminAccounts();
    await prepareNovember();
  });
  test.afterAll(resetAdminAccounts);

  test("Admin BKD uploads the sample, sees 0 errors and the created count, then the TL codes per employee", async ({ page }) => {
    const admin = DEMO_ACCOUNTS.adminBkd;
    await login(page, admin.nip, admin.password, "ImporKmob2026x");
    await page.getByRole("link", { name: "Admin", exact: true }).click();
    await page.getByRole("link", { name: /Impor Kehadiran \(K-MOB\)/ }).click();
    await expect(page.getByRole("heading", { name: "Impor Kehadiran (K-MOB)" })).toBeVisible();

    const templateLines = await fetchImportTemplate(page, "/admin/impor-kehadiran/templat");
    expect(templateLines[0]).toBe("nip,tanggal,jam_masuk,jam_pulang,status");

    // A bad row: nothing imported, the line named.
    const bad = ["nip,tanggal,jam_masuk,jam_pulang,status", `${DEMO_ACCOUNTS.staf.nip},2026-11-02,16:00,07:30,HADIR`].join("\n");
    await uploadImportFile(page, { name: "salah.csv", mimeType: "text/csv", buffer: Buffer.from(bad, "utf8") });
    await expect(page.getByTestId("import-outcome")).toContainText("Tidak ada data yang diimpor: 1 baris bermasalah");
    const { rows: errorRows, lines } = await importErrorRows(page);
    expect(lines).toEqual([2]);
    await expect(errorRows.first()).toContainText("harus setelah jam_masuk");

    await uploadImportFile(page, SAMPLE);
    const created = SAMPLE_ROWS.toLocaleString("id-ID");
    await expect(page.getByTestId("import-outcome")).toHaveText(`Impor selesai: ${created} hari kehadiran baru, 0 diperbarui, 0 tidak berubah.`);
    await expect(page.getByTestId("import-errors")).toHaveCount(0);
    await expect(page.getByTestId("import-summary")).toContainText("Baris bermasalah0");

    // The result's link opens the codes table of Diskominfo, November 2026.
    await page.getByRole("link", { name: "2.14 · November 2026" }).click();
    await expect(page).toHaveURL(/opd=\d+&bulan=2026-11/);
    const table = page.getByTestId("attendance-codes");
    await expect(table.locator("caption")).toContainText("Dinas Komunikasi dan Informatika, November 2026");
    await expect(page.getByText("November 2026: 21 hari kerja", { exact: false })).toBeVisible();
    const withTl = table.locator("tbody tr").filter({ hasText: /TL[12] \(\d\d\)/ });
    expect(await withTl.count()).toBeGreaterThan(0);
    // A row with a code deducts more than 0%.
    await expect(withTl.first().locator("td").last()).not.toHaveText("0%");
    const absent = table.locator("tbody tr").filter({ hasText: /TK \(\d\d\)/ });
    await expect(absent).toHaveCount(2);
  });
});
