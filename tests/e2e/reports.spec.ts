import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_EMPLOYEES } from "@/prisma/factories";
import { login, logout, setPassword, withDb } from "./support";

const admin = DEMO_ACCOUNTS.adminOpd;
const staf = DEMO_ACCOUNTS.staf;
const kasi = DEMO_ACCOUNTS.kepalaSeksi;
/** A subordinate of the Kepala Seksi about whom nothing is recorded (no spec logs work for her). */
const newcomer = DEMO_EMPLOYEES.find((e) => e.key === "aplikasi4")!;
const PASSWORD = "KinerjaLaporan2026";

/** This month in WIB, "YYYY-MM", and its first day. */
function thisMonth() {
  const wib = new Date(Date.now() + 7 * 3600_000);
  const key = `${wib.getUTCFullYear()}-${String(wib.getUTCMonth() + 1).padStart(2, "0")}`;
  return { key, firstDay: `${key}-01` };
}

/** "90,33" as the page shows a score; "—" without one. */
const scoreText = (v: unknown) => (typeof v === "number" ? v.toFixed(2).replace(".", ",") : "—");
const scoreValue = (t: string) => (t === "—" ? -1 : Number(t.replace(",", ".")));

/**
 * At 360 px the page must not scroll sideways (tables scroll inside their own box): what sticks out.
 * The charts (recharts ResponsiveContainer) take the new width a moment after the resize, so this
 * measures again for up to 3 s before it reports what still sticks out.
 */
async function overflowAt360(page: Page): Promise<string[]> {
  await page.setViewportSize({ width: 360, height: 800 });
  const measure = () =>
    page.evaluate(() => {
      const out = [...document.querySelectorAll("body *")]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.parentElement?.closest(".overflow-x-auto"))
        .map((e) => `${e.tagName.toLowerCase()} "${(e.textContent ?? "").slice(0, 40)}"`);
      if (document.documentElement.scrollWidth > window.innerWidth) out.push(`document ${document.documentElement.scrollWidth}px`);
      return out.slice(0, 8);
    });
  let wide = await measure();
  for (let waited = 0; wide.length > 0 && waited < 3_000; waited += 100) {
    await page.waitForTimeout(100);
    wide = await measure();
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  return wide;
}

test.describe("reports (issue 8)", () => {
  test.beforeAll(async () => {
    await setPassword(admin.nip, PASSWORD);
    await setPassword(staf.nip, PASSWORD);
    await setPassword(kasi.nip, PASSWORD);
  });

  test("Admin OPD: this month's agency recap ranked by score, and the xlsx has the page's rows", async ({ page }) => {
    const month = thisMonth();
    // Three staff of the demo agency who supervise nobody, with 900, 600 and 300 approved minutes.
    const picked = await withDb(async (c) => {
      const { rows } = await c.query<{ id: number; nip: string }>(
        `SELECT e.id, e.nip FROM employee e
         WHERE e."opdId" = (SELECT "opdId" FROM employee WHERE nip = $1) AND e.nip <> ALL($2::text[])
           AND NOT EXISTS (SELECT 1 FROM employee s WHERE s."supervisorId" = e.id)
         ORDER BY e.nip LIMIT 3`,
        [admin.nip, Object.values(DEMO_ACCOUNTS).map((a) => a.nip)],
      );
      for (const [i, e] of rows.entries()) {
        await c.query(
          `INSERT INTO activity ("employeeId", date, "startMinute", "endMinute", description, "outputQuantity", "outputUnit", status, "submittedAt", "reviewedAt", "updatedAt")
           VALUES ($1, $2::date, 420, $3, 'Menyusun bahan rapat koordinasi', 1, 'dokumen', 'DISETUJUI', now(), now(), now())`,
          [e.id, month.firstDay, 420 + 900 - i * 300],
        );
      }
      return rows.map((r) => r.nip);
    });
    expect(picked).toHaveLength(3);

    await login(page, admin.nip, PASSWORD);
    await page.goto("/laporan");
    await page.getByRole("link", { name: "Rekap kinerja" }).click();
    await expect(page.getByRole("heading", { name: "Rekap Kinerja Pegawai" })).toBeVisible();
    await expect(page.getByLabel("Bulan", { exact: true })).toHaveValue(month.key);
    await expect(page.getByTestId("recap-scope")).toContainText("Dinas Komunikasi dan Informatika");

    const rows = page.getByTestId("recap-row");
    const count = await rows.count();
    expect(count).toBeGreaterThan(10);
    const pageRows: string[][] = [];
    for (let i = 0; i < count; i++) pageRows.push(await rows.nth(i).locator("td").allInnerTexts());
    const col = (name: string) => ["Peringkat", "NIP", "Nama", "Jabatan", "Unit Kerja", "Aktivitas", "Capaian IKI", "Perilaku", "Nilai", "Predikat"].indexOf(name);
    // Ranked: scores never increase down the table, ranks are 1..n.
    const scores = pageRows.map((r) => scoreValue(r[col("Nilai")]!.trim()));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(pageRows.map((r) => Number(r[col("Peringkat")]))).toEqual(pageRows.map((_, i) => i + 1));
    const position = (nip: string) => pageRows.findIndex((r) => r[col("NIP")]!.trim() === nip);
    expect(position(picked[0]!)).toBeLessThan(position(picked[1]!));
    expect(position(picked[1]!)).toBeLessThan(position(picked[2]!));

    // The bad month gets a clear message.
    await page.goto("/laporan/rekap?bulan=2026-13");
    await expect(page.getByTestId("recap-error")).toContainText("Bulan tidak valid");
    await page.goBack();

    expect(await overflowAt360(page)).toEqual([]);

    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Unduh Excel" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(new RegExp(`^rekap-kinerja-opd-\\d+-${month.key}\\.xlsx$`));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell(1, 1).value)).toContain("Dinas Komunikasi dan Informatika");
    const fileRows: string[][] = [];
    for (let r = 5; r <= ws.rowCount; r++) {
      const v = (c: number) => ws.getCell(r, c + 1).value;
      fileRows.push([String(v(col("Peringkat"))), String(v(col("NIP"))), String(v(col("Nama"))), String(v(col("Jabatan"))), String(v(col("Unit Kerja"))), scoreText(v(col("Aktivitas"))), scoreText(v(col("Nilai"))), String(v(col("Predikat")))]);
    }
    const shown = pageRows.map((r) => [col("Peringkat"), col("NIP"), col("Nama"), col("Jabatan"), col("Unit Kerja"), col("Aktivitas"), col("Nilai"), col("Predikat")].map((i) => r[i]!.trim()));
    expect(fileRows).toEqual(shown);
    await logout(page);
  });

  test("an employee prints their monthly report and downloads it as a PDF", async ({ page }) => {
    const month = thisMonth();
    await login(page, staf.nip, PASSWORD);
    await page.goto("/laporan");
    await page.getByRole("link", { name: /^Cetak laporan bulan/ }).click();
    await expect(page).toHaveURL(new RegExp(`/laporan/cetak\\?bulan=${month.key}$`));
    await expect(page.getByRole("heading", { name: "Laporan Kinerja Pegawai Bulanan" })).toBeVisible();
    await expect(page.getByTestId("report-nip")).toHaveText(staf.nip);
    await expect(page.getByTestId("report-signatures")).toContainText("Pejabat Penilai Kinerja");
    await expect(page.getByTestId("report-signatures")).toContainText("Bandung, ");
    await expect(page.getByRole("button", { name: "Cetak" })).toBeVisible();
    // No app navigation on the print page.
    await expect(page.getByRole("navigation", { name: "Navigasi utama" })).toHaveCount(0);

    expect(await overflowAt360(page)).toEqual([]);

    const href = await page.getByRole("link", { name: "Unduh PDF" }).getAttribute("href");
    const res = await page.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    expect(res.headers()["content-disposition"]).toBe(`attachment; filename="laporan-kinerja-${staf.nip}-${month.key}.pdf"`);
    expect((await res.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // A colleague who is not their subordinate is out of reach: the page says so, the PDF is 404.
    await page.goto(`/laporan/cetak?bulan=${month.key}&nip=${admin.nip}`);
    await expect(page.getByTestId("report-error")).toContainText("di luar kewenangan");
    expect((await page.request.get(`/laporan/cetak/pdf?bulan=${month.key}&nip=${admin.nip}`)).status()).toBe(404);
  });

  test("a quarter without any basis gets no predikat proposal: the supervisor is told so and must choose", async ({ page }) => {
    const removeEvaluation = () =>
      withDb((c) => c.query(`DELETE FROM predikat_evaluation WHERE "employeeId" = (SELECT id FROM employee WHERE nip = $1)`, [newcomer.nip]));
    await removeEvaluation();
    try {
      await login(page, kasi.nip, PASSWORD);
      await page.goto(`/laporan/tim/${newcomer.nip}`);
      await expect(page.getByTestId("predikat-no-basis-TW1")).toContainText("Belum ada dasar penilaian");
      const form = page.getByTestId("predikat-form-TW1");
      await expect(form.getByLabel("Hasil kerja")).toHaveValue("");
      await expect(form.getByLabel("Perilaku")).toHaveValue("");
      await expect(form.getByTestId("TW1-hasil-hint")).toHaveText("Tidak ada usulan sistem: belum ada dasar penilaian.");
      // Nothing chosen: refused with a message, nothing stored.
      await form.getByRole("button", { name: "Tetapkan Predikat" }).click();
      await expect(form.getByText("Pilih rating hasil kerja.")).toBeVisible();
      await expect(form.getByText("Pilih rating perilaku.")).toBeVisible();
      const count = () => withDb(async (c) => Number((await c.query(`SELECT count(*) AS n FROM predikat_evaluation WHERE "employeeId" = (SELECT id FROM employee WHERE nip = $1)`, [newcomer.nip])).rows[0].n));
      expect(await count()).toBe(0);
      // The supervisor decides; no proposal is stored beside it.
      await form.getByLabel("Hasil kerja").selectOption("SESUAI");
      await form.getByLabel("Perilaku").selectOption("SESUAI");
      await form.getByRole("button", { name: "Tetapkan Predikat" }).click();
      await expect(form.getByText("Predikat ditetapkan: Baik.")).toBeVisible();
      const stored = await withDb(async (c) =>
        (await c.query(`SELECT "proposedHasil", "proposedPerilaku", predikat FROM predikat_evaluation WHERE "employeeId" = (SELECT id FROM employee WHERE nip = $1)`, [newcomer.nip])).rows,
      );
      expect(stored).toEqual([{ proposedHasil: null, proposedPerilaku: null, predikat: "BAIK" }]);
    } finally {
      await removeEvaluation();
    }
  });
});
