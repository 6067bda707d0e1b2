import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/factories";
import { login, setPassword, withDb } from "./support";

const staf = DEMO_ACCOUNTS.staf;
const kasi = DEMO_ACCOUNTS.kepalaSeksi;
const PASSWORD = "KinerjaBeranda2026";

const monthRange = () => {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date()).split("-");
  return { year: Number(parts[0]), month: Number(parts[1]), day: Number(parts[2]) };
};

async function noSeriousViolations(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("main#konten")).toBeVisible();
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
}

test.describe("Beranda, phone and accessibility (issue 8)", () => {
  test.beforeAll(async () => {
    await setPassword(staf.nip, PASSWORD);
    await setPassword(kasi.nip, PASSWORD);
  });

  test("the employee's dashboard shows the month's approved minutes, the score of the report page and the net of the slip", async ({ page }) => {
    const { year, month } = monthRange();
    // Approved work on the first days of this month (other specs may have logged today).
    await withDb(async (c) => {
      const owner = (await c.query<{ id: number }>("SELECT id FROM employee WHERE nip = $1", [staf.nip])).rows[0]!.id;
      for (const day of [1, 2]) {
        await c.query(
          `INSERT INTO activity ("employeeId", date, "startMinute", "endMinute", description, "outputQuantity", "outputUnit", status, "submittedAt", "reviewedAt", "updatedAt")
           SELECT $1, make_date($2, $3, $4), 450, 690, 'Menyusun dokumen rancangan layanan', 1, 'dokumen', 'DISETUJUI', now(), now(), now()
           WHERE NOT EXISTS (SELECT 1 FROM activity WHERE "employeeId" = $1 AND date = make_date($2, $3, $4) AND "startMinute" < 690 AND "endMinute" > 450)`,
          [owner, year, month, day],
        );
      }
    });
    const approved = await withDb(async (c) =>
      Number((await c.query(`SELECT COALESCE(SUM("endMinute" - "startMinute"), 0) AS m FROM activity a JOIN employee e ON e.id = a."employeeId" WHERE e.nip = $1 AND a.status = 'DISETUJUI' AND date_trunc('month', a.date) = make_date($2, $3, 1)`, [staf.nip, year, month])).rows[0].m),
    );
    expect(approved).toBeGreaterThanOrEqual(480);

    await login(page, staf.nip, PASSWORD);
    await expect(page.getByTestId("dashboard-minutes")).toContainText(`${approved.toLocaleString("id-ID")} /`);
    const score = (await page.getByTestId("dashboard-score-total").textContent())!.trim();
    const net = (await page.getByTestId("dashboard-prediction-net").textContent())!.trim();
    expect(net).toMatch(/^Rp/);

    await page.goto("/laporan");
    await expect(page.getByTestId("score-total")).toHaveText(score);
    await page.goto("/trk");
    await expect(page.getByText(net).first()).toBeVisible();
  });

  test("a supervisor's queue counts match the queues", async ({ page }) => {
    await login(page, kasi.nip, PASSWORD);
    const counts = await withDb(async (c) => {
      const kasiId = (await c.query<{ id: number }>("SELECT id FROM employee WHERE nip = $1", [kasi.nip])).rows[0]!.id;
      const q = async (sql: string) => Number((await c.query(sql, [kasiId])).rows[0].n);
      return {
        skp: await q(`SELECT COUNT(*) AS n FROM skp_version v JOIN skp s ON s.id = v."skpId" JOIN employee e ON e.id = s."employeeId" WHERE v.status = 'DIAJUKAN' AND e."supervisorId" = $1`),
        activities: await q(`SELECT COUNT(*) AS n FROM activity a JOIN employee e ON e.id = a."employeeId" WHERE a.status = 'DIAJUKAN' AND e."supervisorId" = $1`),
        realisations: await q(`SELECT COUNT(*) AS n FROM iki_realisation r JOIN employee e ON e.id = r."employeeId" WHERE r.status = 'DIAJUKAN' AND e."supervisorId" = $1`),
      };
    });
    await expect(page.getByTestId("queue-skp")).toHaveText(String(counts.skp));
    await expect(page.getByTestId("queue-activities")).toHaveText(String(counts.activities));
    await expect(page.getByTestId("queue-realisations")).toHaveText(String(counts.realisations));
    await page.goto("/skp/persetujuan");
    if (counts.skp === 0) await expect(page.getByTestId("skp-queue-empty")).toBeVisible();
    else await expect(page.getByTestId("skp-queue").locator("tbody tr")).toHaveCount(counts.skp);
    await page.goto("/aktivitas/persetujuan");
    await expect(page.getByTestId("queue-entry")).toHaveCount(counts.activities);
  });

  test("at 360 × 740: login, log an activity, open the dashboard — nothing wider than the screen", async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await login(page, staf.nip, PASSWORD);
    await testInfo.attach("beranda-360", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
    await page.goto("/aktivitas");
    const form = page.getByTestId("activity-form");
    await form.getByLabel("Jam Mulai").fill("16:10");
    await form.getByLabel("Jam Selesai").fill("16:40");
    await form.getByLabel("Uraian Aktivitas").fill("Mencatat hasil rapat dari ponsel");
    await form.getByLabel("Satuan Hasil").fill("catatan");
    await form.getByRole("button", { name: "Simpan & Ajukan" }).click();
    await expect(page.getByTestId("activity-saved")).toBeVisible();
    await testInfo.attach("aktivitas-360", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
    await page.goto("/");
    await expect(page.getByTestId("dashboard-minutes")).toBeVisible();
    await testInfo.attach("beranda-setelah-360", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
    for (const path of ["/", "/aktivitas", "/skp", "/laporan", "/trk"]) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(360);
    }
  });

  test("at 360 px the main navigation shows a cue on the edge where more links are, and none when everything fits", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await login(page, staf.nip, PASSWORD);
    const nav = page.getByRole("navigation", { name: "Navigasi utama" });
    const list = nav.getByRole("list");
    const before = page.getByTestId("nav-more-before");
    const after = page.getByTestId("nav-more-after");
    // The links overflow: more to the right, nothing to the left; the page itself stays 360 px wide.
    expect(await list.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expect(after).toBeVisible();
    await expect(before).toBeHidden();
    await expect(after).toHaveAttribute("aria-hidden", "true");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // The cue is decoration: every link is still in the list, for screen readers and the keyboard.
    await expect(nav.getByRole("link")).toHaveCount(8);
    // Scrolled to the end: the cue moves to the left edge.
    await list.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect(before).toBeVisible();
    await expect(after).toBeHidden();
    // Opening a page whose link was out of view scrolls it into view, and the cue says what is left.
    await page.goto("/trk");
    await expect(nav.getByRole("link", { name: "TRK" })).toBeInViewport({ ratio: 1 });
    await expect(before).toBeVisible();
    // Everything fits on a wide screen: no cue at all.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(before).toBeHidden();
    await expect(after).toBeHidden();
  });

  test("every main page of an employee and supervisor passes axe-core without serious or critical violations", async ({ page }) => {
    test.setTimeout(240_000);
    await login(page, kasi.nip, PASSWORD);
    for (const path of ["/", "/skp", "/skp/persetujuan", "/aktivitas", "/aktivitas/bulan", "/aktivitas/persetujuan", "/aktivitas/tim", "/instruksi", "/iki", "/iki/verifikasi", "/penilaian", "/laporan", "/laporan/tim", "/laporan/rekap", "/trk", "/notifikasi", "/profil"]) {
      await noSeriousViolations(page, path);
    }
  });

  test("every admin page passes axe-core without serious or critical violations", async ({ page }) => {
    test.setTimeout(240_000);
    await setPassword(DEMO_ACCOUNTS.adminBkd.nip, PASSWORD);
    await login(page, DEMO_ACCOUNTS.adminBkd.nip, PASSWORD);
    for (const path of ["/admin", "/admin/pegawai", "/admin/unit", "/admin/jabatan", "/admin/impor-pegawai", "/admin/impor-kehadiran", "/admin/pengumuman", "/admin/periode", "/admin/trk", "/admin/kebijakan", "/admin/audit"]) {
      await noSeriousViolations(page, path);
    }
  });
});
