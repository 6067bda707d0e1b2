import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { DEMO_ACCOUNTS } from "@/prisma/factories";
import { login, logout, setPassword, withDb } from "./support";

const staf = DEMO_ACCOUNTS.staf;
const kasi = DEMO_ACCOUNTS.kepalaSeksi;
const PASSWORD = "KinerjaAktivitas2026";

/** A small but real PDF. */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

async function addActivity(page: Page, input: { start: string; end: string; description: string; files?: { name: string; mimeType: string; buffer: Buffer }[]; submit?: boolean }) {
  const form = page.getByTestId("activity-form");
  await form.getByLabel("Jam Mulai").fill(input.start);
  await form.getByLabel("Jam Selesai").fill(input.end);
  await form.getByLabel("Uraian Aktivitas").fill(input.description);
  await form.getByLabel("Satuan Hasil").fill("dokumen");
  for (const file of input.files ?? []) {
    await form.locator('input[type="file"]').setInputFiles(file);
    await expect(form.getByText(file.name)).toBeVisible();
  }
  await form.getByRole("button", { name: input.submit === false ? "Simpan Draf" : "Simpan & Ajukan" }).click();
  await expect(page.getByTestId("activity-saved")).toBeVisible();
}

test.describe("daily activities (issue 5)", () => {
  test.beforeAll(async () => {
    await setPassword(staf.nip, PASSWORD);
    await setPassword(kasi.nip, PASSWORD);
  });

  test("three activities with a PDF and a PNG as evidence; a bad entry is refused with a message", async ({ page }) => {
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#3366aa" } }).png().toBuffer();
    await login(page, staf.nip, PASSWORD);
    await page.getByRole("link", { name: "Aktivitas", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Aktivitas Harian" })).toBeVisible();

    // An overlapping, too short entry is refused and nothing is saved.
    await addActivity(page, { start: "07:30", end: "09:00", description: "Menyusun rancangan antarmuka modul perizinan", files: [{ name: "rancangan.pdf", mimeType: "application/pdf", buffer: PDF }] });
    const form = page.getByTestId("activity-form");
    await form.getByLabel("Jam Mulai").fill("08:00");
    await form.getByLabel("Jam Selesai").fill("08:30");
    await form.getByLabel("Uraian Aktivitas").fill("rapat");
    await form.getByLabel("Satuan Hasil").fill("kegiatan");
    await form.getByRole("button", { name: "Simpan & Ajukan" }).click();
    await expect(page.getByTestId("activity-error")).toBeVisible();
    await expect(form.getByText(/bertabrakan/)).toBeVisible();
    await expect(form.getByText(/paling sedikit 10 karakter/)).toBeVisible();
    await expect(page.getByTestId("activity-item")).toHaveCount(1);

    await addActivity(page, { start: "09:00", end: "10:30", description: "Menguji modul perizinan di lingkungan uji coba", files: [{ name: "hasil-uji.png", mimeType: "image/png", buffer: png }] });
    await addActivity(page, { start: "10:30", end: "11:30", description: "Rapat koordinasi pengembangan aplikasi dengan bidang" });
    await expect(page.getByTestId("activity-item")).toHaveCount(3);
    await expect(page.getByTestId("activity-total")).toContainText("240");
    // The evidence is served to its owner.
    const href = await page.getByRole("link", { name: "rancangan.pdf" }).getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/pdf");
    await logout(page);
  });

  test("the session expires while filling the form: saving sends to login, and the typed content comes back and submits", async ({ page, context }) => {
    await login(page, staf.nip, PASSWORD);
    await page.goto("/aktivitas");
    const form = page.getByTestId("activity-form");
    await form.getByLabel("Jam Mulai").fill("13:00");
    await form.getByLabel("Jam Selesai").fill("14:30");
    await form.getByLabel("Uraian Aktivitas").fill("Menyusun laporan kemajuan pengembangan aplikasi");
    await form.getByLabel("Satuan Hasil").fill("laporan");
    await context.clearCookies();
    await form.getByRole("button", { name: "Simpan & Ajukan" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel("NIP").fill(staf.nip);
    await page.getByLabel("Kata Sandi").fill(PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page).toHaveURL(/\/aktivitas/);
    await expect(page.getByTestId("activity-restored")).toBeVisible();
    await expect(form.getByLabel("Uraian Aktivitas")).toHaveValue("Menyusun laporan kemajuan pengembangan aplikasi");
    await expect(form.getByLabel("Jam Mulai")).toHaveValue("13:00");
    await form.getByRole("button", { name: "Simpan & Ajukan" }).click();
    await expect(page.getByTestId("activity-saved")).toBeVisible();
    await expect(page.getByTestId("activity-item").filter({ hasText: "Menyusun laporan kemajuan" })).toContainText("Diajukan");
  });

  test("without JavaScript the form posts (nothing typed goes into the URL), a refused entry comes back as typed, and a valid one is saved", async ({ page, browser }) => {
    const description = "Menyusun notulen rapat koordinasi tanpa JavaScript";
    const removeOwn = () =>
      withDb((c) => c.query(`DELETE FROM activity WHERE description = $1 AND "employeeId" = (SELECT id FROM employee WHERE nip = $2)`, [description, staf.nip]));
    await removeOwn();
    await login(page, staf.nip, PASSWORD);
    const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
    try {
      const plain = await noJs.newPage();
      await plain.goto("/aktivitas");
      const form = plain.getByTestId("activity-form");
      await expect(form).toHaveAttribute("method", /^post$/i);
      await expect(form).toHaveAttribute("enctype", "multipart/form-data");

      // Too short a description: refused with the message, and everything typed is still there.
      await form.getByLabel("Jam Mulai").fill("20:00");
      await form.getByLabel("Jam Selesai").fill("20:45");
      await form.getByLabel("Uraian Aktivitas").fill("notulen");
      await form.getByLabel("Jumlah Hasil").fill("2");
      await form.getByLabel("Satuan Hasil").fill("notulen rapat");
      await form.getByRole("button", { name: "Simpan Draf" }).click();
      await expect(plain.getByTestId("activity-error")).toBeVisible();
      await expect(form.getByText(/paling sedikit 10 karakter/)).toBeVisible();
      expect(new URL(plain.url()).search).not.toMatch(/notulen|description|startTime/);
      await expect(form.getByLabel("Uraian Aktivitas")).toHaveValue("notulen");
      await expect(form.getByLabel("Jam Mulai")).toHaveValue("20:00");
      await expect(form.getByLabel("Jam Selesai")).toHaveValue("20:45");
      await expect(form.getByLabel("Jumlah Hasil")).toHaveValue("2");
      await expect(form.getByLabel("Satuan Hasil")).toHaveValue("notulen rapat");

      await form.getByLabel("Uraian Aktivitas").fill(description);
      await form.getByRole("button", { name: "Simpan Draf" }).click();
      await expect(plain.getByTestId("activity-saved")).toHaveText("Aktivitas disimpan sebagai draf.");
      expect(new URL(plain.url()).search).not.toMatch(/notulen|description|startTime/);
      await expect(plain.getByTestId("activity-item").filter({ hasText: description })).toContainText("20:00–20:45");
      const saved = await withDb(async (c) =>
        (await c.query<{ status: string; n: string }>(`SELECT status, count(*) AS n FROM activity WHERE description = $1 GROUP BY status`, [description])).rows,
      );
      expect(saved).toEqual([{ status: "DRAFT", n: "1" }]);
    } finally {
      await noJs.close();
      await removeOwn();
    }
  });

  test("supervisor entries are shown only to someone with subordinates; the pages tell the others plainly", async ({ page }) => {
    await login(page, staf.nip, PASSWORD);
    await page.goto("/aktivitas");
    const tabs = page.getByRole("navigation", { name: "Menu aktivitas" });
    await expect(tabs.getByRole("link", { name: "Harian" })).toBeVisible();
    await expect(tabs.getByRole("link", { name: "Persetujuan" })).toHaveCount(0);
    await expect(tabs.getByRole("link", { name: "Tim" })).toHaveCount(0);
    await page.goto("/skp");
    await expect(page.getByRole("link", { name: /Persetujuan SKP/ })).toHaveCount(0);
    await page.goto("/iki");
    await expect(page.getByRole("link", { name: "Verifikasi Realisasi Bawahan" })).toHaveCount(0);
    for (const path of ["/aktivitas/persetujuan", "/skp/persetujuan", "/iki/verifikasi"]) {
      await page.goto(path);
      await expect(page.getByTestId("no-subordinates"), path).toContainText("tidak memiliki bawahan langsung");
    }
    await page.goto("/aktivitas/tim");
    await expect(page.getByTestId("team-empty")).toBeVisible();
    await logout(page);

    await login(page, kasi.nip, PASSWORD);
    await page.goto("/aktivitas");
    await expect(tabs.getByRole("link", { name: "Persetujuan" })).toBeVisible();
    await expect(tabs.getByRole("link", { name: "Tim" })).toBeVisible();
    await page.goto("/skp");
    await expect(page.getByRole("link", { name: /Persetujuan SKP/ })).toBeVisible();
    await page.goto("/aktivitas/persetujuan");
    await expect(page.getByTestId("no-subordinates")).toHaveCount(0);
  });
});
