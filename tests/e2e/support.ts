import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_ACCOUNTS, type DemoAccount } from "@/prisma/factories";
import { parseMail, type ParsedMail } from "../support/mail-message";

/** The e2e server's database (written by scripts/e2e-server.ts), for set-up and checks. */
export async function withDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = readFileSync(path.resolve("var/e2e/database-url"), "utf8").trim();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function fillLogin(page: Page, nip: string, password: string, origin = ""): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel("NIP").fill(nip);
  await page.getByLabel("Kata Sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
}

/** Logs in; when the account still has its temporary password, sets `newPassword` first. */
export async function login(page: Page, nip: string, password: string, newPassword?: string, origin = ""): Promise<void> {
  await fillLogin(page, nip, password, origin);
  if (newPassword) {
    await expect(page).toHaveURL(/\/ganti-kata-sandi$/);
    await page.getByLabel("Kata Sandi Baru", { exact: true }).fill(newPassword);
    await page.getByLabel("Ulangi Kata Sandi Baru").fill(newPassword);
    await page.getByRole("button", { name: "Simpan" }).click();
  }
  await expect(page.getByRole("button", { name: "Keluar" })).toBeVisible();
}

export const loginError = (page: Page) => page.getByTestId("login-error");

/** Where scripts/e2e-server.ts's SMTP sink saves every message it receives. */
const MAIL_SINK_DIR = path.resolve("var/e2e/mail-sink");

/**
 * Waits for the newest message to `to` that arrived after `since` (and matches `subject`, when
 * given), parsed: recipients, subject, plain text and HTML.
 */
export async function waitForMail(
  to: string,
  options: { since?: Date; subject?: RegExp; timeoutMs?: number } = {},
): Promise<ParsedMail> {
  const since = options.since?.getTime() ?? 0;
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  const address = to.toLowerCase();
  for (;;) {
    const files = existsSync(MAIL_SINK_DIR) ? readdirSync(MAIL_SINK_DIR).filter((f) => f.endsWith(".eml")).sort().reverse() : [];
    for (const file of files) {
      // Names start with the arrival time in milliseconds (scripts/lib/smtp-sink.ts).
      if (Number(file.split("-")[0]) < since) break;
      const mail = parseMail(readFileSync(path.join(MAIL_SINK_DIR, file), "utf8"));
      if (mail.to.includes(address) && (!options.subject || options.subject.test(mail.subject))) return mail;
    }
    if (Date.now() > deadline) {
      throw new Error(`Tidak ada e-mail ke ${to}${options.subject ? ` dengan subjek ${options.subject}` : ""} di ${MAIL_SINK_DIR}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Gives a demo account a known password it need not change (other specs may have changed it). */
export async function setPassword(nip: string, password: string): Promise<void> {
  const { default: bcrypt } = await import("bcrypt");
  const hash = await bcrypt.hash(password, 12);
  await withDb((c) =>
    c.query(
      `UPDATE user_account SET "passwordHash" = $2, "mustChangePassword" = false, "failedLoginCount" = 0, "lockedUntil" = NULL, status = 'ACTIVE'
       WHERE "employeeId" = (SELECT id FROM employee WHERE nip = $1)`,
      [nip, hash],
    ),
  );
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Puts a seeded account back to its temporary password, so runs and other specs start alike. */
export async function resetToTemporaryPassword(account: DemoAccount): Promise<void> {
  const { default: bcrypt } = await import("bcrypt");
  const hash = await bcrypt.hash(account.password, 12);
  await withDb((c) =>
    c.query(
      `UPDATE user_account SET "passwordHash" = $1, "mustChangePassword" = true, "failedLoginCount" = 0, "lockedUntil" = NULL, status = 'ACTIVE'
       WHERE "employeeId" = (SELECT id FROM employee WHERE nip = $2)`,
      [hash, account.nip],
    ),
  );
}

/** Both demo admins back to their temporary passwords: before and after a spec that changes them. */
export async function resetAdminAccounts(): Promise<void> {
  await resetToTemporaryPassword(DEMO_ACCOUNTS.adminBkd);
  await resetToTemporaryPassword(DEMO_ACCOUNTS.adminOpd);
}

/** Fetches an import's CSV template and checks that it is CSV: header and two example rows. Returns its lines. */
export async function fetchImportTemplate(page: Page, href: string): Promise<string[]> {
  const template = await page.request.get(href);
  expect(template.status()).toBe(200);
  expect(template.headers()["content-type"]).toContain("text/csv");
  const templateLines = (await template.text()).replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  expect(templateLines).toHaveLength(3);
  return templateLines;
}

/** Chooses a file on an import's upload form and submits it. */
export async function uploadImportFile(page: Page, file: Parameters<ReturnType<Page["getByLabel"]>["setInputFiles"]>[0]): Promise<void> {
  await page.getByLabel("Berkas CSV").setInputFiles(file);
  await page.getByRole("button", { name: "Impor", exact: true }).click();
}

/** The rows of an import's error table, and the line number of each. */
export async function importErrorRows(page: Page) {
  const rows = page.getByTestId("import-errors").locator("tbody tr");
  const lines = (await rows.locator("td:first-child").allTextContents()).map(Number);
  return { rows, lines };
}
