import { createServer } from "node:net";
import { beforeEach, describe, expect, it } from "vitest";
import { checkPassword } from "@/lib/domain/password-policy";
import { activateAccount } from "@/lib/server/accounts/activate-account";
import { deactivateAccount } from "@/lib/server/accounts/deactivate-account";
import { resetPassword } from "@/lib/server/accounts/reset-password";
import { getAccountPanelData } from "@/lib/server/accounts/queries";
import { authenticate } from "@/lib/server/auth/authenticate";
import { resetEnvCache } from "@/lib/env";
import { employeeDefaults } from "@/prisma/factories";
import { actorOf } from "../support/actors";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";
import { useSmtpSink } from "../support/mail-sink";

const IP = "10.0.0.7";
const APP_URL = process.env.APP_URL!;
const mail = useSmtpSink();
const minutes = (base: Date, m: number) => new Date(base.getTime() + m * 60_000);
/** JSON text of database rows (audit ids are bigint), to search it for secrets. */
const jsonText = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

beforeEach(resetDatabase);

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Everything an account operation may change, to show that a refused one changed nothing. */
async function snapshot(employeeId: number) {
  const user = await db.user.findUnique({ where: { employeeId }, omit: { passwordHash: false } });
  return {
    user,
    audit: await db.auditLog.count(),
    notifications: await db.notification.count(),
    tokens: await db.passwordResetToken.findMany({ orderBy: { id: "asc" } }),
  };
}

async function twoAgencies() {
  const a = await createAgency();
  const b = await createAgency();
  const adminA = await createPerson(a, { role: "ADMIN_OPD" });
  return { a, b, adminA };
}

describe("Aktifkan Akun", () => {
  it("issues a temporary password that logs in once set, must be changed, is e-mailed and never audited", async () => {
    const { a, adminA } = await twoAgencies();
    const target = await createPerson(a, { status: "INACTIVE", password: null });
    const before = await db.user.findUniqueOrThrow({ where: { id: target.user.id } });

    const result = await activateAccount({ actor: actorOf(adminA, IP), employeeId: target.employee.id });

    const password = result.temporaryPassword;
    expect(password).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
    expect(checkPassword(password, { nip: target.employee.nip })).toEqual([]);
    expect(result.emailedTo).toBe(target.employee.email);

    const after = await db.user.findUniqueOrThrow({ where: { id: target.user.id }, omit: { passwordHash: false } });
    expect(after).toMatchObject({ status: "ACTIVE", mustChangePassword: true, lockedUntil: null, deactivatedAt: null });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.activatedAt).not.toBeNull();
    expect(after.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(after.passwordHash).not.toContain(password);

    const login = await authenticate({ nip: target.employee.nip, password, ip: IP });
    expect(login).toMatchObject({ ok: true, user: { mustChangePassword: true, sessionVersion: after.sessionVersion } });

    const [message, ...others] = mail.messages();
    expect(others).toHaveLength(0);
    expect(message!.envelopeTo).toEqual([target.employee.email]);
    expect(message!.to).toEqual([target.employee.email]);
    expect(message!.subject).toBe("Akun TRK Jabar Anda telah diaktifkan");
    expect(message!.text).toContain(password);
    expect(message!.text).toContain(target.employee.nip);
    expect(message!.text).toContain(`${APP_URL}/login`);
    expect(message!.html).toContain(password);

    const audit = await db.auditLog.findMany({ where: { action: "account.activated" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: adminA.user.id, actorNip: adminA.employee.nip, ip: IP, targetType: "User", targetId: String(target.user.id) });
    expect(audit[0]!.before).toMatchObject({ status: "INACTIVE" });
    expect(audit[0]!.after).toMatchObject({ status: "ACTIVE", mustChangePassword: true, sessionVersion: after.sessionVersion });
    const everyAuditRow = jsonText(await db.auditLog.findMany());
    expect(everyAuditRow).not.toContain(password);
    expect(everyAuditRow).not.toContain(after.passwordHash!);

    const notification = await db.notification.findFirstOrThrow({ where: { employeeId: target.employee.id } });
    expect(notification.kind).toBe("ACCOUNT_ACTIVATED");
    expect(notification.emailedAt).not.toBeNull();
    expect(`${notification.title} ${notification.body}`).not.toContain(password);
  });

  it("works without an e-mail address (the admin hands the password over) and creates a missing account record", async () => {
    const { a, adminA } = await twoAgencies();
    const withoutAccount = await db.employee.create({
      data: { ...employeeDefaults({ opdId: a.opd.id, unitId: a.unit.id, positionId: a.position.id }), email: null },
    });
    const result = await activateAccount({ actor: actorOf(adminA, IP), employeeId: withoutAccount.id });
    expect(result.emailedTo).toBeNull();
    expect(mail.messages()).toHaveLength(0);
    const user = await db.user.findUniqueOrThrow({ where: { employeeId: withoutAccount.id } });
    expect(user).toMatchObject({ role: "PEGAWAI", status: "ACTIVE", mustChangePassword: true });
    expect((await authenticate({ nip: withoutAccount.nip, password: result.temporaryPassword, ip: IP })).ok).toBe(true);
    const notification = await db.notification.findFirstOrThrow({ where: { employeeId: withoutAccount.id } });
    expect(notification.emailedAt).toBeNull();
  });

  it("still hands the password to the admin when the mail server is down", async () => {
    const { a, adminA } = await twoAgencies();
    const target = await createPerson(a, { status: "INACTIVE", password: null });
    const sinkPort = process.env.SMTP_PORT;
    process.env.SMTP_PORT = String(await closedPort());
    resetEnvCache();
    try {
      const result = await activateAccount({ actor: actorOf(adminA), employeeId: target.employee.id });
      expect(result.emailedTo).toBeNull();
      expect((await authenticate({ nip: target.employee.nip, password: result.temporaryPassword, ip: IP })).ok).toBe(true);
      const notification = await db.notification.findFirstOrThrow({ where: { employeeId: target.employee.id } });
      expect(notification.emailedAt).toBeNull();
    } finally {
      process.env.SMTP_PORT = sinkPort;
      resetEnvCache();
    }
  });

  it("refuses an account that is already active, changing nothing", async () => {
    const { a, adminA } = await twoAgencies();
    const target = await createPerson(a);
    const before = await snapshot(target.employee.id);
    await expect(activateAccount({ actor: actorOf(adminA), employeeId: target.employee.id })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await snapshot(target.employee.id)).toEqual(before);
    expect(mail.messages()).toHaveLength(0);
  });

  it("refuses an employee whose employment has ended", async () => {
    const { a, adminA } = await twoAgencies();
    const target = await createPerson(a, { status: "INACTIVE", password: null, employee: { endDate: new Date(Date.UTC(2025, 0, 31)) } });
    await expect(activateAccount({ actor: actorOf(adminA), employeeId: target.employee.id })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });
});

describe("Nonaktifkan Akun", () => {
  it("ends every session and refuses the next login; activating again issues a new temporary password", async () => {
    const { a, adminA } = await twoAgencies();
    const target = await createPerson(a);
    const before = await db.user.findUniqueOrThrow({ where: { id: target.user.id } });

    await deactivateAccount({ actor: actorOf(adminA, IP), employeeId: target.employee.id });

    const after = await db.user.findUniqueOrThrow({ where: { id: target.user.id } });
    expect(after.status).toBe("DEACTIVATED");
    expect(after.deactivatedAt).not.toBeNull();
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await authenticate({ nip: target.employee.nip, password: target.password!, ip: IP })).toEqual({ ok: false, code: "INACTIVE" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "account.deactivated" } });
    expect(audit).toMatchObject({ actorUserId: adminA.user.id, ip: IP, targetId: String(target.user.id) });
    expect(audit.before).toMatchObject({ status: "ACTIVE" });
    expect(audit.after).toMatchObject({ status: "DEACTIVATED" });

    await expect(deactivateAccount({ actor: actorOf(adminA), employeeId: target.employee.id })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(resetPassword({ actor: actorOf(adminA), employeeId: target.employee.id })).rejects.toMatchObject({ code: "INVALID_STATE" });

    const again = await activateAccount({ actor: actorOf(adminA), employeeId: target.employee.id });
    expect(await authenticate({ nip: target.employee.nip, password: target.password!, ip: IP })).toEqual({ ok: false, code: "INVALID_CREDENTIALS" });
    expect((await authenticate({ nip: target.employee.nip, password: again.temporaryPassword, ip: IP })).ok).toBe(true);
    const reactivated = await db.user.findUniqueOrThrow({ where: { id: target.user.id } });
    expect(reactivated).toMatchObject({ status: "ACTIVE", deactivatedAt: null, sessionVersion: before.sessionVersion + 2 });
  });
});

describe("Atur Ulang Kata Sandi (by an admin)", () => {
  it("replaces the password, ends sessions, clears a lock and expires open reset links", async () => {
    const { a, adminA } = await twoAgencies();
    const target = await createPerson(a);
    const t0 = new Date(Date.now() - 10 * 60_000);
    for (let i = 0; i < 5; i++) {
      await authenticate({ nip: target.employee.nip, password: "Salah#12345", ip: IP, now: minutes(t0, i * 0.1) });
    }
    expect(await authenticate({ nip: target.employee.nip, password: target.password!, ip: IP, now: minutes(t0, 1) })).toEqual({ ok: false, code: "LOCKED" });
    const locked = await db.user.findUniqueOrThrow({ where: { id: target.user.id } });
    expect(locked.lockedUntil).not.toBeNull();
    const openLink = await db.passwordResetToken.create({
      data: { userId: target.user.id, tokenHash: "a".repeat(64), expiresAt: minutes(new Date(), 20) },
    });

    const now = minutes(t0, 2);
    const result = await resetPassword({ actor: actorOf(adminA, IP), employeeId: target.employee.id, now });

    const after = await db.user.findUniqueOrThrow({ where: { id: target.user.id } });
    expect(after).toMatchObject({ status: "ACTIVE", mustChangePassword: true, lockedUntil: null, failedLoginCount: 0 });
    expect(after.sessionVersion).toBe(locked.sessionVersion + 1);
    expect((await db.passwordResetToken.findUniqueOrThrow({ where: { id: openLink.id } })).expiresAt.getTime()).toBe(now.getTime());
    // Within the 15 minutes the lock would have lasted: the old password is refused, the new one works.
    expect(await authenticate({ nip: target.employee.nip, password: target.password!, ip: IP, now: minutes(t0, 3) })).toEqual({ ok: false, code: "INVALID_CREDENTIALS" });
    expect(await authenticate({ nip: target.employee.nip, password: result.temporaryPassword, ip: IP, now: minutes(t0, 4) })).toMatchObject({
      ok: true,
      user: { mustChangePassword: true },
    });

    const [message] = mail.messages();
    expect(message!.to).toEqual([target.employee.email]);
    expect(message!.subject).toBe("Kata sandi TRK Jabar Anda telah diatur ulang");
    expect(message!.text).toContain(result.temporaryPassword);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "account.password_reset" } });
    expect(audit).toMatchObject({ actorUserId: adminA.user.id, ip: IP, targetId: String(target.user.id) });
    expect(jsonText(audit)).not.toContain(result.temporaryPassword);
    expect((await db.notification.findFirstOrThrow({ where: { employeeId: target.employee.id } })).kind).toBe("PASSWORD_RESET");
  });
});

describe("two resets at once", () => {
  it("one wins and the other is told the account changed: one temporary password, one e-mail", async () => {
    const { a, adminA } = await twoAgencies();
    const target = await createPerson(a);
    const results = await Promise.allSettled([0, 1, 2].map(() => resetPassword({ actor: actorOf(adminA, IP), employeeId: target.employee.id })));
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const lost of results.filter((r) => r.status === "rejected")) {
      expect((lost as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    }
    expect(await db.auditLog.count({ where: { action: "account.password_reset" } })).toBe(1);
    expect(mail.messages()).toHaveLength(1);
    const password = (won[0] as PromiseFulfilledResult<{ temporaryPassword: string }>).value.temporaryPassword;
    expect(mail.messages()[0]!.text).toContain(password);
  });
});

describe("who may manage accounts", () => {
  const operations = [
    ["activate", (actor: ReturnType<typeof actorOf>, employeeId: number) => activateAccount({ actor, employeeId })],
    ["deactivate", (actor: ReturnType<typeof actorOf>, employeeId: number) => deactivateAccount({ actor, employeeId })],
    ["reset", (actor: ReturnType<typeof actorOf>, employeeId: number) => resetPassword({ actor, employeeId })],
  ] as const;

  it.each(operations)("an Admin OPD cannot %s an account of another agency: NOT_FOUND, nothing changed", async (_name, operation) => {
    const { b, adminA } = await twoAgencies();
    // One never-activated and one active employee in agency B, so every operation's state rule would pass.
    const inactiveB = await createPerson(b, { status: "INACTIVE", password: null });
    const activeB = await createPerson(b);
    const target = _name === "activate" ? inactiveB : activeB;
    const before = await snapshot(target.employee.id);
    await expect(operation(actorOf(adminA), target.employee.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(target.employee.id)).toEqual(before);
    expect(mail.messages()).toHaveLength(0);
  });

  it.each(operations)("a Pegawai cannot %s anyone's account, even in their own agency: FORBIDDEN", async (_name, operation) => {
    const { a } = await twoAgencies();
    const pegawai = await createPerson(a);
    const target = _name === "activate" ? await createPerson(a, { status: "INACTIVE", password: null }) : await createPerson(a);
    const before = await snapshot(target.employee.id);
    await expect(operation(actorOf(pegawai), target.employee.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot(target.employee.id)).toEqual(before);
  });

  it.each(operations)("an Admin OPD cannot %s an Admin BKD account, nor anyone their own", async (_name, operation) => {
    const { a, adminA } = await twoAgencies();
    const status = _name === "activate" ? "INACTIVE" : "ACTIVE";
    const bkd = await createPerson(a, { role: "ADMIN_BKD", status, password: status === "ACTIVE" ? "Rahasia#2026x" : null });
    const before = await snapshot(bkd.employee.id);
    await expect(operation(actorOf(adminA), bkd.employee.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot(bkd.employee.id)).toEqual(before);
    if (_name !== "activate") {
      await expect(operation(actorOf(adminA), adminA.employee.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("an Admin BKD manages accounts of every agency", async () => {
    const { a, b } = await twoAgencies();
    const bkd = await createPerson(a, { role: "ADMIN_BKD" });
    const inB = await createPerson(b, { status: "INACTIVE", password: null });
    const { temporaryPassword } = await activateAccount({ actor: actorOf(bkd), employeeId: inB.employee.id });
    expect((await authenticate({ nip: inB.employee.nip, password: temporaryPassword, ip: IP })).ok).toBe(true);
    await deactivateAccount({ actor: actorOf(bkd), employeeId: inB.employee.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: inB.user.id } })).status).toBe("DEACTIVATED");
  });

  it("the account panel query is scoped the same way and reports the state", async () => {
    const { a, b, adminA } = await twoAgencies();
    const inA = await createPerson(a, { status: "INACTIVE", password: null });
    const inB = await createPerson(b);
    expect(await getAccountPanelData(actorOf(adminA), inB.employee.id)).toBeNull();
    const pegawai = await createPerson(a);
    expect(await getAccountPanelData(actorOf(pegawai), inA.employee.id)).toBeNull();

    const panel = await getAccountPanelData(actorOf(adminA), inA.employee.id);
    expect(panel).toMatchObject({ account: { state: "BELUM_AKTIF" }, can: { activate: true, deactivate: false, resetPassword: false }, refusal: null });
    const lockedUntil = minutes(new Date(), 10);
    await db.user.update({ where: { id: inA.user.id }, data: { status: "ACTIVE", lockedUntil } });
    expect(await getAccountPanelData(actorOf(adminA), inA.employee.id)).toMatchObject({
      account: { state: "TERKUNCI", lockedUntil },
      can: { activate: false, deactivate: true, resetPassword: true },
    });
    expect(await getAccountPanelData(actorOf(adminA), adminA.employee.id)).toMatchObject({
      refusal: expect.stringContaining("akun Anda sendiri"),
      can: { activate: false, deactivate: false, resetPassword: false },
    });
  });
});
