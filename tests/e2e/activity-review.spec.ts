import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/factories";
import { login, logout, setPassword, withDb } from "./support";

const staf = DEMO_ACCOUNTS.staf;
const kasi = DEMO_ACCOUNTS.kepalaSeksi;
const PASSWORD = "AktivitasTim2026";

/** Today's WIB date as YYYY-MM-DD. */
function todayWib(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

const ENTRIES = [
  { start: 450, end: 540, description: "Menyusun rancangan basis data aplikasi perizinan" },
  { start: 540, end: 630, description: "Menguji modul pendaftaran akun pemohon" },
  { start: 630, end: 660, description: "Rapat koordinasi singkat" },
];

test.describe("Activity review (issue 5)", () => {
  let ids: number[] = [];
  const today = todayWib();

  test.beforeAll(async () => {
    await setPassword(staf.nip, PASSWORD);
    await setPassword(kasi.nip, PASSWORD);
    ids = await withDb(async (c) => {
      const owner = await c.query<{ id: number }>("SELECT id FROM employee WHERE nip = $1", [staf.nip]);
      // Start from an empty day: other specs may have logged activities for this person today.
      await c.query(`UPDATE evidence_file SET "activityId" = NULL WHERE "activityId" IN (SELECT id FROM activity WHERE "employeeId" = $1 AND date = $2::date)`, [owner.rows[0]!.id, today]);
      await c.query(`DELETE FROM activity WHERE "employeeId" = $1 AND date = $2::date`, [owner.rows[0]!.id, today]);
      const out: number[] = [];
      for (const e of ENTRIES) {
        const row = await c.query<{ id: number }>(
          `INSERT INTO activity ("employeeId", date, "startMinute", "endMinute", description, "outputQuantity", "outputUnit", status, "submittedAt", "updatedAt")
           VALUES ($1, $2::date, $3, $4, $5, 1, 'dokumen', 'DIAJUKAN', now(), now()) RETURNING id`,
          [owner.rows[0]!.id, today, e.start, e.end, e.description],
        );
        out.push(row.rows[0]!.id);
      }
      return out;
    });
  });

  test("the supervisor approves two (one in bulk), rejects one with a reason; the month view shows the approved minutes", async ({ page }) => {
    await login(page, kasi.nip, PASSWORD);
    await page.goto("/aktivitas/persetujuan");
    await expect(page.getByRole("heading", { name: "Persetujuan Aktivitas" })).toBeVisible();
    const person = page.getByTestId("queue-person").filter({ hasText: staf.name });
    await expect(person.getByTestId("queue-entry")).toHaveCount(3);
    await expect(person).toContainText("Aktivitas Tambahan");

    // Bulk: tick the first entry and approve the selection.
    await page.getByLabel(/^Pilih aktivitas 07:30–09:00/).check();
    await expect(page.getByTestId("selected-count")).toHaveText("1 aktivitas dipilih");
    await page.getByRole("button", { name: "Setujui yang dipilih" }).click();
    await expect(page.getByTestId("review-result")).toHaveText("1 aktivitas disetujui.");
    await expect(person.getByTestId("queue-entry")).toHaveCount(2);

    // Reject without a reason: refused with a message, nothing changes.
    const meeting = person.getByTestId("queue-entry").filter({ hasText: "Rapat koordinasi singkat" });
    await meeting.getByLabel(/^Tolak aktivitas 10:30–11:00/).click();
    await meeting.getByRole("button", { name: "Tolak aktivitas", exact: true }).click();
    await expect(page.getByTestId("review-error")).toContainText("alasan penolakan paling sedikit 5 karakter");
    await expect(person.getByTestId("queue-entry")).toHaveCount(2);

    await expect(meeting.getByText("Alasan penolakan wajib diisi (paling sedikit 5 karakter).")).toBeVisible();
    await meeting.getByLabel("Alasan penolakan").fill("Rapat koordinasi dicatat sebagai bagian dari RHK, bukan tambahan");
    await meeting.getByRole("button", { name: "Tolak aktivitas", exact: true }).click();
    await expect(page.getByTestId("review-result")).toHaveText("1 aktivitas ditolak; pegawai diberi tahu alasannya.");
    await expect(person.getByTestId("queue-entry")).toHaveCount(1);

    // Per-entry Setujui for the last one.
    await page.getByRole("button", { name: /^Setujui aktivitas 09:00–10:30/ }).click();
    await expect(page.getByTestId("review-result")).toHaveText("1 aktivitas disetujui.");
    await expect(page.getByTestId("activity-queue-empty")).toBeVisible();

    const rows = await withDb((c) => c.query<{ id: number; status: string; rejectReason: string | null }>(`SELECT id, status, "rejectReason" FROM activity WHERE id = ANY($1::int[]) ORDER BY id`, [ids]));
    expect(rows.rows.map((r) => r.status)).toEqual(["DISETUJUI", "DISETUJUI", "DITOLAK"]);
    expect(rows.rows[2]!.rejectReason).toBe("Rapat koordinasi dicatat sebagai bagian dari RHK, bukan tambahan");

    // The team page lists the staff member with today's entries.
    await page.getByRole("link", { name: "Tim", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Tim Hari Ini" })).toBeVisible();
    const member = page.getByTestId("team-member").filter({ hasText: staf.nip });
    await expect(member).toHaveAttribute("data-empty", "false");
    await expect(member).toContainText("3 aktivitas");

    // The supervisor may open the subordinate's month; someone else's NIP is a 404.
    await page.goto(`/aktivitas/bulan?pegawai=${staf.nip}`);
    await expect(page.getByTestId("approved-minutes")).toHaveText("180 menit");
    const other = await page.goto(`/aktivitas/bulan?pegawai=${DEMO_ACCOUNTS.kepalaBidang.nip}`);
    expect(other?.status()).toBe(404);
    await logout(page);

    // The employee's own month: 180 approved minutes on today's cell, a progress bar, a link to the day.
    await login(page, staf.nip, PASSWORD);
    await page.goto("/aktivitas/bulan");
    await expect(page.getByRole("heading", { name: "Aktivitas Bulanan" })).toBeVisible();
    await expect(page.getByTestId("approved-minutes")).toHaveText("180 menit");
    const cell = page.locator(`[data-testid="calendar-day"][data-date="${today}"]`);
    await expect(cell.getByTestId("day-approved")).toContainText("3 j");
    await expect(cell.getByRole("link")).toHaveAttribute("href", `/aktivitas?tanggal=${today}`);
    const bar = page.getByRole("progressbar");
    const value = Number(await bar.getAttribute("aria-valuenow"));
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThanOrEqual(100);
    // The staff member has no subordinates: an empty team and no queue, and a supervisor's month is a 404.
    const forbidden = await page.goto(`/aktivitas/bulan?pegawai=${kasi.nip}`);
    expect(forbidden?.status()).toBe(404);

    // The employee corrects the rejected entry (the reason is shown) and submits it again.
    await page.goto(`/aktivitas?tanggal=${today}`);
    const rejected = page.getByTestId("activity-item").filter({ hasText: "Rapat koordinasi singkat" });
    await expect(rejected).toContainText("Ditolak: Rapat koordinasi dicatat sebagai bagian dari RHK");
    await rejected.getByRole("link", { name: "Ubah" }).click();
    const form = page.getByTestId("activity-form");
    await expect(form.getByRole("heading", { name: "Ubah Aktivitas" })).toBeVisible();
    await form.getByLabel("Uraian Aktivitas").fill("Rapat koordinasi singkat penyusunan modul perizinan (RHK)");
    await form.getByRole("button", { name: "Simpan & Ajukan" }).click();
    await expect(page.getByTestId("activity-saved")).toBeVisible();
    await expect(page.getByTestId("activity-item").filter({ hasText: "penyusunan modul perizinan (RHK)" })).toContainText("Diajukan");
    const again = await withDb((c) => c.query<{ status: string }>(`SELECT status FROM activity WHERE id = $1`, [ids[2]]));
    expect(again.rows[0]!.status).toBe("DIAJUKAN");
  });

  test("the review queue fits a 360 px wide screen", async ({ page }) => {
    await withDb(async (c) => {
      await c.query(
        `INSERT INTO activity ("employeeId", date, "startMinute", "endMinute", description, "outputQuantity", "outputUnit", status, "submittedAt", "updatedAt")
         VALUES ((SELECT id FROM employee WHERE nip = $1), $2::date, 780, 840, 'Menyusun dokumentasi antarmuka pemrograman aplikasi', 1, 'dokumen', 'DIAJUKAN', now(), now())`,
        [staf.nip, today],
      );
    });
    await page.setViewportSize({ width: 360, height: 740 });
    await login(page, kasi.nip, PASSWORD);
    await page.goto("/aktivitas/persetujuan");
    await expect(page.getByRole("button", { name: /^Setujui aktivitas 13:00–14:00/ })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Ticking "select all of the day" ticks the entry, and the bulk button becomes usable.
    await page.getByLabel(/^Pilih semua hari ini/).first().check();
    await expect(page.getByLabel(/^Pilih aktivitas 13:00–14:00/)).toBeChecked();
    await expect(page.getByRole("button", { name: "Setujui yang dipilih" })).toBeEnabled();

    // At 360 px no page scrolls sideways, and there are no WCAG A/AA violations in their content.
    for (const path of ["/aktivitas/persetujuan", "/aktivitas/tim", `/aktivitas/bulan?pegawai=${staf.nip}`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
      const result = await new AxeBuilder({ page }).include("main").withTags(["wcag2a", "wcag2aa"]).analyze();
      expect(result.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  });
});
