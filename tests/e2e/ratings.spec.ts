import { expect, test, type Page } from "@playwright/test";
import { jakartaDate, monthLabel } from "@/lib/domain/period";
import { DEMO_ACCOUNTS } from "@/prisma/factories";
import { login, logout, setPassword, withDb } from "./support";

const staf = DEMO_ACCOUNTS.staf;
const kasi = DEMO_ACCOUNTS.kepalaSeksi;
const PASSWORD = "PenilaianPerilaku2026";
const VALUES = ["Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif"];

// The running month (WIB), whose raters the seed assigned. Its window opens on the configured day
// (default the 20th): before that day the spec opens it from the 1st through the year's policy.
const today = jakartaDate(new Date());
const period = { year: today.year, month: today.month };
const periodName = `${monthLabel(today.month)} ${today.year}`;

type Restore = { policyId: number; openDay: unknown } | { insertedPolicyId: number } | null;
let restore: Restore = null;
let peer: { nip: string; name: string };

/** Opens the running month's window today, remembering how to undo it. */
async function openWindow(): Promise<void> {
  await withDb(async (c) => {
    const { rows } = await c.query<{ id: number; config: Record<string, unknown> }>(
      `SELECT id, config FROM remuneration_policy WHERE year = $1 ORDER BY version DESC LIMIT 1`,
      [period.year],
    );
    const openDay = typeof rows[0]?.config.ratingWindowOpenDay === "number" ? (rows[0].config.ratingWindowOpenDay as number) : 20;
    if (today.day >= openDay) return;
    if (rows[0]) {
      restore = { policyId: rows[0].id, openDay: rows[0].config.ratingWindowOpenDay };
      await c.query(`UPDATE remuneration_policy SET config = jsonb_set(config, '{ratingWindowOpenDay}', '1') WHERE id = $1`, [rows[0].id]);
    } else {
      const inserted = await c.query<{ id: number }>(
        `INSERT INTO remuneration_policy (year, version, config, note) VALUES ($1, 1, '{"ratingWindowOpenDay": 1}', 'e2e ratings') RETURNING id`,
        [period.year],
      );
      restore = { insertedPolicyId: inserted.rows[0]!.id };
    }
  });
}

async function rateAll(page: Page, level: number) {
  for (const value of VALUES) {
    await page.getByRole("group", { name: value, exact: true }).getByRole("radio", { name: new RegExp(`^${level} · `) }).check();
  }
}

test.describe("360° behaviour ratings (issue #6)", () => {
  test.beforeAll(async () => {
    await openWindow();
    // A peer assigned to rate the staff member this month (same supervisor), with an active account.
    peer = await withDb(async (c) => {
      const { rows } = await c.query<{ nip: string; name: string }>(
        `SELECT r.nip, r.name FROM rater_assignment a
         JOIN employee r ON r.id = a."raterEmployeeId" JOIN employee e ON e.id = a."rateeEmployeeId"
         JOIN user_account u ON u."employeeId" = r.id AND u.status = 'ACTIVE'
         WHERE a.year = $1 AND a.month = $2 AND a.role = 'REKAN' AND e.nip = $3 AND r."supervisorId" = e."supervisorId"
         ORDER BY r.nip LIMIT 1`,
        [period.year, period.month, staf.nip],
      );
      if (!rows[0]) throw new Error("Seed tidak menugaskan rekan untuk menilai pegawai demo bulan ini");
      // Start clean: no rating of the staff member this month (a re-run on the same database).
      await c.query(
        `DELETE FROM behaviour_rating WHERE "assignmentId" IN (
           SELECT a.id FROM rater_assignment a JOIN employee e ON e.id = a."rateeEmployeeId" WHERE a.year = $1 AND a.month = $2 AND e.nip = $3)`,
        [period.year, period.month, staf.nip],
      );
      return rows[0];
    });
    for (const nip of [staf.nip, kasi.nip, peer.nip]) await setPassword(nip, PASSWORD);
  });

  test.afterAll(async () => {
    const undo = restore;
    if (!undo) return;
    await withDb((c) =>
      "insertedPolicyId" in undo
        ? c.query(`DELETE FROM remuneration_policy WHERE id = $1`, [undo.insertedPolicyId])
        : undo.openDay === undefined
          ? c.query(`UPDATE remuneration_policy SET config = config - 'ratingWindowOpenDay' WHERE id = $1`, [undo.policyId])
          : c.query(`UPDATE remuneration_policy SET config = jsonb_set(config, '{ratingWindowOpenDay}', $2::jsonb) WHERE id = $1`, [undo.policyId, JSON.stringify(undo.openDay)]),
    );
  });

  test("a peer (on a 360 px screen) and the supervisor rate the staff member, who then sees the supervisor's average but not the single peer's", async ({ page }) => {
    // The peer, on a phone-sized screen.
    await page.setViewportSize({ width: 360, height: 780 });
    await login(page, peer.nip, PASSWORD);
    await page.getByRole("link", { name: "Penilaian", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Penilaian Perilaku", level: 1 })).toBeVisible();
    await expect(page.getByTestId("rating-period")).toHaveText(periodName);
    const task = page.getByTestId("rating-task").filter({ hasText: staf.displayName });
    await expect(task).toContainText("Rekan kerja");
    await expect(task).toContainText("Belum dinilai");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await task.getByRole("link", { name: `Nilai ${staf.displayName}` }).click();
    await expect(page.getByRole("heading", { name: `Penilaian Perilaku · ${staf.displayName}` })).toBeVisible();
    // Each level's description is on the form.
    await expect(page.getByRole("group", { name: "Akuntabel", exact: true })).toContainText("Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, dan disiplin");

    // Incomplete: refused with a message naming the missing value, nothing saved.
    for (const value of VALUES.slice(0, 6)) await page.getByRole("group", { name: value, exact: true }).getByRole("radio", { name: /^3 · / }).check();
    await page.getByRole("button", { name: "Simpan Penilaian" }).click();
    await expect(page.getByTestId("rating-error")).toContainText("Penilaian belum lengkap");
    await expect(page.getByRole("group", { name: "Kolaboratif", exact: true })).toContainText("Pilih nilai Kolaboratif (1–5).");
    // What was chosen is kept.
    await expect(page.getByRole("group", { name: "Loyal", exact: true }).getByRole("radio", { name: /^3 · / })).toBeChecked();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await rateAll(page, 3);
    await page.getByLabel("Komentar (opsional)").fill("Selalu membantu rekan satu seksi.");
    await page.getByRole("button", { name: "Simpan Penilaian" }).click();
    await expect(page.getByTestId("rating-saved")).toContainText("Penilaian disimpan");
    await page.getByRole("link", { name: "Kembali ke daftar penilaian" }).click();
    await expect(page.getByTestId("rating-task").filter({ hasText: staf.displayName })).toContainText("Sudah dinilai");
    await logout(page);

    // The supervisor.
    await page.setViewportSize({ width: 1280, height: 800 });
    await login(page, kasi.nip, PASSWORD);
    await page.goto("/penilaian");
    const own = page.getByTestId("rating-task").filter({ hasText: staf.displayName });
    await expect(own).toContainText("Anda menilai sebagai atasan");
    await own.getByRole("link", { name: `Nilai ${staf.displayName}` }).click();
    await rateAll(page, 4);
    await page.getByRole("button", { name: "Simpan Penilaian" }).click();
    await expect(page.getByTestId("rating-saved")).toBeVisible();
    const kasiAssignment = page.url().split("/").pop()!;
    await logout(page);

    // The staff member: the supervisor's 4,00 is shown, the single peer's 3,00 is not; the score uses both.
    await login(page, staf.nip, PASSWORD);
    await page.goto("/penilaian");
    const result = page.getByTestId("behaviour-result");
    await expect(result.getByTestId("result-atasan")).toContainText("4,00");
    await expect(result.getByTestId("result-rekan")).toContainText("Tidak ditampilkan: kurang dari 2 penilai menjawab");
    await expect(result.getByTestId("result-rekan")).not.toContainText("3,00");
    await expect(result).not.toContainText(peer.name);
    // (50 · 4 + 30 · 3) / 80 / 5 × 100 = 72.5, plus any subordinate: the staff member has none.
    await expect(page.getByTestId("behaviour-score")).toContainText("72,50");
    // Someone else's rating form is not found.
    const response = await page.goto(`/penilaian/${kasiAssignment}`);
    expect(response?.status()).toBe(404);
  });
});
