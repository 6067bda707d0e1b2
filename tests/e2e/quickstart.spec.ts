import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/factories";
import { freePort } from "../../scripts/lib/embedded-db";
import { login } from "./support";

/**
 * The README's first command on a machine without DATABASE_URL: `npm start` brings the app up on
 * the embedded PostgreSQL, and what was saved is still there after a restart.
 */
test.describe("quick start on the embedded database", () => {
  test.setTimeout(300_000);

  let dataDir: string;
  let port: number;
  let dbPort: number;

  test.beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "trk-quickstart-"));
    port = await freePort();
    dbPort = await freePort();
  });
  test.afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function startApp(): Promise<{ proc: ChildProcess; output: () => string }> {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), APP_URL: `http://localhost:${port}` };
    delete env.DATABASE_URL;
    env.EMBEDDED_DB_DIR = path.join(dataDir, "pglite");
    env.EMBEDDED_DB_PORT = String(dbPort);
    env.MAIL_DIR = path.join(dataDir, "mail");
    env.AUTH_SECRET = "quickstart-secret-quickstart-secret-0123456789";
    const proc = spawn("npm", ["start"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let out = "";
    proc.stdout?.on("data", (b: Buffer) => (out += b.toString()));
    proc.stderr?.on("data", (b: Buffer) => (out += b.toString()));
    const deadline = Date.now() + 240_000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`npm start berhenti:\n${out}`);
      if (Date.now() > deadline) throw new Error(`npm start tidak siap:\n${out}`);
      const ok = await fetch(`http://localhost:${port}/api/health`).then((r) => r.ok, () => false);
      if (ok) return { proc, output: () => out };
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  async function stopApp(proc: ChildProcess): Promise<void> {
    const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
    process.kill(-proc.pid!, "SIGINT"); // the whole group: npm, start script, next, PGlite
    await exited;
    await new Promise((r) => setTimeout(r, 1000));
  }

  test("npm start without DATABASE_URL serves the app, and data survives a restart", async ({ page }) => {
    const staf = DEMO_ACCOUNTS.kepalaBidang;
    const first = await startApp();
    expect(first.output()).toContain("PostgreSQL tertanam");
    await login(page, staf.nip, staf.password, "Quickstart2026ok", `http://localhost:${port}`);
    await expect(page.getByTestId("shell-user")).toContainText(staf.nip);
    await stopApp(first.proc);

    const second = await startApp();
    await page.context().clearCookies();
    await page.goto(`http://localhost:${port}/login`);
    // The changed password was persisted in the data folder: no forced change this time.
    await page.getByLabel("NIP").fill(staf.nip);
    await page.getByLabel("Kata Sandi").fill("Quickstart2026ok");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page).toHaveURL(`http://localhost:${port}/`);
    await expect(page.getByTestId("shell-user")).toContainText(staf.nip);
    await stopApp(second.proc);
  });
});
