import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/factories";
import { login, logout, setPassword, withDb } from "./support";

const staf = DEMO_ACCOUNTS.staf;
const kasi = DEMO_ACCOUNTS.kepalaSeksi;
const PASSWORD = "KinerjaSkp2026";

async function waitSaved(page: Page) {
  await expect(page.getByTestId("skp-save-state")).toContainText("Tersimpan", { timeout: 15_000 });
}

async function fillIki(page: Page, label: string, input: { description: string; unit: string; targets: Record<string, string> }) {
  await page.getByLabel(`Uraian ${label}`, { exact: true }).fill(input.description);
  await page.getByLabel(`Satuan ${label}`, { exact: true }).fill(input.unit);
  for (const [month, value] of Object.entries(input.targets)) {
    await page.getByLabel(`Target ${month} ${label}`, { exact: true }).fill(value);
  }
}

test.describe("SKP (issue 4)", () => {
  test.beforeAll(async () => {
    await setPassword(staf.nip, PASSWORD);
    await setPassword(kasi.nip, PASSWORD);
  });

  test("draft with a cascaded RHK, return with a note, fix, approve, then a revision that leaves the old version in force until approved", async ({ page }) => {
    // The employee drafts: two RHK (one cascaded from the supervisor's), three IKI, monthly targets.
    await login(page, staf.nip, PASSWORD);
    await page.getByRole("link", { name: "SKP", exact: true }).click();
    await expect(page.getByRole("heading", { name: "SKP 2026" })).toBeVisible();
    await page.getByRole("button", { name: "Buat SKP 2026" }).click();
    await expect(page.getByTestId("skp-editor")).toBeVisible();

    // Submitting an empty SKP is refused with a clear message.
    await page.getByRole("button", { name: "Ajukan" }).click();
    await expect(page.getByTestId("skp-submit-error")).toContainText("SKP masih kosong");

    await page.getByRole("button", { name: "Tambah RHK Utama" }).click();
    const cascade = page.getByLabel("Intervensi RHK atasan untuk RHK 1");
    const parentLabel = (await cascade.locator("option").nth(1).textContent())!;
    await cascade.selectOption({ index: 1 });
    await page.getByLabel("Uraian RHK 1", { exact: true }).fill("Tersedianya modul aplikasi layanan perizinan daring yang andal");
    await fillIki(page, "IKI 1.1", { description: "Jumlah modul aplikasi yang selesai diuji", unit: "modul", targets: { Oktober: "1", November: "2", Desember: "2" } });
    await page.getByRole("button", { name: "Tambah IKI pada RHK 1" }).click();
    await fillIki(page, "IKI 1.2", { description: "Persentase defect yang diperbaiki", unit: "persen", targets: { Desember: "abc" } });
    await expect(page.getByText("Desember: Target harus berupa angka").first()).toBeVisible({ timeout: 15_000 });
    // A target the server could not store blocks Ajukan instead of being left out silently.
    await page.getByRole("button", { name: "Ajukan" }).click();
    await expect(page.getByTestId("skp-submit-error")).toContainText("Perbaiki isian yang ditandai merah");
    await page.getByLabel("Target Desember IKI 1.2", { exact: true }).fill("95");
    await page.getByRole("button", { name: "Tambah RHK Tambahan" }).click();
    await page.getByLabel("Uraian RHK 2", { exact: true }).fill("Terlaksananya pendampingan teknis bagi perangkat daerah");
    await fillIki(page, "IKI 2.1", { description: "Jumlah pendampingan yang dilaksanakan", unit: "kegiatan", targets: { Desember: "3" } });
    await waitSaved(page);

    // What was typed is on the server: a reload shows it.
    await page.reload();
    await expect(page.getByLabel("Uraian IKI 2.1", { exact: true })).toHaveValue("Jumlah pendampingan yang dilaksanakan");
    await expect(page.getByLabel("Target Desember IKI 1.2", { exact: true })).toHaveValue("95");

    await page.getByRole("button", { name: "Ajukan" }).click();
    await expect(page.getByTestId("skp-waiting")).toBeVisible();
    await expect(page.getByTestId("skp-status").first()).toHaveText("Diajukan");
    await logout(page);

    // The supervisor reads it with the cascaded parent beside the RHK, and returns it with a note.
    await login(page, kasi.nip, PASSWORD);
    await page.goto("/skp/persetujuan");
    await page.getByRole("link", { name: /Periksa SKP Dimas/ }).click();
    await expect(page.getByTestId("skp-parent").first()).toContainText(parentLabel.replace(/^\[Utama\] /, ""));
    await page.getByRole("button", { name: "Kembalikan" }).click();
    await expect(page.getByTestId("skp-review-error")).toContainText("catatan");
    await page.getByLabel("Catatan").fill("Target November terlalu rendah; naikkan menjadi 3 modul.");
    await page.getByRole("button", { name: "Kembalikan" }).click();
    await expect(page.getByText("SKP dikembalikan kepada pegawai")).toBeVisible();
    await logout(page);

    // The employee sees the note, fixes the target and resubmits.
    await login(page, staf.nip, PASSWORD);
    await page.goto("/skp");
    await expect(page.getByTestId("skp-returned")).toContainText("Target November terlalu rendah");
    await page.getByLabel("Target November IKI 1.1", { exact: true }).fill("3");
    await waitSaved(page);
    await page.getByRole("button", { name: "Ajukan" }).click();
    await expect(page.getByTestId("skp-waiting")).toBeVisible();
    await logout(page);

    // The supervisor approves.
    await login(page, kasi.nip, PASSWORD);
    await page.goto("/skp/persetujuan");
    await page.getByRole("link", { name: /Periksa SKP Dimas/ }).click();
    await page.getByRole("button", { name: "Setujui" }).click();
    await expect(page.getByText("SKP disetujui.")).toBeVisible();
    await expect(page.getByTestId("skp-queue-empty")).toBeVisible();
    await logout(page);

    // The employee opens a revision and changes a target; version 1 stays in force meanwhile.
    await login(page, staf.nip, PASSWORD);
    await page.goto("/skp");
    await expect(page.getByTestId("skp-in-force")).toContainText("versi 1");
    await page.getByRole("button", { name: "Buat Revisi" }).click();
    await expect(page.getByTestId("skp-editor")).toBeVisible();
    // Months already locked keep their targets: their cells cannot be edited.
    await expect(page.getByLabel("Target Oktober IKI 1.1", { exact: true })).toBeDisabled();
    await page.getByLabel("Target Desember IKI 1.1", { exact: true }).fill("4");
    await waitSaved(page);
    await page.getByRole("button", { name: "Ajukan" }).click();
    await expect(page.getByTestId("skp-waiting")).toContainText("tetap berlaku");
    await expect(page.getByTestId("skp-in-force")).toContainText("versi 1");
    const inForce = () =>
      withDb(async (c) => (await c.query(`SELECT v.number FROM skp s JOIN skp_version v ON v.id = s."inForceVersionId" JOIN employee e ON e.id = s."employeeId" WHERE e.nip = $1`, [staf.nip])).rows[0]?.number);
    expect(await inForce()).toBe(1);
    await logout(page);

    // The supervisor sees the changed target marked and approves; now version 2 is in force.
    await login(page, kasi.nip, PASSWORD);
    await page.goto("/skp/persetujuan");
    await page.getByRole("link", { name: /Periksa SKP Dimas/ }).click();
    await expect(page.getByText("berubah, semula 2")).toBeAttached();
    await page.getByRole("button", { name: "Setujui" }).click();
    await expect(page.getByText("SKP disetujui.")).toBeVisible();
    expect(await inForce()).toBe(2);
    await logout(page);

    await login(page, staf.nip, PASSWORD);
    await page.goto("/skp");
    await expect(page.getByTestId("skp-in-force")).toContainText("versi 2");
    await expect(page.getByTestId("skp-history")).toContainText("Target November terlalu rendah");
  });

  test("a draft typed while the session expired is kept in the browser and saved after logging in again", async ({ page, context }) => {
    await login(page, kasi.nip, PASSWORD);
    // Kasi has an approved SKP from the seed: open a revision to edit.
    await page.goto("/skp");
    await page.getByRole("button", { name: "Buat Revisi" }).click();
    await expect(page.getByTestId("skp-editor")).toBeVisible();
    await context.clearCookies(); // the session ends (as after 60 idle minutes)
    await page.getByLabel("Uraian RHK 1", { exact: true }).fill("Terwujudnya layanan aplikasi yang andal dan aman bagi masyarakat Jawa Barat");
    await expect(page.getByTestId("skp-save-state")).toContainText("Sesi Anda berakhir", { timeout: 15_000 });
    await login(page, kasi.nip, PASSWORD);
    await page.goto("/skp");
    await expect(page.getByTestId("skp-restored")).toBeVisible();
    await waitSaved(page);
    await page.reload();
    await expect(page.getByLabel("Uraian RHK 1", { exact: true })).toHaveValue("Terwujudnya layanan aplikasi yang andal dan aman bagi masyarakat Jawa Barat");
  });
});
