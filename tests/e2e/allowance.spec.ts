import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { jakartaDate, monthLabel } from "@/lib/domain/period";
import { DEMO_ACCOUNTS } from "@/prisma/factories";
import { login, logout, setPassword, withDb } from "./support";

const PASSWORD = "TrkJabar#2026x";
const bkd = DEMO_ACCOUNTS.adminBkd;
const staf = DEMO_ACCOUNTS.staf;

// Two months back (WIB) is always past its scheduled lock (the 5th of the following month).
const today = jakartaDate(new Date());
const index = today.year * 12 + today.month - 1 - 2;
const year = Math.floor(index / 12);
const month = (index % 12) + 1;
const key = `${year}-${String(month).padStart(2, "0")}`;

/** The first two weekdays of the month. */
function firstWeekdays(): string[] {
  const out: string[] = [];
  for (let day = 1; out.length < 2; day++) {
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

const rupiah = (text: string) => Number(text.replace(/[^0-9]/g, ""));

test.describe("allowance run, slip and export (issue #7)", () => {
  test.beforeAll(async () => {
    await setPassword(bkd.nip, PASSWORD);
    await setPassword(staf.nip, PASSWORD);
    const [tkDay, lateDay] = firstWeekdays();
    await withDb(async (c) => {
      // Runs of this month for Diskominfo from earlier journeys go; revisions before what they supersede.
      await c.query(
        `DELETE FROM allowance_run WHERE year = $1 AND month = $2 AND ("opdId" = (SELECT id FROM opd WHERE code = '2.14') OR "opdId" IS NULL)
           AND id NOT IN (SELECT "supersedesRunId" FROM allowance_run WHERE "supersedesRunId" IS NOT NULL)`,
        [year, month],
      );
      await c.query(`DELETE FROM allowance_run WHERE year = $1 AND month = $2 AND ("opdId" = (SELECT id FROM opd WHERE code = '2.14') OR "opdId" IS NULL)`, [year, month]);
      // A policy for the month's year (the seed has the seed year's).
      await c.query(
        `INSERT INTO remuneration_policy (year, version, config, note)
         SELECT $1, 1, config, 'salinan untuk uji e2e' FROM remuneration_policy WHERE NOT EXISTS (SELECT 1 FROM remuneration_policy WHERE year = $1)
         ORDER BY year DESC, version DESC LIMIT 1`,
        [year],
      );
      const employee = await c.query<{ id: number }>(`SELECT id FROM employee WHERE nip = $1`, [staf.nip]);
      const id = employee.rows[0]!.id;
      // K-MOB attendance: a TK day (3%) and a 45-minute late arrival (TL2, 1%).
      for (const [date, status, checkIn, checkOut] of [
        [tkDay, "TK", null, null],
        [lateDay, "HADIR", 450 + 45, 960],
      ] as const) {
        await c.query(
          `INSERT INTO attendance_day ("employeeId", date, status, "checkInMinute", "checkOutMinute", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())
           ON CONFLICT ("employeeId", date) DO UPDATE SET status = EXCLUDED.status, "checkInMinute" = EXCLUDED."checkInMinute", "checkOutMinute" = EXCLUDED."checkOutMinute"`,
          [id, date, status, checkIn, checkOut],
        );
      }
    });
  });

  test("Admin BKD runs Diskominfo, the slip and the Excel list agree, and the employee sees the same net", async ({ page }) => {
    await login(page, bkd.nip, PASSWORD);
    await page.getByRole("link", { name: "Admin", exact: true }).click();
    await page.getByRole("link", { name: /Perhitungan TRK/ }).click();
    await expect(page.getByRole("heading", { name: "Perhitungan TRK" })).toBeVisible();

    const form = page.getByRole("region", { name: "Hitung", exact: true });
    // A month that has not locked yet is refused with a clear message.
    const open = `${today.year}-${String(today.month).padStart(2, "0")}`;
    await form.getByLabel("Bulan kinerja").fill(open);
    await form.getByLabel("Perangkat daerah").selectOption({ label: "Dinas Komunikasi dan Informatika" });
    await form.getByRole("button", { name: "Hitung" }).click();
    await expect(page.getByTestId("compute-error")).toContainText("belum dikunci");

    await form.getByLabel("Bulan kinerja").fill(key);
    await form.getByLabel("Perangkat daerah").selectOption({ label: "Dinas Komunikasi dan Informatika" });
    await form.getByRole("button", { name: "Hitung" }).click();
    await expect(page).toHaveURL(/\/admin\/trk\/\d+$/);
    await expect(page.getByRole("heading", { name: `TRK ${monthLabel(month)} ${year} — Dinas Komunikasi dan Informatika` })).toBeVisible();
    await expect(page.getByTestId("run-state")).toHaveText("Draf");

    const row = page.getByTestId(`line-${staf.nip}`);
    const net = rupiah(await row.locator('[data-col="net"]').innerText());
    expect(net).toBeGreaterThan(0);

    // The Excel list: the same net for the employee, as a whole number.
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Unduh Excel" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(new RegExp(`^trk-${key}-2\\.14-r\\d+\\.xlsx$`));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(13).value).toBe("Neto");
    let excelNet: unknown;
    sheet.eachRow((r) => {
      if (r.getCell(1).value === staf.nip) excelNet = r.getCell(13).value;
    });
    expect(excelNet).toBe(net);
    const totalNet = rupiah(await page.getByTestId("total-net").innerText());
    expect(sheet.getRow(sheet.rowCount).getCell(13).value).toBe(totalNet);

    // The employee's slip as the admin sees it, with the deductions by day.
    await row.getByRole("link", { name: staf.nip }).click();
    await expect(page.getByRole("heading", { name: "Slip TRK" })).toBeVisible();
    await expect(page.getByTestId("slip-provisional")).toBeVisible();
    expect(rupiah(await page.getByTestId("slip-net").innerText())).toBe(net);
    await expect(page.getByTestId("slip-deductions")).toContainText("TK");
    await expect(page.getByTestId("slip-deductions")).toContainText("TL2");

    await page.goBack();
    await page.getByRole("button", { name: "Finalkan" }).click();
    await expect(page.getByTestId("finalise-success")).toBeVisible();
    await expect(page.getByTestId("run-state")).toHaveText("Final");
    await logout(page);

    await login(page, staf.nip, PASSWORD);
    await page.getByRole("link", { name: "TRK", exact: true }).click();
    await page.getByLabel("Bulan", { exact: true }).fill(key);
    await page.getByRole("button", { name: "Tampilkan" }).click();
    expect(rupiah(await page.getByTestId("slip-net").innerText())).toBe(net);
    await expect(page.getByTestId("slip-provisional")).toHaveCount(0);
    await expect(page.getByTestId("slip-table")).toContainText("Basis kelas jabatan");
  });
});
