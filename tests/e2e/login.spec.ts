import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_EMPLOYEES } from "@/prisma/factories";
import { formatPersonName } from "@/lib/domain/person-name";
import { fillLogin, login, loginError, resetToTemporaryPassword, withDb } from "./support";

test.describe("login with NIP (issue 2)", () => {
  // Other specs sign the demo staff member in with a chosen password: start from the temporary one.
  test.beforeAll(() => resetToTemporaryPassword(DEMO_ACCOUNTS.staf));

  test("a seeded employee logs in with the temporary password, must change it, and sees the app shell", async ({ page }) => {
    const staf = DEMO_ACCOUNTS.staf;
    const atasan = DEMO_ACCOUNTS.kepalaSeksi;
    await fillLogin(page, staf.nip, staf.password);
    await expect(page).toHaveURL(/\/ganti-kata-sandi$/);
    await expect(page.getByRole("heading", { name: "Ganti Kata Sandi" })).toBeVisible();

    // Forced change: nothing else opens before it is done.
    await page.goto("/skp");
    await expect(page).toHaveURL(/\/ganti-kata-sandi$/);

    // The §12 rule is enforced on the server.
    await page.getByLabel("Kata Sandi Baru", { exact: true }).fill("lemah");
    await page.getByLabel("Ulangi Kata Sandi Baru").fill("lemah");
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByText("Kata sandi minimal 10 karakter.", { exact: false }).first()).toBeVisible();
    await page.getByLabel("Kata Sandi Baru", { exact: true }).fill(`Ab1${staf.nip}`);
    await page.getByLabel("Ulangi Kata Sandi Baru").fill(`Ab1${staf.nip}`);
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByTestId("form-error")).toContainText("NIP");

    await page.getByLabel("Kata Sandi Baru", { exact: true }).fill("KinerjaJabar2026");
    await page.getByLabel("Ulangi Kata Sandi Baru").fill("KinerjaJabar2026");
    await page.getByRole("button", { name: "Simpan" }).click();

    await expect(page).toHaveURL(/\/\?sandi=diganti$/);
    await expect(page.getByText("Kata sandi berhasil diganti.")).toBeVisible();
    await expect(page.getByTestId("shell-user")).toContainText(staf.displayName);
    await expect(page.getByTestId("shell-user")).toContainText(staf.nip);
    const card = page.getByTestId("shell-card");
    await expect(card).toContainText(staf.position);
    await expect(card).toContainText(formatPersonName(DEMO_EMPLOYEES.find((e) => e.nip === atasan.nip)!));
    for (const item of ["Beranda", "SKP", "Aktivitas", "IKI", "Penilaian", "Laporan"]) {
      await expect(page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: item, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);

    // Logging out ends the session; the new password works, the temporary one no longer does.
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/login\?keluar=1$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
    await fillLogin(page, staf.nip, staf.password);
    await expect(loginError(page)).toHaveText("NIP atau kata sandi salah.");
    await login(page, staf.nip, "KinerjaJabar2026");
    await expect(page).toHaveURL(/\/$/);
  });

  test("admins see the Admin menu", async ({ page }) => {
    const admin = DEMO_ACCOUNTS.adminOpd;
    await login(page, admin.nip, admin.password, "AdminOpdBaru2026");
    await expect(page.getByRole("link", { name: "Admin", exact: true })).toBeVisible();
    await page.getByRole("link", { name: "Admin", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Administrasi" })).toBeVisible();
  });

  test("bad input gets a clear Indonesian message", async ({ page }) => {
    const cases: [string, string, RegExp][] = [
      ["19950903202003100", "x", /18 digit/],
      ["1995090320200310AB", "x", /hanya boleh berisi angka/],
      ["19950230202003100" + "1", "x", /Tanggal lahir pada NIP/],
    ];
    for (const [nip, password, message] of cases) {
      await fillLogin(page, nip, password);
      await expect(page.locator("#nip-error")).toHaveText(message);
      await expect(page).toHaveURL(/\/login/);
    }
    await fillLogin(page, DEMO_ACCOUNTS.kepalaBidang.nip, "SalahSekali2026");
    await expect(loginError(page)).toHaveText("NIP atau kata sandi salah.");
    // An unknown but well-formed NIP gets exactly the same answer.
    await fillLogin(page, "199001012015031999", "SalahSekali2026");
    await expect(loginError(page)).toHaveText("NIP atau kata sandi salah.");
  });

  test("a deactivated account cannot log in", async ({ page }) => {
    const person = DEMO_ACCOUNTS.kepalaDinas;
    await withDb((c) =>
      c.query(`UPDATE user_account SET status = 'DEACTIVATED' WHERE "employeeId" = (SELECT id FROM employee WHERE nip = $1)`, [person.nip]),
    );
    await fillLogin(page, person.nip, person.password);
    await expect(loginError(page)).toHaveText(/Akun Anda tidak aktif/);
    await withDb((c) =>
      c.query(`UPDATE user_account SET status = 'ACTIVE' WHERE "employeeId" = (SELECT id FROM employee WHERE nip = $1)`, [person.nip]),
    );
  });
});
