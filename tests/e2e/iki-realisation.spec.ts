import { expect, test, type Locator } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/factories";
import { login, logout, setPassword, withDb } from "./support";

const kasi = DEMO_ACCOUNTS.kepalaSeksi;
const kabid = DEMO_ACCOUNTS.kepalaBidang;
const PASSWORD = "KinerjaRealisasi2026";

/** A small but real PDF. */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

const title = async (item: Locator) => (await item.getByRole("heading", { level: 2 }).textContent())!.trim();

test.describe("IKI realisation (issue 6)", () => {
  test.beforeAll(async () => {
    await setPassword(kasi.nip, PASSWORD);
    await setPassword(kabid.nip, PASSWORD);
  });

  test("the Kepala Seksi submits two realisations; the Kepala Bidang verifies one and returns the other with a note; the Kepala Seksi sees both states", async ({ page }) => {
    await login(page, kasi.nip, PASSWORD);
    await page.getByRole("link", { name: "IKI", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Realisasi IKI" })).toBeVisible();
    const items = page.getByTestId("iki-item");
    await expect(items.first()).toBeVisible();
    const first = items.nth(0);
    const second = items.nth(1);
    const firstTitle = await title(first);
    const secondTitle = await title(second);
    await expect(first.getByTestId("realisation-status")).toHaveText("Belum diisi");

    // A negative value is refused with a message on the field, and nothing is saved.
    await first.getByLabel(/Nilai Realisasi/).fill("-2");
    await first.getByRole("button", { name: "Simpan & Ajukan" }).click();
    await expect(first.getByTestId("realisation-error")).toBeVisible();
    await expect(first.getByText("Nilai realisasi tidak boleh negatif.")).toBeVisible();
    await expect(first.getByTestId("realisation-status")).toHaveText("Belum diisi");

    // First: a value with a decimal comma and a PDF as evidence, submitted at once.
    await first.getByLabel(/Nilai Realisasi/).fill("2,5");
    await first.getByLabel("Catatan Realisasi").fill("Dua dokumen rampung, satu masih direviu");
    await first.locator('input[type="file"]').setInputFiles({ name: "berita-acara.pdf", mimeType: "application/pdf", buffer: PDF });
    await expect(first.getByRole("link", { name: "berita-acara.pdf" })).toBeVisible();
    await first.getByRole("button", { name: "Simpan & Ajukan" }).click();
    await expect(first.getByTestId("realisation-status")).toHaveText("Diajukan");
    await expect(first.getByTestId("iki-value")).toContainText("2,5");
    await expect(first.getByRole("link", { name: "berita-acara.pdf" })).toBeVisible();
    await expect(first.getByTestId("realisation-form")).toHaveCount(0);

    // Second: saved as a draft first, then submitted.
    await second.getByLabel(/Nilai Realisasi/).fill("100");
    await second.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect(second.getByTestId("realisation-saved")).toContainText("Realisasi disimpan.");
    await expect(second.getByTestId("realisation-status")).toHaveText("Draf");
    await second.getByRole("button", { name: "Simpan & Ajukan" }).click();
    await expect(second.getByTestId("realisation-status")).toHaveText("Diajukan");

    // Usable on a 360 px phone: nothing wider than the screen.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.reload();
    await expect(items.first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 800 });
    await logout(page);

    // The Kepala Bidang verifies the first and returns the second.
    await login(page, kabid.nip, PASSWORD);
    await page.goto("/iki");
    await page.getByRole("link", { name: "Verifikasi Realisasi Bawahan" }).click();
    await expect(page.getByRole("heading", { name: "Verifikasi Realisasi IKI" })).toBeVisible();
    const group = page.getByTestId("realisation-group").filter({ hasText: kasi.nip });
    await expect(group.getByTestId("queue-item")).toHaveCount(2);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 800 });
    const verifyItem = group.getByTestId("queue-item").filter({ hasText: firstTitle });
    await expect(verifyItem).toContainText("2,5");
    await expect(verifyItem.getByRole("link", { name: "berita-acara.pdf" })).toBeVisible();
    await verifyItem.getByRole("button", { name: "Verifikasi" }).click();
    await expect(page.getByTestId("review-done")).toContainText("diverifikasi");
    await expect(group.getByTestId("queue-item")).toHaveCount(1);

    const returnItem = group.getByTestId("queue-item").filter({ hasText: secondTitle });
    await returnItem.getByRole("button", { name: "Kembalikan" }).click();
    await expect(returnItem.getByTestId("realisation-review-error")).toContainText("catatan");
    await returnItem.getByLabel("Catatan").fill("Lampirkan laporan pendukung untuk angka 100 ini");
    await returnItem.getByRole("button", { name: "Kembalikan" }).click();
    await expect(page.getByTestId("review-done")).toContainText("dikembalikan");
    await expect(page.getByTestId("realisation-queue-empty")).toBeVisible();
    await logout(page);

    // The Kepala Seksi sees both states, and may correct the returned one.
    await login(page, kasi.nip, PASSWORD);
    await page.goto("/iki");
    const verified = page.getByTestId("iki-item").filter({ has: page.getByRole("heading", { name: firstTitle, exact: true }) });
    const returned = page.getByTestId("iki-item").filter({ has: page.getByRole("heading", { name: secondTitle, exact: true }) });
    await expect(verified.getByTestId("realisation-status")).toHaveText("Terverifikasi");
    await expect(verified.getByTestId("realisation-form")).toHaveCount(0);
    await expect(returned.getByTestId("realisation-status")).toHaveText("Dikembalikan");
    await expect(returned.getByTestId("iki-return-note")).toContainText("Lampirkan laporan pendukung untuk angka 100 ini");
    await expect(returned.getByLabel(/Nilai Realisasi/)).toHaveValue("100");

    // Stored as shown, with its history.
    const rows = await withDb((c) =>
      c.query<{ status: string; value: string; reviews: string }>(
        `SELECT r.status::text, r.value::text, string_agg(h.action::text, ',' ORDER BY h.id) AS reviews
         FROM iki_realisation r JOIN employee e ON e.id = r."employeeId" JOIN realisation_review h ON h."realisationId" = r.id
         WHERE e.nip = $1 GROUP BY r.id ORDER BY r.id`,
        [kasi.nip],
      ),
    );
    expect(rows.rows).toEqual([
      { status: "TERVERIFIKASI", value: "2.5000", reviews: "SUBMIT,VERIFY" },
      { status: "DIKEMBALIKAN", value: "100.0000", reviews: "SUBMIT,RETURN" },
    ]);
  });
});
