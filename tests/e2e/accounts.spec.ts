import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_EMPLOYEES, DEMO_INACTIVE_NIPS, DEMO_PASSWORD, type DemoEmployee } from "@/prisma/factories";
import { fillLogin, login, waitForMail, withDb } from "./support";

const admin = DEMO_ACCOUNTS.adminOpd;
const ADMIN_NEW_PASSWORD = "AdminAkunE2e2026";

/** A never-activated employee of the Admin OPD's agency (the last, to stay clear of other specs). */
const newcomer: DemoEmployee = DEMO_EMPLOYEES.filter((e) => DEMO_INACTIVE_NIPS.includes(e.nip) && e.opdCode === admin.opdCode).at(-1)!;

/** An active Pegawai that no other spec logs in as, for the profile journey. */
const profileOwner: DemoEmployee = DEMO_EMPLOYEES.filter(
  (e) => e.account === "ACTIVE" && e.role === "PEGAWAI" && e.supervisorKey && !Object.values(DEMO_ACCOUNTS).some((a) => a.nip === e.nip),
).at(-1)!;

type SavedAccount = { userId: number; employeeId: number; email: string | null; phone: string | null; row: Record<string, unknown>; notifications: string };

/** The account and contact columns a journey changes, to put them back afterwards (the e2e database is shared by all specs). */
async function saveAccount(nip: string): Promise<SavedAccount> {
  return withDb(async (c) => {
    const { rows } = await c.query(
      `SELECT u.id AS "userId", e.id AS "employeeId", e.email, e.phone, e."emailNotifications"::text AS notifications,
              u.status, u."passwordHash", u."mustChangePassword", u."activatedAt", u."passwordChangedAt"
         FROM employee e JOIN user_account u ON u."employeeId" = e.id WHERE e.nip = $1`,
      [nip],
    );
    const r = rows[0];
    return { userId: r.userId, employeeId: r.employeeId, email: r.email, phone: r.phone, notifications: r.notifications, row: r };
  });
}

async function restoreAccount(saved: SavedAccount): Promise<void> {
  await withDb(async (c) => {
    await c.query(
      `UPDATE user_account SET status = $2, "passwordHash" = $3, "mustChangePassword" = $4, "activatedAt" = $5, "passwordChangedAt" = $6,
              "lockedUntil" = NULL, "deactivatedAt" = NULL, "sessionVersion" = "sessionVersion" + 1 WHERE id = $1`,
      [saved.userId, saved.row.status, saved.row.passwordHash, saved.row.mustChangePassword, saved.row.activatedAt, saved.row.passwordChangedAt],
    );
    await c.query(`UPDATE employee SET email = $2, phone = $3, "emailNotifications" = $4::"NotificationKind"[] WHERE id = $1`, [
      saved.employeeId,
      saved.email,
      saved.phone,
      saved.notifications,
    ]);
  });
}

async function logout(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login\?keluar=1$/);
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe("accounts (issue 3)", () => {
  test("Admin OPD activates an account; the employee logs in with the temporary password, changes it, then resets it by e-mail", async ({ page }) => {
    const savedAdmin = await saveAccount(admin.nip);
    const savedNewcomer = await saveAccount(newcomer.nip);
    const email = savedNewcomer.email ?? `e2e.aktivasi.${newcomer.nip}@jabarprov.go.id`;
    if (!savedNewcomer.email) await withDb((c) => c.query(`UPDATE employee SET email = $2 WHERE id = $1`, [savedNewcomer.employeeId, email]));
    const employeePassword = "PegawaiBaru2026";
    const resetPassword = "SetelahLupa2026";
    try {
      // The Admin OPD's own first login: the temporary password must be changed first.
      await login(page, admin.nip, admin.password, ADMIN_NEW_PASSWORD);
      await page.goto(`/admin/pegawai/${savedNewcomer.employeeId}`);
      await expect(page.getByRole("heading", { name: newcomer.name })).toBeVisible();
      const panel = page.getByTestId("account-panel");
      await expect(panel.getByTestId("account-state")).toHaveText("Belum aktif");

      const activatedAt = new Date();
      await panel.getByRole("button", { name: "Aktifkan Akun", exact: true }).click();
      const box = page.getByTestId("temporary-password-box");
      await expect(box).toBeVisible();
      await expect(box.getByRole("heading")).toHaveText("Kata sandi sementara — hanya ditampilkan sekali");
      await expect(box).toContainText(email);
      const temporaryPassword = (await box.getByTestId("temporary-password").textContent())!.trim();
      expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
      await expect(panel.getByTestId("account-state")).toHaveText("Aktif");
      await expect(panel.getByRole("button", { name: "Aktifkan Akun", exact: true })).toHaveCount(0);

      // The same password went to the employee's e-mail; nowhere is it shown a second time.
      const activationMail = await waitForMail(email, { since: activatedAt, subject: /diaktifkan/ });
      expect(activationMail.text).toContain(temporaryPassword);
      const stored = await withDb((c) => c.query(`SELECT count(*)::int AS n FROM audit_log WHERE before::text LIKE $1 OR after::text LIKE $1`, [`%${temporaryPassword}%`]));
      expect(stored.rows[0].n).toBe(0);
      await page.reload();
      await expect(page.getByTestId("temporary-password-box")).toHaveCount(0);
      await page.setViewportSize({ width: 360, height: 800 });
      await expectNoHorizontalScroll(page);
      await page.setViewportSize({ width: 1280, height: 800 });
      await logout(page);

      // The employee: temporary password, forced change, out.
      await fillLogin(page, newcomer.nip, temporaryPassword);
      await expect(page).toHaveURL(/\/ganti-kata-sandi$/);
      await page.getByLabel("Kata Sandi Baru", { exact: true }).fill(employeePassword);
      await page.getByLabel("Ulangi Kata Sandi Baru").fill(employeePassword);
      await page.getByRole("button", { name: "Simpan" }).click();
      await expect(page).toHaveURL(/\/\?sandi=diganti$/);
      await logout(page);

      // Lupa Kata Sandi: an unknown NIP and the real e-mail get the very same answer.
      await page.getByRole("link", { name: "Lupa Kata Sandi?" }).click();
      await expect(page).toHaveURL(/\/lupa-kata-sandi$/);
      await page.getByLabel("NIP atau E-mail").fill("199001012015031999");
      await page.getByRole("button", { name: "Kirim Tautan" }).click();
      const answer = await page.getByTestId("forgot-answer").textContent();
      expect(answer).toContain("Jika data cocok");

      await page.goto("/lupa-kata-sandi");
      const requestedAt = new Date();
      await page.getByLabel("NIP atau E-mail").fill(email.toUpperCase());
      await page.getByRole("button", { name: "Kirim Tautan" }).click();
      await expect(page.getByTestId("forgot-answer")).toHaveText(answer!);

      const resetMail = await waitForMail(email, { since: requestedAt, subject: /Tautan pengaturan ulang/ });
      const link = /(https?:\/\/\S+\/reset-kata-sandi\/[A-Za-z0-9_-]{43})/.exec(resetMail.text)?.[1];
      expect(link, resetMail.text).toBeTruthy();
      expect(new URL(link!).origin).toBe(new URL(page.url()).origin);
      await page.goto(link!);
      await expect(page.getByRole("heading", { name: "Atur Ulang Kata Sandi" })).toBeVisible();
      await page.getByLabel("Kata Sandi Baru", { exact: true }).fill("lemah");
      await page.getByLabel("Ulangi Kata Sandi Baru").fill("lemah");
      await page.getByRole("button", { name: "Simpan" }).click();
      await expect(page.locator("#newPassword-error")).toContainText("minimal 10 karakter");
      await page.getByLabel("Kata Sandi Baru", { exact: true }).fill(resetPassword);
      await page.getByLabel("Ulangi Kata Sandi Baru").fill(resetPassword);
      await page.getByRole("button", { name: "Simpan" }).click();
      await expect(page.getByTestId("reset-done")).toContainText("Kata sandi baru telah disimpan");

      await page.getByRole("link", { name: "Masuk" }).click();
      await expect(page).toHaveURL(/\/login$/);
      await login(page, newcomer.nip, resetPassword);
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByTestId("shell-user")).toContainText(newcomer.nip);
      await logout(page);

      // The link worked once.
      await page.goto(link!);
      await expect(page.getByTestId("reset-invalid")).toBeVisible();
      await expect(page.getByRole("link", { name: "Minta Tautan Baru" })).toBeVisible();
    } finally {
      await restoreAccount(savedNewcomer);
      await restoreAccount(savedAdmin);
    }
  });

  test("an employee keeps their contact details and e-mail choices on the profile and changes the password without being logged out", async ({ page }) => {
    const saved = await saveAccount(profileOwner.nip);
    const first = "ProfilSaya2026";
    const second = "ProfilBaru2026";
    try {
      await login(page, profileOwner.nip, DEMO_PASSWORD, first);
      await page.getByTestId("shell-user").click();
      await expect(page).toHaveURL(/\/profil$/);
      await expect(page.getByRole("heading", { name: "Profil", level: 1 })).toBeVisible();
      const personnel = page.getByTestId("personnel-data");
      await expect(personnel).toContainText(profileOwner.nip);
      await expect(personnel).toContainText(profileOwner.position);
      await expect(personnel).toContainText(/kelas jabatan \d+/);

      // Refused input stays in the field with its message.
      await page.getByLabel("E-mail", { exact: true }).fill("bukan-email");
      await page.getByLabel("Nomor HP").fill("0812");
      await page.getByRole("button", { name: "Simpan Kontak" }).click();
      await expect(page.locator("#email-error")).toContainText("Format alamat e-mail tidak valid");
      await expect(page.locator("#phone-error")).toContainText("diawali 08 atau +628");
      await expect(page.getByLabel("E-mail", { exact: true })).toHaveValue("bukan-email");

      await page.getByLabel("E-mail", { exact: true }).fill("Profil.E2E@Jabarprov.go.id");
      await page.getByLabel("Nomor HP").fill("+62 812 1111 2222");
      await page.getByRole("button", { name: "Simpan Kontak" }).click();
      await expect(page.getByTestId("contact-saved")).toHaveText("Kontak disimpan.");

      await page.getByLabel("Pengumuman baru").check();
      await page.getByLabel("SKP saya disetujui").uncheck();
      await page.getByRole("button", { name: "Simpan Pilihan Notifikasi" }).click();
      await expect(page.getByTestId("preferences-saved")).toBeVisible();

      const stored = await withDb((c) =>
        c.query(`SELECT email, phone, "emailNotifications"::text AS kinds FROM employee WHERE id = $1`, [saved.employeeId]),
      );
      expect(stored.rows[0]).toMatchObject({ email: "profil.e2e@jabarprov.go.id", phone: "081211112222" });
      expect(stored.rows[0].kinds).toContain("ANNOUNCEMENT");
      expect(stored.rows[0].kinds).not.toContain("SKP_APPROVED");
      const audits = await withDb((c) =>
        c.query(`SELECT action FROM audit_log WHERE "targetType" = 'Employee' AND "targetId" = $1 ORDER BY id`, [String(saved.employeeId)]),
      );
      expect(audits.rows.map((r) => r.action)).toEqual(["profile.contact_updated", "profile.email_notifications_updated"]);

      // Ganti Kata Sandi: the current one is required; this session continues afterwards.
      await page.getByLabel("Kata Sandi Saat Ini").fill("SalahSekali2026");
      await page.getByLabel("Kata Sandi Baru", { exact: true }).fill(second);
      await page.getByLabel("Ulangi Kata Sandi Baru").fill(second);
      await page.getByRole("button", { name: "Simpan", exact: true }).click();
      await expect(page.getByTestId("form-error")).toHaveText("Kata sandi saat ini salah.");
      await page.getByLabel("Kata Sandi Saat Ini").fill(first);
      await page.getByLabel("Kata Sandi Baru", { exact: true }).fill(second);
      await page.getByLabel("Ulangi Kata Sandi Baru").fill(second);
      await page.getByRole("button", { name: "Simpan", exact: true }).click();
      await expect(page.getByText("Kata sandi berhasil diganti.")).toBeVisible();
      await page.reload();
      await expect(page).toHaveURL(/\/profil$/);
      await expect(page.getByLabel("E-mail", { exact: true })).toHaveValue("profil.e2e@jabarprov.go.id");
      await page.setViewportSize({ width: 360, height: 800 });
      await expectNoHorizontalScroll(page);
      await page.setViewportSize({ width: 1280, height: 800 });
      await logout(page);
      await login(page, profileOwner.nip, second);
    } finally {
      await restoreAccount(saved);
    }
  });
});
