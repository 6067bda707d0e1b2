/**
 * Two app instances are stateless (DESIGN.md §13, issue 9): a session made on one production server
 * is accepted by another on the same database, and ending it on either is honoured by both. The
 * first instance is Playwright's web server (scripts/e2e-server.ts); this spec starts a second one
 * from the same build (scripts/serve.ts, no second build) with the same settings on a free port.
 * The second is reached as 127.0.0.1 and the first as localhost, so the browser keeps their cookies
 * apart (cookies ignore the port) and a session reaches the other instance only as an explicit copy.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type BrowserContext, type Cookie } from "@playwright/test";
import { DEMO_EMPLOYEES } from "@/prisma/factories";
import { startAppServer, type AppServer } from "../../scripts/lib/app-server";
import { freePort } from "../../scripts/lib/embedded-db";
import { login, setPassword } from "./support";

// Acep Sumarna (Seksi Keamanan Informasi): no other spec logs in as him.
const person = DEMO_EMPLOYEES.find((e) => e.key === "keamanan3")!;
const PASSWORD = "DuaInstans#2026";

let second: AppServer | undefined;
let secondOrigin = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const appEnv = JSON.parse(readFileSync(path.resolve("var/e2e/app-env.json"), "utf8")) as Record<string, string>;
  const port = await freePort();
  secondOrigin = `http://127.0.0.1:${port}`;
  second = await startAppServer({ port, env: { ...appEnv, APP_URL: secondOrigin, JOBS_WORKER: "false" }, readyPath: "/api/health" });
  await setPassword(person.nip, PASSWORD);
});

test.afterAll(async () => {
  await second?.stop();
});

async function sessionCookie(context: BrowserContext): Promise<Cookie> {
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("trk.session"));
  expect(cookie, "a session cookie after logging in").toBeTruthy();
  return cookie!;
}

/** A new browser context holding only a copy of `cookie`, for `origin`. */
async function contextWithCookie(browser: Browser, cookie: Cookie, origin: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: origin });
  await context.addCookies([{ name: cookie.name, value: cookie.value, url: origin, httpOnly: true, sameSite: "Lax" }]);
  return context;
}

for (const direction of ["first → second", "second → first"] as const) {
  test(`a session made on the ${direction.split(" → ")[0]} instance opens pages on the other, and Keluar there ends it on both (${direction})`, async ({ browser, baseURL }) => {
    const firstOrigin = baseURL!;
    const [loginOrigin, otherOrigin] = direction === "first → second" ? [firstOrigin, secondOrigin] : [secondOrigin, firstOrigin];

    // Log in through the real form on one instance.
    const origin = await browser.newContext({ baseURL: loginOrigin });
    const loginPage = await origin.newPage();
    await login(loginPage, person.nip, PASSWORD, undefined, loginOrigin);
    const cookie = await sessionCookie(origin);

    // Without a cookie the other instance sends a protected page to the login form.
    const anonymous = await browser.newContext({ baseURL: otherOrigin });
    const anonymousPage = await anonymous.newPage();
    await anonymousPage.goto("/profil");
    await expect(anonymousPage).toHaveURL(new RegExp(`^${otherOrigin}/login`));
    await expect(anonymousPage.getByRole("button", { name: "Masuk" })).toBeVisible();
    await anonymous.close();

    // With the copied cookie, the other instance renders the profile of that user.
    const other = await contextWithCookie(browser, cookie, otherOrigin);
    const otherPage = await other.newPage();
    await otherPage.goto("/profil");
    await expect(otherPage).toHaveURL(`${otherOrigin}/profil`);
    await expect(otherPage.getByTestId("shell-user")).toContainText(person.nip);

    // Keluar on the other instance ends the session: the instance that issued it refuses it now.
    await otherPage.getByRole("button", { name: "Keluar" }).click();
    await expect(otherPage).toHaveURL(new RegExp(`^${otherOrigin}/login\\?keluar=1$`));
    await loginPage.goto("/profil");
    await expect(loginPage).toHaveURL(new RegExp(`^${loginOrigin}/login\\?sesi=berakhir$`));
    await expect(loginPage.getByText("Sesi Anda telah berakhir. Silakan masuk kembali.")).toBeVisible();

    // And a copy of the cookie taken before Keluar is refused by the instance it was used on too.
    const replay = await contextWithCookie(browser, cookie, otherOrigin);
    const replayPage = await replay.newPage();
    await replayPage.goto("/profil");
    await expect(replayPage).toHaveURL(new RegExp(`^${otherOrigin}/login`));
    await Promise.all([origin.close(), other.close(), replay.close()]);
  });
}
