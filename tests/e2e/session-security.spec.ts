import { expect, test } from "@playwright/test";
import { DEMO_EMPLOYEES, DEMO_PASSWORD } from "@/prisma/factories";
import { fillLogin, login, withDb } from "./support";

// Ujang Suherman (Subbagian Umum): no other spec logs in as him.
const person = DEMO_EMPLOYEES.find((e) => e.key === "umum2")!;
const NEW_PASSWORD = "SesiAman2026x";

test.describe.configure({ mode: "serial" });

test.describe("sessions and the client address (review findings on issue 3)", () => {
  test("a copy of the cookie is refused after Keluar; a session ended elsewhere lands on the login form", async ({ page, context, browser }) => {
    await login(page, person.nip, DEMO_PASSWORD, NEW_PASSWORD);
    const cookie = (await context.cookies()).find((c) => c.name.endsWith("trk.session"))!;
    expect(cookie).toBeTruthy();

    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/login\?keluar=1$/);

    // Replaying the old cookie (stolen before logout) no longer opens anything.
    const replay = await browser.newContext();
    await replay.addCookies([cookie]);
    const replayPage = await replay.newPage();
    await replayPage.goto("/profil");
    await expect(replayPage).toHaveURL(/\/login/);
    await expect(replayPage.getByRole("button", { name: "Masuk" })).toBeVisible();
    await replay.close();

    // A session ended in the database (as a reset by another device does) while its cookie is still
    // signed and fresh: the page sends the user to the login form once, and the form shows.
    await login(page, person.nip, NEW_PASSWORD);
    await withDb((c) => c.query(`UPDATE user_account SET "sessionVersion" = "sessionVersion" + 1 WHERE "employeeId" = (SELECT id FROM employee WHERE nip = $1)`, [person.nip]));
    await page.goto("/profil");
    await expect(page).toHaveURL(/\/login\?sesi=berakhir$/);
    await expect(page.getByText("Sesi Anda telah berakhir. Silakan masuk kembali.")).toBeVisible();
    await expect(page.getByLabel("NIP")).toBeVisible();
    await login(page, person.nip, NEW_PASSWORD);
    await expect(page.getByTestId("shell-user")).toContainText(person.nip);
  });

  test("the login page never sends the user to another site", async ({ page }) => {
    await page.goto("/login?callbackUrl=%2F%5Cexample.com%2Fphish");
    await page.getByLabel("NIP").fill(person.nip);
    await page.getByLabel("Kata Sandi").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.getByRole("button", { name: "Keluar" })).toBeVisible();
    expect(new URL(page.url()).hostname).toBe("localhost");
    expect(page.url()).not.toContain("example.com");
  });

  test("a client-written X-Forwarded-For is not taken as the client's address", async ({ request }) => {
    const csrf = await (await request.get("/api/auth/csrf")).json() as { csrfToken: string };
    await request.post("/api/auth/callback/credentials", {
      headers: { "X-Forwarded-For": "10.9.9.9", "X-Real-IP": "10.9.9.8" },
      form: { nip: "199001012015031998", password: "SalahSekali2026", csrfToken: csrf.csrfToken, json: "true" },
    });
    const rows = await withDb((c) => c.query<{ ip: string }>(`SELECT ip FROM login_attempt WHERE nip = '199001012015031998'`));
    expect(rows.rows.length).toBeGreaterThan(0);
    for (const row of rows.rows) {
      expect(row.ip).not.toMatch(/^10\.9\.9\./);
      expect(row.ip).toMatch(/127\.0\.0\.1|::1/);
    }
  });

  test("a chosen password is changed on the profile, not on the temporary-password page", async ({ page }) => {
    await login(page, person.nip, NEW_PASSWORD);
    await page.goto("/ganti-kata-sandi");
    await expect(page).toHaveURL(/\/profil$/);
  });
});
