import bcrypt from "bcrypt";
import { expect, test } from "@playwright/test";
import { jakartaDate, monthLabel } from "@/lib/domain/period";
import { DEMO_ACCOUNTS, type DemoAccount } from "@/prisma/factories";
import { login, withDb } from "./support";

/** Puts a seeded account back to its temporary password, so runs and other specs start alike. */
async function resetToTemporaryPassword(account: DemoAccount): Promise<void> {
  const hash = await bcrypt.hash(account.password, 12);
  await withDb((c) =>
    c.query(
      `UPDATE user_account SET "passwordHash" = $1, "mustChangePassword" = true, "failedLoginCount" = 0, "lockedUntil" = NULL, status = 'ACTIVE'
       WHERE "employeeId" = (SELECT id FROM employee WHERE nip = $2)`,
      [hash, account.nip],
    ),
  );
}

// The running month (WIB) is always open on its schedule, so the journey works on any day.
const today = jakartaDate(new Date());
const month = { year: today.year, month: today.month, name: `${monthLabel(today.month)} ${today.year}` };

/** The running month back to its scheduled lock only (other specs share the database). */
const resetMonth = () =>
  withDb((c) =>
    c.query(
      `UPDATE period SET "lockedAt" = NULL, "lockedById" = NULL, "reopenedAt" = NULL, "reopenedById" = NULL, "reopenReason" = NULL
       WHERE year = $1 AND month = $2`,
      [month.year, month.month],
    ),
  );

const lockedAt = () =>
  withDb(async (c) => (await c.query<{ lockedAt: Date | null }>(`SELECT "lockedAt" FROM period WHERE year = $1 AND month = $2`, [month.year, month.month])).rows[0]?.lockedAt ?? null);

test.describe("month locks (issue #5)", () => {
  test.beforeAll(async () => {
    await resetToTemporaryPassword(DEMO_ACCOUNTS.adminBkd);
    await resetToTemporaryPassword(DEMO_ACCOUNTS.adminOpd);
    await resetMonth();
  });
  test.afterAll(async () => {
    await resetToTemporaryPassword(DEMO_ACCOUNTS.adminBkd);
    await resetToTemporaryPassword(DEMO_ACCOUNTS.adminOpd);
    await resetMonth();
  });

  test("Admin BKD locks the running month early and reopens it with a reason, both audited", async ({ page }) => {
    const admin = DEMO_ACCOUNTS.adminBkd;
    await login(page, admin.nip, admin.password, "PeriodeKunci2026x");
    await page.getByRole("link", { name: "Admin", exact: true }).click();
    await page.getByRole("link", { name: /Periode dan Penguncian Bulan/ }).click();
    await expect(page.getByRole("heading", { name: "Periode dan Penguncian Bulan" })).toBeVisible();
    await expect(page.getByTestId("period-list").getByRole("listitem")).toHaveCount(12);

    const row = page.getByTestId(`period-${month.month}`);
    const state = page.getByTestId(`period-${month.month}-state`);
    await expect(state).toHaveText("Terbuka");
    await expect(row).toContainText("Jadwal kunci:");
    await expect(row).toContainText("23.59 WIB");

    // Locking asks first, says what happens and that it can be reopened; "Batal" changes nothing.
    const lockNow = row.getByRole("button", { name: `Kunci Sekarang ${month.name}` });
    await lockNow.click();
    const question = row.getByRole("group", { name: `Kunci bulan ${month.name} sekarang?` });
    await expect(question).toBeVisible();
    await expect(question).toBeFocused();
    await expect(question).toContainText("berlaku untuk seluruh pegawai");
    await expect(question).toContainText("dapat dibuka kembali oleh Admin BKD");
    await question.getByRole("link", { name: "Batal" }).click();
    await expect(question).toHaveCount(0);
    await expect(lockNow).toBeFocused();
    await lockNow.click();
    await page.keyboard.press("Escape");
    await expect(question).toHaveCount(0);
    await expect(state).toHaveText("Terbuka");
    expect(await lockedAt()).toBeNull();

    await lockNow.click();
    await question.getByRole("button", { name: `Ya, Kunci ${month.name}` }).click();
    await expect(page.getByTestId(`lock-${month.month}-success`)).toHaveText(`Bulan ${month.name} telah dikunci.`);
    await expect(question).toHaveCount(0);
    await expect(state).toHaveText("Terkunci");
    await expect(row).toContainText(`Dikunci oleh ${admin.name}`);

    // A reason that is too short is refused with a message, and the month stays locked.
    const reason = row.getByLabel(`Alasan membuka kembali ${month.name}`);
    await reason.fill("terlalu");
    await row.getByRole("button", { name: `Buka Kembali ${month.name}` }).click();
    await expect(row.getByText("Alasan membuka kembali minimal 10 karakter.").first()).toBeVisible();
    await expect(reason).toHaveValue("terlalu");
    await expect(state).toHaveText("Terkunci");

    await reason.fill("Penguncian dini keliru, data absensi belum lengkap");
    await row.getByRole("button", { name: `Buka Kembali ${month.name}` }).click();
    await expect(page.getByTestId(`reopen-${month.month}-success`)).toHaveText(`Bulan ${month.name} telah dibuka kembali.`);
    await expect(state).toHaveText("Terbuka");
    await expect(row).toContainText("alasan: “Penguncian dini keliru, data absensi belum lengkap”");

    const audits = await withDb(async (c) =>
      (
        await c.query<{ action: string; actorNip: string }>(
          `SELECT a.action, a."actorNip" FROM audit_log a JOIN period p ON a."targetId" = p.id::text
           WHERE a."targetType" = 'Period' AND p.year = $1 AND p.month = $2 ORDER BY a.id DESC LIMIT 2`,
          [month.year, month.month],
        )
      ).rows,
    );
    expect(audits).toEqual([
      { action: "period.reopen", actorNip: admin.nip },
      { action: "period.lock", actorNip: admin.nip },
    ]);
  });

  test("without JavaScript, Kunci Sekarang still asks first and then locks", async ({ page, browser }) => {
    const admin = DEMO_ACCOUNTS.adminBkd;
    await resetToTemporaryPassword(admin);
    await resetMonth();
    await login(page, admin.nip, admin.password, "PeriodeTanpaJs2026x");
    const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
    try {
      const plain = await noJs.newPage();
      await plain.goto("/admin/periode");
      const row = plain.getByTestId(`period-${month.month}`);
      await row.getByRole("button", { name: `Kunci Sekarang ${month.name}` }).click();
      await expect(plain).toHaveURL(new RegExp(`[?&]kunci=${month.month}(&|$)`));
      const question = row.getByRole("group", { name: `Kunci bulan ${month.name} sekarang?` });
      await expect(question).toContainText("dapat dibuka kembali");
      expect(await lockedAt()).toBeNull();
      await question.getByRole("link", { name: "Batal" }).click();
      await expect(row.getByRole("group")).toHaveCount(0);
      expect(await lockedAt()).toBeNull();

      await row.getByRole("button", { name: `Kunci Sekarang ${month.name}` }).click();
      await row.getByRole("button", { name: `Ya, Kunci ${month.name}` }).click();
      await expect(plain.getByTestId(`lock-${month.month}-success`)).toHaveText(`Bulan ${month.name} telah dikunci.`);
      await expect(plain.getByTestId(`period-${month.month}-state`)).toHaveText("Terkunci");
      expect(await lockedAt()).not.toBeNull();
    } finally {
      await noJs.close();
      await resetMonth();
    }
  });

  test("Admin OPD neither sees the link nor opens the page", async ({ page }) => {
    const admin = DEMO_ACCOUNTS.adminOpd;
    await login(page, admin.nip, admin.password, "PeriodeOpd2026xy");
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "Administrasi" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Periode dan Penguncian Bulan/ })).toHaveCount(0);
    const response = await page.goto("/admin/periode");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  });
});
