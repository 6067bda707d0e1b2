import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/factories";
import { dateKey, jakartaDate } from "@/lib/domain/period";
import { login, logout, setPassword, withDb } from "./support";

const staf = DEMO_ACCOUNTS.staf;
const kasi = DEMO_ACCOUNTS.kepalaSeksi;
const PASSWORD = "InstruksiKhusus2026";
const TITLE = `Siapkan paparan rapat ${Date.now()}`;

test.describe("Instruksi khusus (issue 5)", () => {
  test.beforeAll(async () => {
    await setPassword(staf.nip, PASSWORD);
    await setPassword(kasi.nip, PASSWORD);
  });

  test("the Kepala Seksi instructs the staff member, who marks it done; the leader sees Selesai", async ({ page }) => {
    await login(page, kasi.nip, PASSWORD);
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Instruksi", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Instruksi Khusus" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Diberikan" })).toBeVisible();
    await page.getByRole("link", { name: "Buat Instruksi" }).click();

    await page.getByLabel("Judul Instruksi").fill(TITLE);
    await page.getByLabel("Uraian Instruksi").fill("Siapkan bahan paparan kemajuan aplikasi perizinan untuk rapat pimpinan.");
    await page.getByLabel("Tanggal Batas Waktu").fill(dateKey(jakartaDate(new Date(Date.now() + 2 * 86_400_000))));
    await page.getByLabel("Jam Batas Waktu (WIB)").fill("16:00");

    // Nobody chosen: refused with a clear message, what was typed stays.
    await page.getByRole("button", { name: "Berikan Instruksi" }).click();
    await expect(page.getByText("Pilih paling sedikit satu penerima instruksi.")).toBeVisible();
    await expect(page.getByLabel("Judul Instruksi")).toHaveValue(TITLE);

    await page.getByLabel("Cari pegawai").fill(staf.nip);
    await page.getByLabel(`${staf.displayName} (NIP ${staf.nip})`).check();
    await expect(page.getByTestId("instruction-chosen-count")).toHaveText("1 pegawai dipilih");
    await page.getByRole("button", { name: "Berikan Instruksi" }).click();
    await expect(page.getByText("Instruksi diberikan dan penerima telah diberi tahu.")).toBeVisible();
    await expect(page.getByTestId(`recipient-${staf.nip}`).getByTestId("instruction-state")).toHaveText("Berjalan");
    await logout(page);

    // The staff member finds it under Diterima and marks it done.
    await login(page, staf.nip, PASSWORD);
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Instruksi", exact: true }).click();
    await page.getByTestId("instructions-received").getByRole("link", { name: TITLE }).click();
    await expect(page.getByRole("heading", { name: TITLE })).toBeVisible();
    await expect(page.getByText("Bukti penyelesaian", { exact: false })).toBeVisible();
    await page.getByLabel("Catatan Penyelesaian").fill("Bahan paparan sudah dikirim ke sekretariat.");
    await page.getByRole("button", { name: "Tandai Selesai" }).click();
    await expect(page.getByTestId("instruction-done")).toContainText("Bahan paparan sudah dikirim ke sekretariat.");
    await expect(page.getByRole("button", { name: "Tandai Selesai" })).toHaveCount(0);
    await logout(page);

    // The issuer was notified and sees Selesai for the staff member.
    const kinds = await withDb(async (c) =>
      (await c.query(`SELECT n.kind FROM notification n JOIN employee e ON e.id = n."employeeId" WHERE e.nip = $1 AND n.title LIKE $2`, [kasi.nip, `%${TITLE}%`])).rows.map((r) => r.kind),
    );
    expect(kinds).toEqual(["INSTRUCTION_DONE"]);
    await login(page, kasi.nip, PASSWORD);
    await page.goto("/instruksi");
    await page.getByTestId("instructions-issued").getByRole("link", { name: TITLE }).click();
    const row = page.getByTestId(`recipient-${staf.nip}`);
    await expect(row.getByTestId("instruction-state")).toHaveText("Selesai");
    await expect(row).toContainText("Bahan paparan sudah dikirim ke sekretariat.");
  });
});
