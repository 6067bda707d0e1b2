import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import type { Account, User } from "next-auth";
import { authenticate } from "@/lib/server/auth/authenticate";
import { ssoLogin } from "@/lib/server/auth/sso-login";
import { authOptions } from "@/lib/server/auth/options";
import { isTrkToken } from "@/lib/server/auth/token";
import { resetEnvCache } from "@/lib/env";
import LoginPage from "@/app/login/page";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";

const IP = "10.0.0.2";
const UNKNOWN_NIP = "199001012015031999";
const minutes = (base: Date, m: number) => new Date(base.getTime() + m * 60_000);

beforeEach(resetDatabase);

describe("single sign-on decides on the NIP claim", () => {
  it("lets an active account in without the temporary-password change, records the login with method sso", async () => {
    const agency = await createAgency();
    const { employee, user } = await createPerson(agency, { mustChangePassword: true });
    const now = new Date("2026-12-03T02:00:00Z");
    const result = await ssoLogin({ nip: employee.nip, ip: IP, subject: "sub-1", now });
    expect(result).toEqual({
      ok: true,
      user: { userId: user.id, sessionVersion: user.sessionVersion, mustChangePassword: false, name: employee.name },
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "auth.login" } });
    expect(audit).toMatchObject({ actorUserId: user.id, actorNip: employee.nip, ip: IP, after: { method: "sso", subject: "sub-1" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toEqual(now);
    expect(await db.loginAttempt.findMany({ select: { nip: true, success: true, ip: true } })).toEqual([
      { nip: employee.nip, success: true, ip: IP },
    ]);
  });

  it.each([
    ["an unknown NIP", "unknown", "UNKNOWN_NIP"],
    ["an account never activated", "INACTIVE", "INACTIVE"],
    ["a deactivated account", "DEACTIVATED", "INACTIVE"],
  ] as const)("refuses %s, audits the reason and counts a failed attempt", async (_label, kind, reason) => {
    const agency = await createAgency();
    const nip =
      kind === "unknown"
        ? UNKNOWN_NIP
        : (await createPerson(agency, { status: kind, password: kind === "INACTIVE" ? null : undefined })).employee.nip;
    expect(await ssoLogin({ nip, ip: IP })).toEqual({ ok: false, reason });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "auth.sso_refused" } });
    expect(audit).toMatchObject({ actorUserId: null, actorNip: nip, ip: IP, after: { reason, nip } });
    expect(await db.auditLog.count({ where: { action: "auth.login" } })).toBe(0);
    expect(await db.loginAttempt.findMany({ select: { nip: true, success: true } })).toEqual([{ nip, success: false }]);
    if (kind !== "unknown") {
      // Never activated by single sign-on.
      expect((await db.user.findFirstOrThrow({ where: { employee: { nip } } })).status).toBe(kind);
    }
  });

  it("refuses a provider answer without a valid NIP (audited; no attempt row, it has no NIP)", async () => {
    expect(await ssoLogin({ nip: null, ip: IP, subject: "sub-9" })).toEqual({ ok: false, reason: "NO_NIP" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "auth.sso_refused" } });
    expect(audit.after).toEqual({ reason: "NO_NIP", nip: null, subject: "sub-9" });
    expect(await db.loginAttempt.count()).toBe(0);
  });

  it("refuses an account locked by failed NIP logins until the lock ends", async () => {
    const agency = await createAgency();
    const { employee, password } = await createPerson(agency);
    const t0 = new Date("2026-12-03T02:00:00Z");
    for (let i = 0; i < 5; i++) {
      await authenticate({ nip: employee.nip, password: "Salah#12345", ip: IP, now: minutes(t0, i) });
    }
    expect(await ssoLogin({ nip: employee.nip, ip: IP, now: minutes(t0, 6) })).toEqual({ ok: false, reason: "LOCKED" });
    expect(await ssoLogin({ nip: employee.nip, ip: IP, now: minutes(t0, 20) })).toMatchObject({ ok: true });
    // A successful sign-on ends the series of failures, as a NIP login does.
    expect(await authenticate({ nip: employee.nip, password: password!, ip: IP, now: minutes(t0, 21) })).toMatchObject({ ok: true });
  });
});

describe("next-auth configuration and login page", () => {
  const saved = { ...process.env };
  const OIDC = {
    OIDC_ISSUER: "https://sso.jabarprov.go.id",
    OIDC_CLIENT_ID: "trk-jabar",
    OIDC_CLIENT_SECRET: "rahasia-klien",
  };
  const setOidc = (on: boolean) => {
    for (const key of Object.keys(OIDC)) delete process.env[key];
    if (on) Object.assign(process.env, OIDC);
    resetEnvCache();
  };
  afterEach(() => {
    process.env = { ...saved };
    resetEnvCache();
  });
  const renderLogin = async (query: Record<string, string> = {}) =>
    renderToStaticMarkup(await LoginPage({ searchParams: Promise.resolve(query) }));

  it("without OIDC settings: only the NIP login, no button, and the NIP login works", async () => {
    setOidc(false);
    expect(authOptions().providers.map((p) => p.id)).toEqual(["credentials"]);
    const html = await renderLogin();
    expect(html).toContain("Kata Sandi");
    expect(html).not.toContain("Jabar Smart ASN");
    expect(html).not.toContain("/api/auth/signin/jabar-sso");

    const agency = await createAgency();
    const { employee, password } = await createPerson(agency);
    expect(await authenticate({ nip: employee.nip, password: password!, ip: IP })).toMatchObject({ ok: true });
  });

  it("with them: the provider uses the code flow with PKCE, state and nonce, and the page offers it", async () => {
    setOidc(true);
    const providers = authOptions().providers;
    expect(providers.map((p) => p.id)).toEqual(["credentials", "jabar-sso"]);
    const sso = providers[1] as unknown as Record<string, unknown>;
    expect(sso).toMatchObject({
      type: "oauth",
      wellKnown: "https://sso.jabarprov.go.id/.well-known/openid-configuration",
      checks: ["pkce", "state", "nonce"],
      idToken: true,
      authorization: { params: { scope: "openid profile" } },
    });
    const html = await renderLogin({ callbackUrl: "/skp" });
    expect(html).toContain("Masuk dengan Jabar Smart ASN");
    expect(html).toContain('href="/api/auth/signin/jabar-sso?callbackUrl=%2Fskp"');
  });

  it("a sign-on gives the same session token as the NIP login, without the password change", async () => {
    setOidc(true);
    const agency = await createAgency();
    const { employee, user } = await createPerson(agency, { mustChangePassword: true });
    const options = authOptions({ ip: IP });
    const profile = { id: "sub-1", name: "Nama dari SSO", nip: employee.nip };
    const account = { provider: "jabar-sso", type: "oauth", providerAccountId: "sub-1" } as Account;
    const allowed = await options.callbacks!.signIn!({ user: profile as unknown as User, account });
    expect(allowed).toBe(true);
    const token = await options.callbacks!.jwt!({ token: {}, user: profile as unknown as User, account, trigger: "signIn" });
    expect(isTrkToken(token)).toBe(true);
    expect(token).toMatchObject({ sub: String(user.id), uid: user.id, sv: user.sessionVersion, mcp: false, via: "sso", name: employee.name });
    expect(token.loginAt).toBe(token.seenAt);
    expect(await db.auditLog.findFirst({ where: { action: "auth.login" }, select: { ip: true } })).toEqual({ ip: IP });
  });

  it("a refused sign-on goes to the login page with its reason and gets no token fields", async () => {
    setOidc(true);
    const options = authOptions({ ip: IP });
    const profile = { id: "sub-2", name: null, nip: UNKNOWN_NIP };
    const account = { provider: "jabar-sso", type: "oauth", providerAccountId: "sub-2" } as Account;
    expect(await options.callbacks!.signIn!({ user: profile as unknown as User, account })).toBe(
      "/login?sso=ditolak&alasan=TIDAK_TERDAFTAR",
    );
    await expect(options.callbacks!.jwt!({ token: {}, user: profile as unknown as User, account, trigger: "signIn" })).rejects.toThrow();
    const html = await renderLogin({ sso: "ditolak", alasan: "TIDAK_TERDAFTAR" });
    expect(html).toContain("Akun dengan NIP dari Jabar Smart ASN tidak terdaftar atau belum diaktifkan. Hubungi Admin OPD Anda.");
  });
});
