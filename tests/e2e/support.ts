import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import pg from "pg";

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
